/**
 * Step 4 for Markdown: YAML front matter gives the metadata; the body loses its Markdown
 * syntax (headings, emphasis, links to their text, images dropped, list items to lines).
 */
import type { MetaCandidates } from '../model';
import { unicodePattern } from '../unicode-pattern';
import { namesIn } from './credits';
import { normalizeDate } from './dates';
import { addCandidate, addCredits, type Draft, emptyMeta } from './draft';

const MAX_INLINE_LINE = 5_000;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const KEYS = {
  headline: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'sitename', 'publication'],
  published: ['date', 'published', 'published_at', 'publishdate', 'publish_date', 'pubdate', 'datepublished'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'permalink', 'source_url'],
  credits: ['author', 'authors', 'byline', 'by', 'writer', 'writers'],
} as const;

/** Reads Markdown with optional front matter into plain body text and metadata candidates. */
export async function readMarkdown(text: string): Promise<Draft> {
  const meta = emptyMeta();
  let body = text;
  const fm = text.match(FRONT_MATTER);
  if (fm) {
    body = text.slice(fm[0].length);
    await readFrontMatter(fm[1] as string, meta);
  }
  const heading = body.match(/^\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)/);
  if (heading) {
    // A leading level-1 heading is the title as the author wrote it.
    addCandidate(meta.headline, stripInline(heading[1] as string), 'headline-line');
    body = body.slice(heading[0].length);
  }
  return { format: 'markdown', body: stripMarkdown(body), meta };
}

async function readFrontMatter(yaml: string, meta: MetaCandidates): Promise<void> {
  let data: unknown = readFlatYaml(yaml);
  if (data === undefined) {
    // The YAML parser is loaded only for front matter the flat reader cannot read, not at every cold start.
    const { parse: parseYaml } = await import('yaml');
    try {
      data = parseYaml(yaml, { maxAliasCount: 10 });
    } catch {
      return; // Broken front matter is treated as absent: the body still reads.
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  const fields = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v as unknown]));
  const first = (keys: readonly string[]): unknown => keys.map((k) => fields.get(k)).find((v) => v != null);
  addCandidate(meta.headline, scalar(first(KEYS.headline)), 'front-matter');
  addCandidate(meta.outlet, nameOf(first(KEYS.outlet)), 'front-matter');
  const published = first(KEYS.published);
  const date = published instanceof Date ? published.toISOString() : scalar(published);
  addCandidate(meta.published, date ? normalizeDate(date) : null, 'front-matter');
  addCandidate(meta.url, scalar(first(KEYS.url)), 'front-matter');
  const authors = ([] as unknown[]).concat(first(KEYS.credits) ?? []);
  for (const author of authors) {
    const name = nameOf(author);
    if (name) addCredits(meta, namesIn(name.replace(/^by\s+/i, '')));
  }
}

const FLAT_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+(.*?)[ ]*$/;
const PLAIN = unicodePattern(String.raw`^(?:\p{Alphabetic}|\p{N})(?:[^:#"'\t[\]{}]|:(?! |$)|(?<! )#)*$`);
const QUOTED = /^"([^"\\]*)"$|^'([^']*)'$/;
const FLOW = /^\[([^[\]{}"'#:]*)\]$/;
/** Words and numbers YAML's core schema reads as something other than a string. */
const TYPED =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/**
 * Front matter of `key: value` lines with plain or simply quoted strings and flat lists, read without
 * the YAML package (a hot spot in profiles); `undefined` for anything else, which YAML then reads.
 */
function readFlatYaml(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = FLAT_LINE.exec(line);
    const key = m?.[1];
    const raw = m?.[2];
    if (key === undefined || raw === undefined || TYPED.test(key) || Object.hasOwn(out, key))
      return undefined;
    const value = flatValue(raw);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function flatValue(raw: string): string | string[] | undefined {
  const quoted = QUOTED.exec(raw);
  if (quoted) return quoted[1] ?? quoted[2];
  const flow = FLOW.exec(raw);
  if (flow) {
    const items = (flow[1] ?? '').split(',').map((x) => x.trim());
    return items.every((x) => PLAIN.test(x) && !TYPED.test(x)) ? items : undefined;
  }
  return PLAIN.test(raw) && !TYPED.test(raw) ? raw : undefined;
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'name' in value) return scalar(value.name);
  return scalar(value);
}

/** Markdown to plain text, line by line; code blocks keep their content. */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(raw);
      continue;
    }
    let line = raw;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // horizontal rules
    if (/^\s*(=+|-+)\s*$/.test(line) && out.length > 0) continue; // setext underlines
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rules
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, '');
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, '  ');
    // Inline patterns backtrack on pathological lines; a very long line is kept as written.
    out.push(line.length > MAX_INLINE_LINE ? line : stripInline(line));
  }
  return out.join('\n');
}

function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/!\[[^\]\n]*\]\[[^\]\n]*\]/g, '')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([^\n*_]*?\S)\1(?!\w)/g, '$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
}
