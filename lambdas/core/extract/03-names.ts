/** Step 3: find people (with titles), organizations, places and country sides in the body. */
import type { Sentence } from '../model';
import { type CompiledLexicon, matchPhrase } from './compile';
import { isCapitalized, spaceGap, squash, type Token, tokenize } from './text';

/** A name found in the text, with the cue that made it a person. */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  words: string[];
  title?: string;
  affiliation?: string;
  cue: 'title' | 'appositive' | 'speech' | 'shape';
}

/** An organization named in the text; `affiliation` is the country it belongs to when stated. */
export interface OrgMention {
  start: number;
  end: number;
  name: string;
  affiliation?: string;
}

/** A country, city or region named in the text. */
export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  kind: 'country' | 'city' | 'region';
  country?: string;
}

/** A demonym or region adjective ("Chinese", "U.S."), naming a side. */
export interface SideMention {
  start: number;
  end: number;
  country?: string;
}

/** Everything step 3 finds; `singles` are one-word names that only coreference can resolve. */
export interface Entities {
  tokens: Token[];
  people: PersonMention[];
  singles: PersonMention[];
  organizations: OrgMention[];
  places: PlaceMention[];
  sides: SideMention[];
}

type Kind =
  | 'name'
  | 'place'
  | 'org'
  | 'adj'
  | 'title'
  | 'time'
  | 'common'
  | 'notname'
  | 'suffix'
  | 'particle';

/** Words that end a walk back over an organization's name. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'and',
  'but',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'to',
  'of',
  'as',
  'after',
  'before',
  'also',
  'when',
  'while',
]);
/** "Nigerian-born", "London-based": a description of where someone comes from, never part of a name. */
const ORIGIN_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:born|based|bred|raised|educated|trained)$/u;
/** "Minister of Agriculture, Forestry and": a title naming a list of portfolios, whose last item starts the next run. */
const PORTFOLIO_LIST =
  /\b(?:of|for)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}(?:\p{Lu}[\p{L}’'-]*,\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2})+and\s+$/u;
/** ", 63," and ", who": an age or a relative "who" after a name says it is a person's. */
const HUMAN_APPOSITIVE = /^,\s+(?:\d{1,3},|who\b)/;
const GENERIC_BODIES =
  /^(?:[A-Z][a-z]+\s+)*(?:Ministry|Department|Office|Embassy|Consulate|Mission|Cabinet)$/;
const LOWER_BODY =
  /\b(?:foreign affairs|foreign|defen[cs]e|finance|commerce|trade|interior|justice|health|education|state|treasury|home|economy|industry|agriculture|energy) (?:ministry|department|office)\b/g;

/** Finds people, organizations, places and sides; credit lines ("Reporting by ...") are skipped. */
export function findEntities(body: string, sentences: readonly Sentence[], lex: CompiledLexicon): Entities {
  const tokens = tokenize(body, 0, body.length, lex.abbreviations);
  const words = tokens.map((t) => t.text);
  const sentenceOf = assignSentences(tokens, sentences);
  const skip = creditSentences(sentences, lex);
  const headlineLike = titleCaseSentences(tokens, sentenceOf, sentences);
  const titled = titleCoverage(words, lex);
  const people: PersonMention[] = [];
  const singles: PersonMention[] = [];
  const organizations: OrgMention[] = [];
  const places: PlaceMention[] = [];
  const sides: SideMention[] = [];
  const gapOk = (i: number): boolean => {
    const a = tokens[i];
    const b = tokens[i + 1];
    return a !== undefined && b !== undefined && !a.possessive && spaceGap(body, a.end, b.start);
  };
  const phraseLen = (index: Parameters<typeof matchPhrase>[0], i: number): number => {
    const n = matchPhrase(index, words, i);
    for (let k = 0; k < n - 1; k++) if (!gapOk(i + k)) return 0;
    return n;
  };

  const consumed = ofOrganizations();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (skip.has(sentenceOf[i] ?? -1) || !isCapitalized(t.text) || consumed[i] === true) {
      i++;
      continue;
    }
    // A run of capitalized words joined by spaces (and name particles between them).
    let j = i;
    while (
      j + 1 < tokens.length &&
      gapOk(j) &&
      sentenceOf[j + 1] === sentenceOf[i] &&
      consumed[j + 1] !== true
    ) {
      const next = tokens[j + 1] as Token;
      if (isCapitalized(next.text)) {
        j++;
        continue;
      }
      // Up to three particles between capitalized words ("Jean-Luc van der Berg", "Mohammed bin Salman").
      let q = j + 1;
      while (q < j + 4 && lex.particles.has(tokens[q]?.text ?? '') && gapOk(q)) q++;
      if (q > j + 1 && isCapitalized(tokens[q]?.text ?? '')) j = q;
      else break;
    }
    const kinds: Kind[] = [];
    let k = i;
    let seenName = false;
    while (k <= j) {
      const w = words[k] ?? '';
      const lower = w.toLowerCase();
      // Known phrases may hold lowercase words ("Group of 20", "Bosnia and Herzegovina"): they extend the run.
      const orgLen = phraseLen(lex.organizations, k);
      const placeLen = phraseLen(lex.places, k);
      const adjLen = Math.min(phraseLen(lex.adjectives, k), j - k + 1);
      j = Math.max(j, k + Math.max(orgLen, placeLen) - 1);
      const tok = tokens[k] as Token;
      if (orgLen > 0 && orgLen >= placeLen) {
        const end = tokens[k + orgLen - 1] as Token;
        const name = squash(body.slice(tok.start, end.end));
        organizations.push({ start: tok.start, end: end.end, name: lex.organization.get(name) ?? name });
        for (let n = 0; n < orgLen; n++) kinds.push('org');
        k += orgLen;
        continue;
      }
      if (placeLen > 0 && !(seenName && placeLen === 1 && kinds[kinds.length - 1] === 'name')) {
        const end = tokens[k + placeLen - 1] as Token;
        const name = squash(body.slice(tok.start, end.end));
        places.push(placeOf(name, tok.start, end.end, lex));
        for (let n = 0; n < placeLen; n++) kinds.push('place');
        k += placeLen;
        continue;
      }
      if (lex.placePrefixes.has(w) && !seenName && k < j && isCapitalized(words[k + 1] ?? '')) {
        // "Fort Myers", "San Mateo": a place prefix and the one or two names after it.
        let last = k + 1;
        const third = words[last + 1] ?? '';
        if (
          last < j &&
          isCapitalized(third) &&
          !lex.notNameWords.has(third) &&
          !lex.orgSuffixes.has(third) &&
          !lex.titleWords.has(third.toLowerCase()) &&
          phraseLen(lex.places, last + 1) === 0
        ) {
          last++;
        }
        const end = tokens[last] as Token;
        places.push({
          start: tok.start,
          end: end.end,
          name: squash(body.slice(tok.start, end.end)),
          kind: 'city',
        });
        for (let n = k; n <= last; n++) kinds.push('place');
        k = last + 1;
        continue;
      }
      if (adjLen > 0 && !seenName) {
        const end = tokens[k + adjLen - 1] as Token;
        sides.push({
          start: tok.start,
          end: end.end,
          country: lex.country.get(squash(body.slice(tok.start, end.end))),
        });
        for (let n = 0; n < adjLen; n++) kinds.push('adj');
        k += adjLen;
        continue;
      }
      let kind: Kind;
      if ((lex.month.has(lower) || lex.weekday.has(lower)) && !seenName) kind = 'time';
      else if (lex.orgSuffixes.has(w) && k > i) kind = 'suffix';
      else if (titled[k] === true) kind = 'title';
      else if (lex.notNameWords.has(w)) kind = 'notname';
      else if (
        lex.honorifics.has(w) ||
        lex.titleWords.has(lower) ||
        lex.titleModifiers.has(lower) ||
        /^(?:then|ex|former)-\p{L}/u.test(lower) ||
        /\p{L}-elect$/u.test(lower)
      )
        kind = 'title';
      else if (lex.particles.has(w)) kind = 'particle';
      else if (lex.common.has(lower) || (k === i && /^\d/.test(w)) || ORIGIN_COMPOUND.test(w))
        kind = 'common';
      else kind = 'name';
      if (kind === 'name') seenName = true;
      kinds.push(kind);
      k++;
    }
    // A title word after a name with no name after it is a surname ("John Major", "Martin Luther King").
    for (let q = kinds.length - 1; q >= 0 && kinds[q] !== 'name'; q--) {
      if (kinds[q] === 'title' && kinds.slice(0, q).includes('name') && kinds[q - 1] === 'name')
        kinds[q] = 'name';
    }
    // A common word between a title and a name is a short surname ("Vice Premier He Lifeng").
    for (let q = 1; q + 1 < kinds.length; q++) {
      if (
        kinds[q] === 'common' &&
        kinds[q - 1] === 'title' &&
        kinds[q + 1] === 'name' &&
        (words[i + q] ?? '').length <= 3
      ) {
        kinds[q] = 'name';
      }
    }
    collectGroups(i, j, kinds);
    i = j + 1;
  }

  /** "Ministry of Foreign Affairs", "National Institute of Allergy and Infectious Diseases": names built on "of". */
  function ofOrganizations(): boolean[] {
    const used = new Array<boolean>(tokens.length).fill(false);
    for (let k = 0; k + 2 < tokens.length; k++) {
      const w = words[k] ?? '';
      if (
        !(lex.orgPrefixes.has(w) || lex.orgSuffixes.has(w)) ||
        (words[k + 1] !== 'of' && !(words[k + 1] === 'on' && lex.orgPrefixes.has(w))) ||
        !gapOk(k) ||
        !gapOk(k + 1)
      )
        continue;
      const object = (words[k + 2] ?? '').toLowerCase();
      if (
        lex.weekday.has(object) ||
        lex.month.has(object) ||
        !isCapitalized(words[k + 2] ?? '') ||
        (phraseLen(lex.places, k + 2) > 0 && !isCapitalized(words[k + 3] ?? ''))
      )
        continue;
      let end = k + 2;
      for (let n = 0; n < 10 && end + 1 < tokens.length && gapOk(end); n++) {
        const next = words[end + 1] ?? '';
        if (isCapitalized(next)) end++;
        else if (
          ['of', 'and', 'for', 'the', '&'].includes(next) &&
          gapOk(end + 1) &&
          isCapitalized(words[end + 2] ?? '') &&
          !(next === 'of' && phraseLen(lex.places, end + 2) > 0)
        )
          end += 2;
        else break;
      }
      let start = k;
      while (
        start > 0 &&
        gapOk(start - 1) &&
        isCapitalized(words[start - 1] ?? '') &&
        !FUNCTION_WORDS.has((words[start - 1] ?? '').toLowerCase()) &&
        k - start < 4
      ) {
        start--;
      }
      const a = tokens[start] as Token;
      const b = tokens[end] as Token;
      const name = squash(body.slice(a.start, b.end));
      organizations.push({ start: a.start, end: b.end, name: lex.organization.get(name) ?? name });
      for (let n = start; n <= end; n++) used[n] = true;
      k = end;
    }
    return used;
  }

  function collectGroups(runStart: number, runEnd: number, kinds: Kind[]): void {
    let g = 0;
    while (g < kinds.length) {
      if (kinds[g] !== 'name') {
        g++;
        continue;
      }
      let h = g;
      for (;;) {
        let q = h + 1;
        while (kinds[q] === 'particle' && q < h + 4) q++;
        if (kinds[q] !== 'name') break;
        h = q;
      }
      const after = kinds[h + 1];
      const first = runStart + g;
      const last = runStart + h;
      g = h + 1;
      if (after === 'suffix' || after === 'notname' || after === 'org') {
        if (after === 'suffix') organizations.push(orgEndingAt(runStart + kinds.lastIndexOf('suffix')));
        continue;
      }
      addName(first, last, runStart, runEnd, kinds);
    }
    const suffixAt = kinds.lastIndexOf('suffix');
    // "Interior Cabinet Secretary": an organization word inside a title names no organization.
    if (suffixAt >= 0 && !kinds.slice(0, suffixAt).includes('name') && kinds[suffixAt + 1] !== 'title') {
      organizations.push(orgEndingAt(runStart + suffixAt));
    }
  }

  function orgEndingAt(last: number): OrgMention {
    // Walk back over capitalized words and "of/and/for/the" to take in "North American and Oceanian Affairs Department".
    let first = last;
    for (let n = 0; n < 8 && first > 0; n++) {
      const prev = tokens[first - 1] as Token;
      const cur = tokens[first] as Token;
      if (prev.possessive || !spaceGap(body, prev.end, cur.start)) break;
      if (isCapitalized(prev.text) && !FUNCTION_WORDS.has(prev.text.toLowerCase())) first--;
      else if (
        ['of', 'and', 'for', '&'].includes(prev.text) &&
        first - 1 > 0 &&
        isCapitalized(tokens[first - 2]?.text ?? '')
      ) {
        first--;
      } else break;
    }
    while (first < last && !isCapitalized(words[first] ?? '')) first++;
    let affiliation: string | undefined;
    const lead = phraseLen(lex.adjectives, first) || phraseLen(lex.places, first);
    const rest = squash(
      body.slice((tokens[first + lead] ?? (tokens[last] as Token)).start, (tokens[last] as Token).end),
    );
    if (lead > 0 && first + lead <= last && GENERIC_BODIES.test(rest)) {
      affiliation = lex.country.get(words.slice(first, first + lead).join(' '));
      first += lead;
    }
    const prev = tokens[first - 1];
    if (affiliation === undefined && prev?.possessive === true) affiliation = lex.country.get(prev.text);
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    return { start, end, name: squash(body.slice(start, end)), affiliation };
  }

  function addName(first: number, last: number, runStart: number, runEnd: number, kinds: Kind[]): void {
    const opening = tokens[first] as Token;
    // The run's first word closes a list of portfolios ("... Forestry and Fisheries Kenji Morimoto"): a title.
    const listed =
      first === runStart &&
      last - first >= 2 &&
      PORTFOLIO_LIST.test(body.slice(Math.max(0, opening.start - 120), opening.start));
    if (listed) first++;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const nameWords = words.slice(first, last + 1);
    // Initials alone ("A. B.") are not a name.
    if (nameWords.every((w) => /^(?:\p{Lu}\.)+$/u.test(w))) return;
    // Words all in capitals are datelines, section labels and bylines, not names in running text.
    if (nameWords.every((w) => !/\p{Ll}/u.test(w))) return;
    const before = tokens[first - 1];
    const beforeAdjacent = before !== undefined && spaceGap(body, before.end, start);
    const nextTok = tokens[last + 1];
    const nextAdjacent = nextTok !== undefined && spaceGap(body, end, nextTok.start);
    let cue: PersonMention['cue'] | null = null;
    if (listed || (first > runStart && kinds[first - runStart - 1] === 'title')) cue = 'title';
    else if (
      beforeAdjacent &&
      first === runStart &&
      (lex.titleWords.has(before.text.toLowerCase()) || titled[first - 1] === true)
    ) {
      cue = 'title';
    } else if (appositiveAt(end) !== null || HUMAN_APPOSITIVE.test(body.slice(end, end + 12)))
      cue = 'appositive';
    else if (
      (nextAdjacent && last === runEnd && lex.speechVerbs.has(nextTok.text)) ||
      (beforeAdjacent && first === runStart && /^(?:said|says|added|according to)$/.test(before.text))
    ) {
      cue = 'speech';
    } else if (nameWords.length >= 2 && nameWords.length <= 4 && !headlineLike.has(sentenceOf[first] ?? -1))
      cue = 'shape';
    // "unveiled the Orbi Fold": a bare capitalized pair right after "the" names a thing; people take no article.
    if (cue === 'shape' && first === runStart && beforeAdjacent && /^the$/i.test(before.text)) return;
    const mention: PersonMention = {
      start,
      end,
      name: squash(body.slice(start, end)),
      words: nameWords,
      cue: cue ?? 'shape',
    };
    if (nameWords.length === 1 || cue === null || nameWords.length > 4) {
      if (nameWords.length === 1) singles.push(mention);
      // One word is a person only with a title or an appositive ("President Lula", "Ortega, the mayor,"):
      // before "said" it is as often a company ("Northwind said"); coreference still resolves surnames.
      if (nameWords.length === 1 && (cue === 'title' || cue === 'appositive')) people.push(mention);
      return;
    }
    people.push(mention);
  }

  function appositiveAt(end: number): { title: string; affiliation?: string } | null {
    const m = /^,\s+(?:(the|a|an|his|her|their)\s+)?([^,;()"“”\n]{3,160})/u.exec(body.slice(end, end + 170));
    if (m === null || m[2] === undefined) return null;
    let phrase = m[2];
    const stop = phrase.search(/\.(?:\s|$)/);
    if (stop >= 0 && !/\b(?:\p{Lu}\.)+$/u.test(phrase.slice(0, stop + 1))) phrase = phrase.slice(0, stop);
    const ws = phrase.split(/\s+/).filter((w) => w !== '');
    if (
      ws.length === 0 ||
      ws.length > 18 ||
      /^(?:who|which|whose|where|when|said|says|and|but|or|who’s)$/i.test(ws[0] ?? '')
    ) {
      return null;
    }
    const head = ws.slice(0, 5).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    if (!head.some((w) => lex.titleWords.has(w))) return null;
    if (m[1] === 'his' || m[1] === 'her' || m[1] === 'their') return null;
    const country = lex.country.get(ws[0] ?? '');
    return { title: squash(phrase), affiliation: country };
  }

  // Titles: from words written just before the name, else from an appositive after it.
  const owned = new Set<number>();
  let p = 0;
  for (const m of people) {
    while (p < tokens.length && (tokens[p] as Token).end <= m.start) p++;
    for (let q = p; q < tokens.length && (tokens[q] as Token).start < m.end; q++) owned.add(q);
  }
  p = 0;
  for (const m of people) {
    while (p < tokens.length && (tokens[p] as Token).start < m.start) p++;
    const pre = titleBefore(p);
    const app = appositiveAt(m.end);
    const chosen = pre ?? app ?? titleBeforeComma(m.start);
    if (chosen !== null) {
      m.title = chosen.title;
      if (chosen.affiliation !== undefined) m.affiliation = chosen.affiliation;
    }
  }

  function titleBefore(nameIdx: number): { title: string; affiliation?: string } | null {
    const sentence = sentenceOf[nameIdx];
    let a = nameIdx;
    let affiliation: string | undefined;
    for (let n = 0; n < 18 && a > 0; n++) {
      const prev = tokens[a - 1] as Token;
      const cur = tokens[a] as Token;
      if (sentenceOf[a - 1] !== sentence || owned.has(a - 1)) break;
      if (
        !spaceGap(body, prev.end, cur.start) &&
        !(prev.possessive && /^['’]s[ \t]/.test(body.slice(prev.end, cur.start)))
      ) {
        break;
      }
      const lower = prev.text.toLowerCase();
      if (prev.possessive) {
        affiliation = lex.country.get(prev.text) ?? lex.organization.get(prev.text) ?? prev.text;
        break;
      }
      const ok =
        isCapitalized(prev.text) ||
        lex.titleWords.has(lower) ||
        lex.titleModifiers.has(lower) ||
        lex.titleGlue.has(lower);
      if (
        !ok ||
        (lex.common.has(lower) &&
          !['the', 'and', 'of', 'for', 'to', 'top', 'senior', 'former'].includes(lower))
      )
        break;
      a--;
    }
    while (a < nameIdx && lex.titleGlue.has((words[a] ?? '').toLowerCase())) a++;
    if (a >= nameIdx) return null;
    let z = nameIdx - 1;
    const rankOnly = (w: string): boolean => lex.honorifics.has(w);
    let hasHead = false;
    for (let q = a; q <= z; q++) {
      const w = words[q] ?? '';
      // "Then-President": the head may follow a hyphen.
      const parts = w.toLowerCase().split('-');
      if (titled[q] === true || parts.some((x) => lex.titleWords.has(x))) hasHead = true;
    }
    if (!hasHead) return null;
    // "Pentagon press secretary Brig. Gen. Pat Ryder": keep the role, drop the trailing ranks.
    while (z > a && rankOnly(words[z] ?? '')) z--;
    if (z === a && /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/.test(words[z] ?? '')) return null;
    const lead = phraseLen(lex.places, a) || phraseLen(lex.adjectives, a);
    const leadCountry = lead > 0 ? lex.country.get(words.slice(a, a + lead).join(' ')) : undefined;
    if (leadCountry !== undefined && a + lead <= z) {
      affiliation = leadCountry;
      a += lead;
    }
    const title = squash(body.slice((tokens[a] as Token).start, (tokens[z] as Token).end));
    return { title, affiliation };
  }

  /** "the Home Secretary, Suella Braverman" and "his Chinese counterpart, Li Shangfu": a role just before a comma. */
  function titleBeforeComma(start: number): { title: string; affiliation?: string } | null {
    const m = /\b(?:the|a|an|his|her|its|their)\s+([^,;.()"“”\n]{3,80}),\s*$/iu.exec(
      body.slice(Math.max(0, start - 90), start),
    );
    const phrase = m?.[1];
    if (phrase === undefined) return null;
    const ws = phrase.split(/\s+/);
    const head = (ws[ws.length - 1] ?? '').toLowerCase();
    if (!lex.titleWords.has(head)) return null;
    const country = lex.country.get(ws[0] ?? '');
    return country === undefined ? { title: phrase } : { title: ws.slice(1).join(' '), affiliation: country };
  }

  // Lowercase government bodies ("the foreign ministry", "China's defense ministry").
  for (const m of body.matchAll(LOWER_BODY)) {
    if (!/^\p{Ll}/u.test(m[0])) continue;
    const start = m.index;
    const name = m[0].replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const prev = /(\S+?)(['’]s)?\s+$/u.exec(body.slice(Math.max(0, start - 30), start));
    const affiliation = prev?.[1] !== undefined ? lex.country.get(prev[1]) : undefined;
    organizations.push({ start, end: start + m[0].length, name, affiliation });
  }
  organizations.sort((x, y) => x.start - y.start || y.end - x.end);
  // "Federal Reserve" inside "Federal Reserve Board" is one organization, the longer.
  const outer: OrgMention[] = [];
  for (const o of organizations) {
    const last = outer[outer.length - 1];
    if (last !== undefined && o.start >= last.start && o.end <= last.end) continue;
    outer.push(o);
  }
  organizations.length = 0;
  organizations.push(...outer);
  return { tokens, people, singles, organizations, places, sides };
}

function placeOf(name: string, start: number, end: number, lex: CompiledLexicon): PlaceMention {
  const country = lex.country.get(name);
  if (country !== undefined) return { start, end, name: country, kind: 'country', country };
  const city = lex.city.get(name);
  if (city !== undefined) return { start, end, name, kind: 'city', country: city };
  return { start, end, name, kind: 'region' };
}

function assignSentences(tokens: readonly Token[], sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const t of tokens) {
    while (s + 1 < sentences.length && (sentences[s + 1] as Sentence).start <= t.start) s++;
    out.push(s);
  }
  return out;
}

function creditSentences(sentences: readonly Sentence[], lex: CompiledLexicon): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    const lower = s.text.slice(0, 40).toLowerCase();
    if (lex.creditPrefixes.some((p) => lower.startsWith(p))) out.add(s.index);
  }
  return out;
}

function titleCaseSentences(
  tokens: readonly Token[],
  sentenceOf: readonly number[],
  sentences: readonly Sentence[],
): Set<number> {
  const count = sentences.length;
  const caps = new Array<number>(count).fill(0);
  const all = new Array<number>(count).fill(0);
  tokens.forEach((t, i) => {
    const s = sentenceOf[i] ?? 0;
    all[s] = (all[s] ?? 0) + 1;
    if (/^\p{Lu}/u.test(t.text)) caps[s] = (caps[s] ?? 0) + 1;
  });
  const out = new Set<number>();
  // Headlines in title case: mostly capitalized words and no closing punctuation.
  for (const s of sentences) {
    const n = all[s.index] ?? 0;
    if (n >= 4 && (caps[s.index] ?? 0) / n > 0.6 && !/[.!?…"”’)]$/u.test(s.text)) out.add(s.index);
  }
  return out;
}

function titleCoverage(words: readonly string[], lex: CompiledLexicon): boolean[] {
  const lower = words.map((w) => w.toLowerCase());
  const covered = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < lower.length; i++) {
    const n = matchPhrase(lex.titles, lower, i);
    for (let k = 0; k < n; k++) covered[i + k] = true;
  }
  return covered;
}
