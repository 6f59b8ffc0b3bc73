/**
 * Run in a child process by the bench: analyses one synthetic article of the given size and prints
 * its time and the process's peak memory, so each size is measured on a fresh heap.
 */
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../core/analyze';
import { LOCAL_REFERENCE_DATA } from '../cli/reference-data';
import { peakRssBytes } from './peak-memory';

// In-house sentences: names, places, dates and a quote, so every NLP step has work to do.
const SENTENCES = [
  'The port authority said on Tuesday that cargo volumes rose by 4 percent in March.',
  'Mayor Elena Vasquez told reporters in Lisbon that the new terminal would open in June.',
  '"We expect more ships next year," said Tomas Berg, the harbour master.',
  'Union leaders in Rotterdam rejected the offer, according to a statement issued late on Monday.',
];

function article(bytes: number): string {
  const parts = ['Harbor traffic climbs\n\n'];
  let length = parts[0]?.length ?? 0;
  for (let i = 0; length < bytes; i += 1) {
    const piece = `${SENTENCES[i % SENTENCES.length]}${i % 5 === 4 ? '\n\n' : ' '}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

const bytes = Number(process.argv[2]);
const raw = new TextEncoder().encode(article(bytes));
const started = performance.now();
const result = await analyzeDocument(
  {
    key: 'large.txt',
    bytes: raw,
    contentType: 'text/plain',
    metadata: {},
    lastModified: '2026-01-01T00:00:00Z',
  },
  { maxBytes: raw.length, reference: LOCAL_REFERENCE_DATA },
);
process.stdout.write(
  `${JSON.stringify({
    bytes: raw.length,
    ms: performance.now() - started,
    peakRssBytes: peakRssBytes(),
    outcome: 'code' in result ? result.code : 'extracted',
  })}\n`,
);
