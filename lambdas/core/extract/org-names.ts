/** How an organization is named in output: generic bodies carry their country ("Chinese Foreign Ministry"). */

import { unicodePattern } from '../unicode-pattern';
import type { Entities, OrgMention } from './03-names';
import type { CompiledLexicon } from './compile';

const GENERIC = /^(?:[A-Z][a-z]+\s+)*(?:Ministry|Department|Office|Embassy|Consulate|Mission|Cabinet)$/;
/** The word right before an organization, past an "'s" and a "the"; compiled once (see names/word-kinds.ts). */
const WORD_BEFORE = unicodePattern(String.raw`([\p{Alphabetic}.]+?)(?:['\u2019]s)?\s+(?:the\s+)?$`);

/** Names organizations the way a reader expects, adding the country of a generic body only when the text supports it. */
export class OrgNamer {
  private readonly affiliationByName = new Map<string, string>();
  private readonly countries = new Set<string>();

  constructor(
    private readonly body: string,
    entities: Entities,
    private readonly lex: CompiledLexicon,
    private readonly hostCountry?: string,
  ) {
    for (const o of entities.organizations) {
      const aff = o.affiliation ?? this.adjacentCountry(o);
      if (aff !== undefined && !this.affiliationByName.has(o.name)) this.affiliationByName.set(o.name, aff);
    }
    for (const p of entities.places) if (p.country !== undefined) this.countries.add(p.country);
    for (const s of entities.sides) if (s.country !== undefined) this.countries.add(s.country);
  }

  /** The display name of one organization mention. */
  display(o: OrgMention): string {
    if (!GENERIC.test(o.name)) return o.name;
    const home = this.lex.orgHome.get(o.name);
    const aff =
      o.affiliation ??
      this.adjacentCountry(o) ??
      this.affiliationByName.get(o.name) ??
      (home !== undefined && this.countries.has(home) ? home : undefined) ??
      (home === undefined && /Ministry$/.test(o.name) ? this.hostCountry : undefined);
    if (aff === undefined) return o.name;
    return `${this.lex.demonymOf.get(aff) ?? aff} ${o.name}`;
  }

  /** A country written right before the organization: "U.S. State Department", "China's foreign ministry". */
  private adjacentCountry(o: OrgMention): string | undefined {
    const before = this.body.slice(Math.max(0, o.start - 30), o.start);
    const m = WORD_BEFORE.exec(before);
    if (m?.[1] === undefined) return undefined;
    const word = m[1];
    return this.lex.country.get(word) ?? this.lex.country.get(word.replace(/\.$/, ''));
  }
}
