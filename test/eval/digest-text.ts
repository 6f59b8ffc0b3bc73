/**
 * The composed digest as an editor reads it: each item's headline, then every sentence written
 * under it with the exact source sentence(s) it was built from, and what the verifier dropped. An
 * automated check finds only what it was taught; this text is for reading item by item. Written
 * to files outside the repository (`--digest-text DIR`): the sources are third-party text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, Digest, DigestItem } from '../../lambdas/core/digest/types';
import type { Article } from '../../lambdas/core/model';

/** The source sentences a clause cites, each under its report's key and sentence number. */
function cited(clause: Clause, articles: ReadonlyMap<string, Article>): string[] {
  return clause.sources.map((s) => {
    const text = articles.get(s.key)?.sentences[s.sentence]?.text ?? '(sentence not found)';
    return `      <- ${s.key}#${s.sentence} (${s.outlet}): ${text.replace(/\s+/gu, ' ')}`;
  });
}

function section(
  title: string,
  clauses: readonly Clause[],
  articles: ReadonlyMap<string, Article>,
): string[] {
  if (clauses.length === 0) return [];
  return [`  ${title}`, ...clauses.flatMap((c, i) => [`   ${i + 1}. ${c.text}`, ...cited(c, articles)])];
}

/** One item: headline, the reports it tells (with their gold story when known), its sentences and sources. */
export function itemText(
  item: DigestItem,
  n: number,
  articles: ReadonlyMap<string, Article>,
  keys: readonly string[],
  goldOf?: ReadonlyMap<string, string>,
): string {
  const reports = keys.map((k) => {
    const a = articles.get(k);
    const gold = goldOf?.get(k);
    const about = a ? ` (${a.outlet.value}, ${a.published.value.slice(0, 10)})` : '';
    return `${k}${about}${gold ? ` [${gold}]` : ''}${a?.headline ? ` "${a.headline.value}"` : ''}`;
  });
  const dropped = item.verdicts
    .filter((v) => !v.ok)
    .map((v) => `  dropped: ${v.text} (${v.failures.map((f) => `${f.kind}: ${f.text}`).join('; ')})`);
  const links = (item.thread?.links ?? []).map(
    (l) =>
      `  thread: ${l.earlier} (${l.earlierDay}) -> ${l.later} (${l.laterDay}), ${l.daysApart} days; similarity ${l.similarity}; people ${l.sharedPeople.join(', ') || '-'}; bodies ${l.sharedBodies.join(', ') || '-'}${l.place ? `; place ${l.place}` : ''}; terms ${l.sharedTerms.join(', ')}`,
  );
  return [
    `== ${n}. ${item.headline}`,
    `  story ${item.storyId}; sources: ${item.sources.map((s) => s.outlet).join(', ')}`,
    ...links,
    ...reports.map((r) => `  report ${r}`),
    ...section("WHAT'S NEW", item.whatsNewClauses, articles),
    ...section('BACKGROUND', item.backgroundClauses, articles),
    ...dropped,
    '',
  ].join('\n');
}

/** The whole digest as text, items in the digest's order; `reportsOf` gives each story's report keys. */
export function digestText(
  digest: Digest,
  articles: ReadonlyMap<string, Article>,
  reportsOf: ReadonlyMap<string, readonly string[]>,
  goldOf?: ReadonlyMap<string, string>,
): string {
  // A thread's item tells the reports of each of its stories.
  const keysOf = (item: DigestItem) =>
    (item.thread?.stories ?? [item.storyId]).flatMap((id) => reportsOf.get(id) ?? []);
  return digest.items.map((item, i) => itemText(item, i + 1, articles, keysOf(item), goldOf)).join('\n');
}

/** Writes `name.txt` under `dir` (made when absent). */
export function writeDigestText(dir: string, name: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.txt`), text);
}
