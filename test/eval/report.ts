/** Turns corpus-wide tallies into the summary `npm run eval` prints, as a table or JSON. Pure. */
import { bCubed, type Counts, linkCounts, type Prf, pairwiseCounts, prf } from './metrics';
import { type Accuracy, addScores, emptyScores, type FieldScores } from './score';

export interface AccuracyRow {
  field: string;
  kind: 'accuracy';
  correct: number;
  total: number;
  accuracy: number;
}

export interface PrfRow extends Prf, Counts {
  field: string;
  kind: 'prf';
}

export type Row = AccuracyRow | PrfRow;

export interface ClusteringSummary {
  goldStories: number;
  predictedStories: number;
  pairwise: Prf & Counts;
  bCubed: Prf;
  backgroundLinks: Prf & Counts;
}

/** A few headline figures for the articles of one file format. */
export interface FormatFigures {
  format: string;
  articles: number;
  peopleF1: number;
  quotesF1: number;
  eventDate: number;
  backgroundF1: number;
}

export interface EvalSummary {
  articles: number;
  rejected: number;
  creditViolations: number;
  rows: Row[];
  byFormat: FormatFigures[];
  clustering: ClusteringSummary | { error: string };
}

function accuracyRow(field: string, a: Accuracy): AccuracyRow {
  return { field, kind: 'accuracy', ...a, accuracy: a.total === 0 ? 1 : a.correct / a.total };
}

function prfRow(field: string, c: Counts): PrfRow {
  return { field, kind: 'prf', ...c, ...prf(c) };
}

/** The extraction rows, in the order the table shows them; background only where gold lists it per article. */
export function extractionRows(s: FieldScores, backgroundScored = true): Row[] {
  const rows: Row[] = [
    accuracyRow('outlet (exact)', s.outlet),
    accuracyRow('published (exact date)', s.published),
    accuracyRow('headline', s.headline),
    prfRow('people', s.people),
    prfRow('credits (bylines, photo)', s.credits),
    prfRow('quotes: text', s.quoteText),
    prfRow('quotes: speaker + text', s.quotes),
    accuracyRow('main event: type', s.eventType),
    accuracyRow('main event: date (exact)', s.eventDate),
    accuracyRow('main event: location', s.eventLocation),
    prfRow('main event: actors', s.actors),
  ];
  if (backgroundScored) rows.push(prfRow('background: date period', s.background));
  return rows;
}

/** Figures per file format (the key's extension), so a weak reader of one format stands out. */
export function formatFigures(perArticle: { key: string; scores: FieldScores }[]): FormatFigures[] {
  const groups = new Map<string, FieldScores[]>();
  for (const a of perArticle) {
    const format = a.key.split('.').pop() ?? '';
    groups.set(format, [...(groups.get(format) ?? []), a.scores]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([format, scores]) => {
      const total = scores.reduce(addScores, emptyScores());
      return {
        format,
        articles: scores.length,
        peopleF1: prf(total.people).f1,
        quotesF1: prf(total.quotes).f1,
        eventDate: total.eventDate.total === 0 ? 1 : total.eventDate.correct / total.eventDate.total,
        backgroundF1: prf(total.background).f1,
      };
    });
}

/** Clustering scores of predicted stories against the gold story labels and links. */
export function clusteringSummary(
  goldOf: Record<string, string>,
  predictedOf: Record<string, string>,
  predictedLinks: Record<string, string[]>,
  goldLinks: Record<string, string[]>,
): ClusteringSummary {
  const pairs = pairwiseCounts(goldOf, predictedOf);
  const links = linkCounts(goldOf, predictedOf, predictedLinks, goldLinks);
  const predictedStories = new Set(Object.keys(goldOf).map((k) => predictedOf[k] ?? `alone:${k}`));
  return {
    goldStories: new Set(Object.values(goldOf)).size,
    predictedStories: predictedStories.size,
    pairwise: { ...pairs, ...prf(pairs) },
    bCubed: bCubed(goldOf, predictedOf),
    backgroundLinks: { ...links, ...prf(links) },
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The summary as the plain-text table the terminal shows. */
export function formatTable(summary: EvalSummary, title = 'news-digest eval'): string {
  const lines = [
    `${title}: ${summary.articles} articles, ${summary.rejected} rejected, ` +
      `${summary.creditViolations} byline/photo names taken for people`,
    '',
    `${'field'.padEnd(28)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1/acc'.padStart(7)}   counts`,
  ];
  for (const row of summary.rows) {
    if (row.kind === 'accuracy') {
      lines.push(
        `${row.field.padEnd(28)} ${''.padStart(7)} ${''.padStart(7)} ${pct(row.accuracy)}   ${row.correct}/${row.total}`,
      );
    } else {
      lines.push(
        `${row.field.padEnd(28)} ${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1)}   tp ${row.tp} fp ${row.fp} fn ${row.fn}`,
      );
    }
  }
  if (summary.byFormat.length > 1) {
    lines.push(
      '',
      `${'by format'.padEnd(12)} ${'articles'.padStart(8)} ${'people F1'.padStart(10)} ${'quotes F1'.padStart(10)} ${'event date'.padStart(10)} ${'bg F1'.padStart(8)}`,
    );
    for (const f of summary.byFormat) {
      lines.push(
        `${f.format.padEnd(12)} ${String(f.articles).padStart(8)} ${pct(f.peopleF1).padStart(10)} ${pct(f.quotesF1).padStart(10)} ${pct(f.eventDate).padStart(10)} ${pct(f.backgroundF1).padStart(8)}`,
      );
    }
  }
  lines.push('');
  const c = summary.clustering;
  if ('error' in c) {
    lines.push(`stories: not measured (${c.error})`);
  } else {
    lines.push(
      `stories: ${c.predictedStories} predicted, ${c.goldStories} in gold`,
      `${'clustering: pairwise'.padEnd(28)} ${pct(c.pairwise.precision)} ${pct(c.pairwise.recall)} ${pct(c.pairwise.f1)}   tp ${c.pairwise.tp} fp ${c.pairwise.fp} fn ${c.pairwise.fn}`,
      `${'clustering: B-cubed'.padEnd(28)} ${pct(c.bCubed.precision)} ${pct(c.bCubed.recall)} ${pct(c.bCubed.f1)}`,
      `${'background links'.padEnd(28)} ${pct(c.backgroundLinks.precision)} ${pct(c.backgroundLinks.recall)} ${pct(c.backgroundLinks.f1)}   tp ${c.backgroundLinks.tp} fp ${c.backgroundLinks.fp} fn ${c.backgroundLinks.fn}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
