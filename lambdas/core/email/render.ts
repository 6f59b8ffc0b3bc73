/** Renders a digest as a responsive, dark-mode-aware HTML email and a plain-text alternative. */
import type { Digest, DigestItem } from '../digest/types';
import { escapeHtml, safeHref } from './escape';

export interface RenderOptions {
  /** One-click unsubscribe page for this recipient (token included). */
  unsubscribeUrl: string;
  unsubscribeMailto?: string;
  recipient: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const LIGHT = {
  page: '#f3f1ec',
  card: '#ffffff',
  ink: '#1d1d1f',
  muted: '#5f6368',
  accent: '#a3231f',
  link: '#1a55a8',
  rule: '#e2ded6',
};

const DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .nd-page { background: #121212 !important; }
  .nd-card { background: #1e1e1e !important; border-color: #333333 !important; }
  .nd-ink { color: #e8e6e3 !important; }
  .nd-muted { color: #a8a8a8 !important; }
  .nd-accent { color: #ff8a80 !important; }
  .nd-link { color: #8ab4f8 !important; }
}
@media (max-width: 480px) {
  .nd-card { padding: 16px !important; }
  .nd-title { font-size: 20px !important; }
}`;

const FONT = "font-family: Georgia, 'Times New Roman', serif;";
const WRAP = 'overflow-wrap: anywhere; word-wrap: break-word;';

/** The two fixed section labels: constants, written as-is so the apostrophe reads the same in every client. */
type Label = "What's new:" | 'The background:';

function label(text: Label): string {
  return `<strong class="nd-accent" style="color: ${LIGHT.accent};">${text}</strong>`;
}

function sourceLinks(item: DigestItem): string {
  return item.sources
    .map((s) => {
      const href = s.url ? safeHref(s.url) : null;
      const name = escapeHtml(s.outlet);
      return href
        ? `<a class="nd-link" href="${href}" style="color: ${LIGHT.link}; text-decoration: underline;">${name}</a>`
        : `<span>${name}</span>`;
    })
    .join(', ');
}

function itemHtml(item: DigestItem): string {
  const update = item.isUpdate
    ? `<span class="nd-accent" style="color: ${LIGHT.accent}; font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em;">Update · </span>`
    : '';
  const paragraph = 'margin: 0 0 12px; font-size: 16px; line-height: 1.55;';
  const background = item.background
    ? `<p class="nd-ink" style="${paragraph} color: ${LIGHT.ink}; ${WRAP}">${label('The background:')} ${escapeHtml(item.background)}</p>`
    : '';
  return `
<div style="margin: 0 0 28px; padding: 0 0 20px; border-bottom: 1px solid ${LIGHT.rule};">
  <h2 class="nd-ink" style="margin: 0 0 10px; font-size: 20px; line-height: 1.3; color: ${LIGHT.ink}; ${WRAP}">${update}${escapeHtml(item.headline)}</h2>
  <p class="nd-ink" style="${paragraph} color: ${LIGHT.ink}; ${WRAP}">${label("What's new:")} ${escapeHtml(item.whatsNew)}</p>
  ${background}
  ${item.sources.length > 0 ? `<p class="nd-muted" style="margin: 0; font-size: 13px; color: ${LIGHT.muted}; ${WRAP}">Sources: ${sourceLinks(item)}</p>` : ''}
</div>`;
}

/** Said after the items when the digest was capped; null when nothing was left out. */
function moreLine(more: number): string | null {
  if (more === 0) return null;
  return `…and ${more} more ${more === 1 ? 'story' : 'stories'} not shown here.`;
}

function html(digest: Digest, options: RenderOptions): string {
  const unsubscribe = safeHref(options.unsubscribeUrl) ?? '';
  const mailto = options.unsubscribeMailto
    ? safeHref(`mailto:${options.unsubscribeMailto.replace(/^mailto:/i, '')}`)
    : null;
  const more = moreLine(digest.more);
  const items = `${digest.items.map(itemHtml).join('')}${more ? `\n<p class="nd-muted" style="margin: 0 0 20px; font-size: 14px; color: ${LIGHT.muted};">${escapeHtml(more)}</p>` : ''}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(digest.subject)}</title>
<style>${DARK_CSS}</style>
</head>
<body class="nd-page" style="margin: 0; padding: 0; background: ${LIGHT.page}; ${FONT}">
<div class="nd-page" style="width: 100%; background: ${LIGHT.page}; padding: 16px 0;">
<div class="nd-card" style="box-sizing: border-box; max-width: 640px; width: 100%; margin: 0 auto; padding: 24px; background: ${LIGHT.card}; border: 1px solid ${LIGHT.rule};">
  <h1 class="nd-ink nd-title" style="margin: 0 0 20px; font-size: 24px; line-height: 1.25; color: ${LIGHT.ink}; ${WRAP}">${escapeHtml(digest.subject)}</h1>
  ${items}
  <p class="nd-muted" style="margin: 8px 0 0; font-size: 12px; line-height: 1.5; color: ${LIGHT.muted}; ${WRAP}">
    This digest was sent to ${escapeHtml(options.recipient)}.
    <a class="nd-link" href="${unsubscribe}" style="color: ${LIGHT.link};">Unsubscribe</a>${mailto ? ` or <a class="nd-link" href="${mailto}" style="color: ${LIGHT.link};">unsubscribe by email</a>` : ''}.
  </p>
</div>
</div>
</body>
</html>
`;
}

function wrap(text: string, width = 76): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

function itemText(item: DigestItem): string {
  const parts = [
    `${item.isUpdate ? 'UPDATE: ' : ''}${item.headline}`,
    wrap(`What's new: ${item.whatsNew}`),
    ...(item.background ? [wrap(`The background: ${item.background}`)] : []),
    ...(item.sources.length > 0
      ? [
          wrap(
            `Sources: ${item.sources.map((s) => (s.url ? `${s.outlet} <${s.url}>` : s.outlet)).join(', ')}`,
          ),
        ]
      : []),
  ];
  return parts.join('\n\n');
}

function text(digest: Digest, options: RenderOptions): string {
  const footer = [
    `This digest was sent to ${options.recipient}.`,
    `Unsubscribe: ${options.unsubscribeUrl}`,
    ...(options.unsubscribeMailto
      ? [`Or by email: ${options.unsubscribeMailto.replace(/^mailto:/i, '')}`]
      : []),
  ];
  const more = moreLine(digest.more);
  return [digest.subject, ...digest.items.map(itemText), ...(more ? [more] : []), footer.join('\n')]
    .join('\n\n---\n\n')
    .concat('\n');
}

/** The digest as an email: subject, plain text and HTML with the same content. */
export function renderEmail(digest: Digest, options: RenderOptions): RenderedEmail {
  return { subject: digest.subject, text: text(digest, options), html: html(digest, options) };
}
