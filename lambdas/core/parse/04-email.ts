/**
 * Step 4 for e-mail (.eml): postal-mime decodes MIME (multipart, quoted-printable, base64,
 * charsets). A forwarded article's own From/Date/Subject block wins over the outer headers;
 * text/plain is preferred, HTML goes through the HTML reader. Signatures, unsubscribe
 * footers and reply markers go.
 */
import type { Address } from 'postal-mime';
import { readHtml } from './04-html';
import { repairC1 } from './c1';
import { normalizeDate } from './dates';
import { addCandidate, addCredits, type Draft, emptyMeta } from './draft';
import { loadHtmlParser } from './html-collect';
import { displayName, isPersonName } from './names';
import { OUTLET_DOMAINS, outletFromDomain, registrableDomain } from './outlets';

const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Weitergeleitete Nachricht\s*-{2,})\s*$/im;
const NEWSLETTER_LOCAL =
  /^(news|newsletters?|no-?reply|alerts?|editors?|briefings?|digest|daily|updates|info|hello|team|press)\b/i;
/** Reply and forward prefixes, and mailing-list tags such as "[Morning Brief]". */
const SUBJECT_PREFIX = /^\s*((fwd?|fw|re|aw|tr|wg)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,60}\]\s*)+/i;

interface HeaderBlock {
  from?: string;
  date?: string;
  subject?: string;
}

/** Reads an RFC 5322 message into body text and metadata candidates. */
export async function readEmail(bytes: Uint8Array): Promise<Draft> {
  // Loaded with the first e-mail, not at every cold start: most uploads are text or HTML.
  const { default: PostalMime } = await import('postal-mime');
  const email = await PostalMime.parse(bytes, { maxNestingDepth: 32, maxHeadersSize: 256 * 1024 });
  const outer: HeaderBlock = {
    from: formatMailbox(email.from),
    date: email.date,
    subject: email.subject === undefined ? undefined : repairC1(email.subject),
  };
  const plain = email.text?.trim() ? repairC1(email.text) : undefined;
  const htmlDraft =
    plain === undefined && email.html ? readHtml(repairC1(email.html), await loadHtmlParser()) : undefined;
  let body = plain ?? htmlDraft?.body ?? '';
  body = unquote(body);
  let forwarded: HeaderBlock | undefined;
  const marker = body.match(FORWARD_MARKER);
  if (marker) {
    const after = body.slice((marker.index ?? 0) + marker[0].length);
    const parsed = readForwardHeaders(after);
    forwarded = parsed.headers;
    body = parsed.rest;
  }
  body = dropSignatureAndFooter(body);

  const meta = emptyMeta();
  if (forwarded) {
    addCandidate(meta.headline, forwarded.subject?.replace(SUBJECT_PREFIX, ''), 'email-header');
    addCandidate(meta.outlet, outletFromMailbox(forwarded.from), 'email-header');
    addCandidate(meta.published, forwarded.date ? normalizeDate(forwarded.date) : null, 'email-header');
  }
  addCandidate(meta.headline, outer.subject?.replace(SUBJECT_PREFIX, ''), 'email-header');
  if (forwarded) {
    // The person who forwarded the article is no person of the story.
    const forwarder = outer.from?.replace(/<[^>]*>/, '').replace(/^["'\s]+|["'\s]+$/g, '');
    if (forwarder && isPersonName(forwarder)) addCredits(meta, [displayName(forwarder)]);
  }
  if (!forwarded) {
    // A forwarder's address and sending time say nothing about the article's outlet or date.
    addCandidate(meta.outlet, outletFromMailbox(outer.from), 'email-header');
    addCandidate(meta.published, outer.date ? normalizeDate(outer.date) : null, 'email-header');
  }
  if (htmlDraft) {
    for (const key of ['outlet', 'headline', 'published', 'url'] as const)
      meta[key].push(...htmlDraft.meta[key]);
    meta.credits.push(...htmlDraft.meta.credits);
  }
  return { format: 'email', body, meta };
}

function formatMailbox(address: Address | undefined): string | undefined {
  if (!address) return undefined;
  if (address.group) return address.name ? repairC1(address.name) : undefined;
  return address.name ? `${repairC1(address.name)} <${address.address}>` : address.address;
}

/** A forwarded block's header lines (From:, Date:/Sent:, Subject:) up to the first blank line. */
function readForwardHeaders(text: string): { headers: HeaderBlock; rest: string } {
  const lines = text.replace(/^\s*\n/, '').split('\n');
  const headers: HeaderBlock = {};
  let i = 0;
  for (; i < lines.length && i < 20; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') break;
    const m = line.match(/^\*?(from|date|sent|subject|to|cc|reply-to)\*?\s*:\s*(.*)$/i);
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trim();
    if (key === 'from') headers.from = value;
    else if (key === 'date' || key === 'sent') headers.date = value.replace(/\s+at\s+/i, ' ');
    else if (key === 'subject') headers.subject = value;
  }
  return { headers, rest: lines.slice(i).join('\n') };
}

/** "Daily Ledger <news@daily-ledger.example>" -> "Daily Ledger"; a person's address -> its domain's outlet. */
export function outletFromMailbox(from: string | undefined): string | null {
  if (!from) return null;
  const address = from.match(/([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)/);
  const domain = address?.[2];
  const known = domain ? OUTLET_DOMAINS[registrableDomain(domain)] : undefined;
  if (known) return known;
  const name = from
    .replace(/<[^>]*>/, '')
    .replace(/\[?mailto:[^\]\s]*\]?/i, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  const fromDomain = domain ? outletFromDomain(domain) : null;
  // A person's display name says who sent it, not which outlet; a list address names the outlet.
  const listAddress = NEWSLETTER_LOCAL.test(address?.[1] ?? '');
  if (name && !name.includes('@') && (listAddress || !isPersonName(name))) return name;
  return fromDomain;
}

/** Strips reply quote markers ("> ", ">> ") so quoted articles read as text. */
function unquote(text: string): string {
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
}

/** Cuts the signature ("-- " line) and an unsubscribe footer from the end of the message. */
function dropSignatureAndFooter(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sig = lines.findIndex((l) => /^--\s?$/.test(l));
  const kept = sig >= 0 ? lines.slice(0, sig) : lines;
  const tail = Math.max(0, kept.length - 15);
  const footer = kept.findIndex(
    (l, i) => i >= tail && /\bunsubscribe\b|\bmanage (your )?(email )?preferences\b/i.test(l),
  );
  return (footer >= 0 ? kept.slice(0, footer) : kept).join('\n');
}
