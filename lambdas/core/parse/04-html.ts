/**
 * Step 4 for HTML: keep the article body and read the page's metadata. The body is the
 * page's self-declared article container (articleBody, <article>, <main>) when it holds real
 * text, else the container with the most paragraph text and the least link text.
 */
import { type Draft, emptyMeta } from './draft';
import {
  collectHtml,
  type HtmlBlock,
  type HtmlCollected,
  type HtmlNode,
  type HtmlParser,
} from './html-collect';
import { htmlMeta } from './html-meta';

const MIN_SEMANTIC_CHARS = 140;
const MAX_CONTENDERS = 12;

/** Reads an HTML page into body text (paragraphs split by blank lines) and metadata candidates. */
export function readHtml(html: string, parser: HtmlParser): Draft {
  let collected = collectHtml(html, true, parser);
  let chosen = chooseContainer(collected);
  let body = bodyOf(collected, chosen);
  if (body.length === 0) {
    // Class names sometimes mark the whole page (a body wrapper called "has-sidebar"); retry without them.
    collected = collectHtml(html, false, parser);
    chosen = chooseContainer(collected);
    body = bodyOf(collected, chosen);
  }
  const meta = emptyMeta();
  htmlMeta(collected, meta, pickH1(collected, chosen));
  return { format: 'html', body, meta };
}

/** The article's h1: inside the body or its article ancestors, never the site's logo heading. */
function pickH1(c: HtmlCollected, chosen: HtmlNode | null): string | undefined {
  const siteName = (c.meta.get('og:site_name') ?? c.meta.get('application-name'))?.trim().toLowerCase();
  const visible = c.h1.filter((h) => !h.hidden && h.text.toLowerCase() !== siteName);
  if (chosen) {
    const wrappers = c.semantic.filter((s) => s.rank >= 2 && inside(s, chosen));
    const near = visible.find((h) => inside(chosen, h.node) || wrappers.some((w) => inside(w, h.node)));
    if (near) return near.text;
  }
  return visible[0]?.text;
}

function chooseContainer(c: HtmlCollected): HtmlNode | null {
  let best: HtmlNode | null = null;
  let bestKey = [0, 0];
  for (const node of c.semantic) {
    const chars = textInside(c.blocks, node);
    if (chars < MIN_SEMANTIC_CHARS) continue;
    if (node.rank > (bestKey[0] as number) || (node.rank === bestKey[0] && chars > (bestKey[1] as number))) {
      best = node;
      bestKey = [node.rank, chars];
    }
  }
  if (best) return best;
  let bestScore = 0;
  // Link density is costly to measure, so only the best-scored few compete on it.
  const top = [...c.scored].sort((x, y) => y.score - x.score).slice(0, MAX_CONTENDERS);
  for (const node of top) {
    const { chars, links } = linkStats(c.blocks, node);
    const value = node.score * (1 - (chars > 0 ? links / chars : 0));
    if (value > bestScore) {
      best = node;
      bestScore = value;
    }
  }
  return best;
}

function bodyOf(c: HtmlCollected, chosen: HtmlNode | null): string {
  const paragraphs: string[] = [];
  for (const block of c.blocks) {
    if (chosen && !inside(chosen, block.node)) continue;
    if (block.tag === 'h1') continue;
    if (isLinkList(block)) continue;
    paragraphs.push(block.text);
  }
  return paragraphs.join('\n\n');
}

/** Blocks that are mostly link text: related links, tag lists, "read more". */
function isLinkList(block: HtmlBlock): boolean {
  return block.linkChars > 0 && block.linkChars / block.text.length > 0.5;
}

function inside(container: HtmlNode, node: HtmlNode): boolean {
  return node.enter >= container.enter && node.enter <= container.exit;
}

function textInside(blocks: readonly HtmlBlock[], node: HtmlNode): number {
  let chars = 0;
  for (const b of blocks) if (inside(node, b.node) && !isLinkList(b)) chars += b.text.length;
  return chars;
}

function linkStats(blocks: readonly HtmlBlock[], node: HtmlNode): { chars: number; links: number } {
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    if (!inside(node, b.node)) continue;
    chars += b.text.length;
    links += b.linkChars;
  }
  return { chars, links };
}
