/** What the text says of a person's gender: an honorific before a name, or a gendered title. */
import type { People } from './04-coreference';

export type Gender = 'female' | 'male';

const HONORIFIC_BEFORE = /\b(Mrs|Ms|Miss|Madam|Mme|Dame|Lady|Mr|Sir|Lord)\.?\s+$/u;
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

/** Each person's gender where the text gives it (an honorific before any mention, or the title). */
export function gendersOf(body: string, people: People): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const m of people.mentions) {
    if (out.has(m.name)) continue;
    const honorific = HONORIFIC_BEFORE.exec(body.slice(Math.max(0, m.start - 8), m.start))?.[1];
    if (honorific !== undefined) out.set(m.name, FEMALE_HONORIFIC.test(honorific) ? 'female' : 'male');
  }
  for (const p of people.people) {
    if (out.has(p.name) || p.title === undefined) continue;
    if (FEMALE_TITLE.test(p.title)) out.set(p.name, 'female');
    else if (MALE_TITLE.test(p.title)) out.set(p.name, 'male');
  }
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
 * Of the people a pronoun may point to, nearest first, the first the text does not give the other
 * gender; when all have it, the nearest earlier person of the wanted gender (`nearest`); else the first.
 */
export function compatiblePerson(
  candidates: ReadonlyArray<string | undefined>,
  wanted: Gender | undefined,
  genders: ReadonlyMap<string, Gender>,
  nearest: (gender: Gender) => string | undefined,
): string | undefined {
  const named = candidates.filter((c): c is string => c !== undefined);
  if (wanted === undefined || genders.size === 0) return named[0];
  return named.find((c) => (genders.get(c) ?? wanted) === wanted) ?? nearest(wanted) ?? named[0];
}
