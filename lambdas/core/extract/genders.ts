/** What the text says of a person's gender: an honorific before a name, a gendered title, or the pronouns after the name. */
import type { Sentence } from '../model';
import type { People } from './04-coreference';
import { firstAtOrAfter } from './text';

export type Gender = 'female' | 'male';

const HONORIFIC_BEFORE = /\b(Mrs|Ms|Miss|Madam|Mme|Dame|Lady|Mr|Sir|Lord)\.?\s+$/u;
/** "his former wife, Ana Voss", "her husband Tomas": a kin word set right before a name gives its gender. */
const KIN_BEFORE =
  /\b(?:(wife|widow|mother|sister|daughter|girlfriend|fiancee|grandmother|niece|aunt)|husband|widower|father|brother|son|boyfriend|fiance|grandfather|nephew|uncle),?\s+$/u;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss|Madam|Mme|Dame|Lady)$/u;
/** "chairwoman", "actress", "Queen": a title that gives the gender. */
const ROLE_MAN =
  'chair|spokes|business|congress|council|alder|assembly|sports|states|police|fire|anchor|camera|fisher|gentle|clergy';
const FEMALE_TITLE = new RegExp(
  `\\b(?:(?:${ROLE_MAN})?woman|actress|queen|princess|duchess|empress|countess|baroness|mother|sister|grandmother|wife|widow)\\b`,
  'iu',
);
const MALE_TITLE = new RegExp(
  `\\b(?:(?:${ROLE_MAN})man|actor|king|prince|duke|emperor|baron|father|brother|grandfather|husband|widower)\\b`,
  'iu',
);

/**
 * The first subject or reflexive pronoun of a stretch ("his" too), up to a quotation mark (a quotation's "she" is
 * the quoted speaker's); "him" and "her" are left out: an object is most often someone else.
 */
const PRONOUN_BEFORE_QUOTE = /^[^"\u201C\u201D]*?(?<!\w)(he|she|his|himself|herself)\b/iu;
/** A quotation mark or a possessive before a name: the name may be someone else's ("her agent, X") or quoted, no subject. */
const NOT_SUBJECT_BEFORE = /["\u201C\u201D]|(?<!\w)(?:his|her|their)\b/iu;
/** A sentence that opens with a subject pronoun. */
const PRONOUN_OPENING = /^(?:He|She)\b/u;

/**
 * Each person's gender where the text gives it: an honorific or a kin word ("his wife, X") before any mention, the
 * title, else the pronouns
 * that follow the person where no one else is named between ("Ana Voss said she ...", "... Ana Voss. She ...").
 */
export function gendersOf(body: string, people: People, sentences: readonly Sentence[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const m of people.mentions) {
    if (out.has(m.name)) continue;
    const honorific = HONORIFIC_BEFORE.exec(body.slice(Math.max(0, m.start - 8), m.start))?.[1];
    if (honorific !== undefined) out.set(m.name, FEMALE_HONORIFIC.test(honorific) ? 'female' : 'male');
    const kin = KIN_BEFORE.exec(body.slice(Math.max(0, m.start - 14), m.start));
    if (honorific === undefined && kin !== null) out.set(m.name, kin[1] === undefined ? 'male' : 'female');
  }
  for (const p of people.people) {
    if (out.has(p.name) || p.title === undefined) continue;
    if (FEMALE_TITLE.test(p.title)) out.set(p.name, 'female');
    else if (MALE_TITLE.test(p.title)) out.set(p.name, 'male');
  }
  for (const [name, gender] of pronounGenders(people, sentences)) if (!out.has(name)) out.set(name, gender);
  return out;
}

/**
 * The gender the pronouns after a person give, by a majority of the sentences naming that person alone as their
 * subject: the first pronoun after the name in that sentence, else a "He"/"She" opening the next sentence when it
 * names nobody.
 */
function pronounGenders(people: People, sentences: readonly Sentence[]): Map<string, Gender> {
  const votes = new Map<string, number>();
  const { mentions } = people;
  sentences.forEach((s, i) => {
    const from = firstAtOrAfter(mentions, s.start);
    const to = firstAtOrAfter(mentions, s.end);
    const m = mentions[from];
    if (m === undefined || to === from || NOT_SUBJECT_BEFORE.test(s.text.slice(0, m.start - s.start))) return;
    for (let k = from + 1; k < to; k++) if (mentions[k]?.name !== m.name) return;
    const last = mentions[to - 1] ?? m;
    const own = PRONOUN_BEFORE_QUOTE.exec(s.text.slice(last.end - s.start))?.[1];
    const next = sentences[i + 1];
    const opening =
      own === undefined &&
      next !== undefined &&
      firstAtOrAfter(mentions, next.start) >= firstAtOrAfter(mentions, next.end)
        ? PRONOUN_OPENING.exec(next.text)?.[0]
        : undefined;
    const pronoun = (own ?? opening)?.toLowerCase();
    if (pronoun === undefined) return;
    const female = pronoun === 'she' || pronoun === 'herself';
    votes.set(m.name, (votes.get(m.name) ?? 0) + (female ? 1 : -1));
  });
  const out = new Map<string, Gender>();
  for (const [name, vote] of votes) if (vote !== 0) out.set(name, vote > 0 ? 'female' : 'male');
  return out;
}

/** The gender a pronoun asks for: "she" female, "he" male, "they" none. */
export function pronounGender(pronoun: string): Gender | undefined {
  const lower = pronoun.toLowerCase();
  if (lower === 'she') return 'female';
  if (lower === 'he') return 'male';
  return undefined;
}

/**
 * Of the people a pronoun may point to, nearest first, the first the text does not give the other gender; when
 * all have it, the nearest earlier person of the wanted gender (`nearest`); else the first. Unless the person
 * named in the quote's own sentence or the one before (`adjacent`) may be meant, "she" first asks for a woman the
 * text marks as one (among the candidates, else the nearest): most people named in news reports are men, so one
 * whose gender the text never states is likelier a man, and "she" the woman the text has been telling of.
 */
export function compatiblePerson(
  candidates: ReadonlyArray<string | undefined>,
  wanted: Gender | undefined,
  genders: ReadonlyMap<string, Gender>,
  nearest: (gender: Gender) => string | undefined,
  adjacent?: string,
): string | undefined {
  const named = candidates.filter((c): c is string => c !== undefined);
  if (wanted === undefined || genders.size === 0) return named[0];
  const fits = (c: string): boolean => (genders.get(c) ?? wanted) === wanted;
  const marked =
    wanted === 'female' && (adjacent === undefined || !fits(adjacent))
      ? (named.find((c) => genders.get(c) === wanted) ?? nearest(wanted))
      : undefined;
  return marked ?? named.find(fits) ?? nearest(wanted) ?? named[0];
}
