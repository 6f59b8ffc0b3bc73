/** Step 3: the model's answer read strictly: one JSON object of the schema, or a reason it is not one. */

/** One sentence the model wrote, with the source sentence numbers it rests on. */
export interface CitedDraft {
  text: string;
  cites: number[];
}

export interface ModelDraft {
  whatsNew: CitedDraft[];
  background: CitedDraft[];
}

export type ParsedAnswer = { ok: true; draft: ModelDraft } | { ok: false; reason: string };

const MAX_SENTENCES = 6;
const MAX_CHARS = 600;
/** A code fence around the whole answer is packaging, not content: some chat models add it unasked. */
const FENCED = /^```(?:json)?\s*\n([\s\S]*)\n```$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(value).every((k) => keys.includes(k));
}

/** The drafted sentences of one section, or why they break the schema. */
function section(value: unknown, name: string): CitedDraft[] | string {
  if (!Array.isArray(value)) return `"${name}" is not a list`;
  if (value.length > MAX_SENTENCES) return `"${name}" has ${value.length} sentences, over ${MAX_SENTENCES}`;
  const drafts: CitedDraft[] = [];
  for (const [i, entry] of value.entries()) {
    const where = `"${name}"[${i}]`;
    if (!isRecord(entry) || !onlyKeys(entry, ['text', 'cites'])) return `${where} is not {text, cites}`;
    const { text, cites } = entry;
    if (typeof text !== 'string' || text.trim() === '') return `${where}.text is not a sentence`;
    if (text.length > MAX_CHARS) return `${where}.text is over ${MAX_CHARS} characters`;
    if (!Array.isArray(cites) || !cites.every((n) => Number.isInteger(n) && n > 0)) {
      return `${where}.cites is not a list of sentence numbers`;
    }
    drafts.push({ text: text.trim().replace(/\s+/gu, ' '), cites: [...new Set(cites as number[])] });
  }
  return drafts;
}

/** Reads the answer; anything but the schema (extra keys, wrong types, prose around the JSON) is refused. */
export function parseAnswer(text: string): ParsedAnswer {
  const trimmed = text.trim();
  const body = FENCED.exec(trimmed)?.[1] ?? trimmed;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the answer is not JSON' };
  }
  if (!isRecord(value) || !onlyKeys(value, ['whatsNew', 'background'])) {
    return { ok: false, reason: 'the answer is not an object of whatsNew and background' };
  }
  const whatsNew = section(value.whatsNew, 'whatsNew');
  const background = section(value.background ?? [], 'background');
  if (typeof whatsNew === 'string') return { ok: false, reason: whatsNew };
  if (typeof background === 'string') return { ok: false, reason: background };
  return { ok: true, draft: { whatsNew, background } };
}
