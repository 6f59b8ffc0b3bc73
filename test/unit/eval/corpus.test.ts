import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalCase, type EvalCorpus, loadCorpus } from '../../../test/eval/corpus';

/** The article's readable text: HTML entities and quoted-printable undone, so gold can be checked against it. */
async function readable(c: EvalCase): Promise<string> {
  if (c.raw.key.endsWith('.eml')) {
    const email = await PostalMime.parse(c.raw.bytes);
    return `${email.from?.name ?? ''}\n${email.text ?? ''}`;
  }
  return new TextDecoder()
    .decode(c.raw.bytes)
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

const folded = (s: string) => s.toLowerCase();

describe('Function: loadCorpus', () => {
  let corpus: EvalCorpus;
  beforeAll(async () => {
    corpus = await loadCorpus();
  });

  it('does hold at least 36 articles in four formats', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(36);
    const formats = new Set(corpus.cases.map((c) => c.raw.key.split('.').pop()));
    expect([...formats].sort()).toEqual(['eml', 'html', 'md', 'txt']);
  });

  it('does tell at least 12 stories by several outlets, with background chains', () => {
    const outlets = new Map<string, Set<string>>();
    for (const c of corpus.cases)
      outlets.set(c.gold.story, (outlets.get(c.gold.story) ?? new Set()).add(c.gold.outlet));
    const multi = [...outlets.values()].filter((s) => s.size > 1);
    expect(multi.length).toBeGreaterThanOrEqual(12);
    expect(Object.values(corpus.links).flat().length).toBeGreaterThanOrEqual(5);
  });

  it('does turn a sidecar into object metadata, as an upload would', () => {
    const wire = corpus.cases.find((c) => c.raw.key === 's01a-meridian-fisheries-jakarta.txt');
    expect(wire?.raw.metadata).toMatchObject({ outlet: 'Meridian Wire', published: '2026-02-10T11:42:00Z' });
    expect(wire?.raw.contentType).toBe('text/plain');
  });

  it('does have gold that the text bears out: every name and quotation is in the article', async () => {
    const problems: string[] = [];
    for (const c of corpus.cases) {
      const text = folded(await readable(c));
      const names = [...c.gold.people, ...c.gold.credits, ...c.gold.mainEvent.actors];
      for (const name of names) if (!text.includes(folded(name))) problems.push(`${c.raw.key}: name ${name}`);
      for (const q of c.gold.quotes)
        if (!text.includes(folded(q.text))) problems.push(`${c.raw.key}: quote ${q.text}`);
      for (const actor of c.gold.mainEvent.actors) {
        if (!c.gold.people.includes(actor)) problems.push(`${c.raw.key}: actor ${actor} not among people`);
      }
      for (const credit of c.gold.credits) {
        if (c.gold.people.includes(credit)) problems.push(`${c.raw.key}: ${credit} both credit and person`);
      }
    }
    expect(problems).toEqual([]);
  });
});
