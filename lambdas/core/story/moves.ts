/**
 * Which way a report's people move in its own event: into a post (hired, named, appointed,
 * taking over) or out of one (fired, ousted, stepping down). A club that hires a coach one year
 * and fires him another is reported with the same club, the same names and the same words;
 * outlets of one event agree on which way its person went.
 */
import type { Article, PersonMoves, PostMove } from '../model';
import { holderKey, NAME_SUFFIXES } from './offices';

/**
 * Words that may stand between a verb and the person it moves: a title ("coach", "general
 * manager"), a determiner, or capitalized words ("Coach", "Assistant GM").
 */
const TITLE = String.raw`(?:(?:the|its|their|his|her|head|interim|new|coach|manager|general|chief|executive|director|president|chairman|\p{Lu}[\p{L}\p{N}.'-]*)\s+){0,4}`;

/** Between a name and its verb: an apposition set off by commas ("Ivo Brandt, coach since May, resigned"). */
const APPOSITION = String.raw`(?:,[^,]{0,80},\s*)?`;

/** An auxiliary before a passive or future verb. */
const AUXILIARY = String.raw`(?:(?:was|were|is|has been|had been|have been|got|will be|would be)\s+)?`;

/** The auxiliary of a passive: "X fired" alone is X firing someone, unless nobody follows. */
const PASSIVE = String.raw`(?:was|were|is|has been|had been|have been|got|will be|would be)\s+`;

/**
 * After a headline's bare participle ("Ivo Brandt fired after nine defeats"): no one it acts on,
 * a weekday aside. "Ivo Brandt fired his assistant" is Brandt firing someone.
 */
const NO_OBJECT = String.raw`(?!\s+(?:the|his|her|its|their|a|an|coach|head|manager|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}))`;

/** One kind of wording that moves the person it names: `pattern` ends where the name starts (`before`) or starts where it ends (`after`). */
export interface MoveCue {
  move: PostMove;
  where: 'before' | 'after';
  pattern: string;
  /** The kind of text it reads. */
  text: string;
  /** A sentence in which it moves Ivo Brandt, and one in which it must not. */
  example: string;
  counter: string;
}

/** The wordings that move a person, each with its own example and counter-example. */
export const MOVE_CUES: readonly MoveCue[] = [
  {
    move: 'out',
    where: 'before',
    pattern: String.raw`\b(?:fired|fires|fire|firing|sacked|sacks|sack|sacking|dismissed|dismisses|dismiss|ousted|ousts|oust|axed|axes|pushing out|pushed out|pushes out|push out|parted ways with|parts ways with|part ways with|relieved|let go of|replaced|replaces|replacing|succeeded|succeeds|succeeding)\s+${TITLE}$`,
    text: 'a club, a board or a government letting someone go, or someone taking their place: the verb, a title, then the name ("fired coach X", "replacing X")',
    example: 'The Gulls fired coach Ivo Brandt after a ninth straight defeat.',
    counter: 'The Gulls fired back at critics of coach Ivo Brandt.',
  },
  {
    move: 'out',
    where: 'after',
    pattern: String.raw`^\s*(?:'s (?:replacement|successor)|${APPOSITION}(?:${PASSIVE}(?:fired|sacked|dismissed|ousted|axed|let go|relieved|shown the door|replaced by|succeeded by)|(?:fired|sacked|dismissed|ousted|axed)${NO_OBJECT}|(?:is|was) out as|(?:resigned|resigns|resigning|stepped down|steps down|stepping down|quit|quits)|(?:became|becomes) the \p{L}+ (?:[\p{L}-]+ ){0,3}(?:to be )?(?:fired|sacked|ousted|dismissed))\b)`,
    text: 'someone let go, out of a post or leaving it: the name, then a passive or intransitive verb ("X was fired", "X, coach since May, resigned", "X is out as coach", "X\'s replacement")',
    example: 'Ivo Brandt was fired on Monday after a ninth straight defeat.',
    counter: 'Ivo Brandt fired his assistant coach on Monday.',
  },
  {
    move: 'in',
    where: 'before',
    pattern: String.raw`\b(?:hired|hires|hire|hiring|appointed|appoints|appoint|appointing|named|names|naming|tapped|taps|bringing in|brought in|brings in|bring in|introduced|introduces|replaced by|succeeded by|replaced (?:him|her|them|\p{Lu}[\p{L}'-]+) with)\s+${TITLE}$`,
    text: 'a club, a board or a government giving someone a post: the verb, a title, then the name ("hired X", "named coach X", "replaced him with X")',
    example: 'The Gulls hired Ivo Brandt on a three-year contract.',
    counter: 'The Gulls named the new stand after Ivo Brandt.',
  },
  {
    move: 'in',
    where: 'after',
    pattern: String.raw`^\s*${APPOSITION}(?:${AUXILIARY}(?:hired|appointed|tapped|introduced as|named(?!\s+(?:in|by|after|for|on|among|as (?:a )?(?:suspect|defendant))\b))|(?:will|to|would|is set to|is to) take over|takes over|took over|taking over|(?:replaces|replaced|succeeds|succeeded)(?!\s+by\b)|returns as)\b`,
    text: 'someone given a post or taking one: the name, then a passive or active verb ("X was appointed coach", "X will take over", "X replaces the fired coach")',
    example: 'Ivo Brandt was appointed coach of the Gulls on Monday.',
    counter: 'Ivo Brandt was named in the lawsuit the Gulls filed on Monday.',
  },
];

const CUES = MOVE_CUES.map((cue) => ({ ...cue, regex: new RegExp(cue.pattern, 'u') }));

/** Characters of context a cue reads on each side of a name. */
const REACH = 100;

/** A headline or a line in capitals ("Gulls Fire Coach Ivo Brandt") read in lower case but for the names in it. */
function caseFolded(text: string, names: string[]): string {
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalized * 2 <= words.length) return text;
  const kept = new RegExp(names.map(escaped).join('|') || '(?!)', 'gu');
  let folded = '';
  let last = 0;
  for (const m of text.matchAll(kept)) {
    folded += text.slice(last, m.index).toLowerCase() + m[0];
    last = m.index + m[0].length;
  }
  return folded + text.slice(last).toLowerCase();
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The surname a person is found by in text: the name's last word, a generational suffix left off. */
function surnameIn(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => !NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/u, '')));
  const last = words[words.length - 1];
  return last !== undefined && last.length > 1 ? last : undefined;
}

/**
 * How each named person moves in these texts (`holderKey` keys), read where a cue stands right
 * before or after their full name or surname.
 */
export function movesIn(texts: string[], names: string[]): Record<string, PersonMoves> {
  const found = new Map<string, Set<PostMove>>();
  const people = names.flatMap((name) => {
    const surname = surnameIn(name);
    const key = holderKey(name);
    return surname === undefined || key === '' ? [] : [{ key, forms: [name, surname] }];
  });
  const allForms = people.flatMap((p) => p.forms);
  for (const raw of texts) {
    const text = caseFolded(raw, allForms);
    for (const { key, forms } of people) {
      // The full name first: its surname is found inside it again.
      const form = new RegExp(`(?<![\\p{L}'-])(?:${forms.map(escaped).join('|')})(?![\\p{L}'-])`, 'gu');
      for (const m of text.matchAll(form)) {
        const before = text.slice(Math.max(0, m.index - REACH), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + REACH);
        for (const cue of CUES) {
          if (!cue.regex.test(cue.where === 'before' ? before : after)) continue;
          found.set(key, new Set([...(found.get(key) ?? []), cue.move]));
        }
      }
    }
  }
  const moves: Record<string, PersonMoves> = {};
  for (const [key, ways] of found) moves[key] = ways.size > 1 ? 'both' : ([...ways][0] as PostMove);
  return moves;
}

/**
 * How the people an article names move in its headline and first `leadSentences` sentences: its
 * own event, not the history it recalls further down.
 */
export function movesOf(article: Article, leadSentences: number): Record<string, PersonMoves> {
  const texts = [
    article.headline?.value ?? '',
    ...article.sentences.slice(0, leadSentences).map((s) => s.text),
  ];
  return movesIn(texts, [...new Set(article.people.map((p) => p.name))]);
}
