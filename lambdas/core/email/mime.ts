/** Builds a raw RFC 5322 message: multipart/alternative, UTF-8, quoted-printable, RFC 8058 headers. */
import { createHash } from 'node:crypto';
import { NewsDigestError } from '../../errors';

export interface MimeInput {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: {
    /** The send time; passed in so the builder stays pure. */
    date: Date;
    /** Without angle brackets, e.g. `digest-2023-06-06.ab12@news-digest.example`. */
    messageId: string;
    unsubscribeUrl?: string;
    unsubscribeMailto?: string;
  };
}

const CRLF = '\r\n';
const MAX_LINE = 76;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function noLineBreaks(name: string, value: string): string {
  // A CR or LF in a header value would let its content forge further headers.
  if (/[\r\n]/.test(value)) throw new NewsDigestError(`Header ${name} must not contain line breaks`);
  return value;
}

/** RFC 5322 date-time in UTC: "Tue, 06 Jun 2023 07:00:00 +0000". */
export function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** A header value as-is when printable ASCII, else as folded RFC 2047 base64 encoded-words. */
export function encodeHeaderValue(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    // 39 bytes of UTF-8 give 52 base64 characters: with "Subject: " the line stays within 78.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** Quoted-printable (RFC 2045) of UTF-8 text, with CRLF line ends and soft breaks within 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens = [...bytes].map((b, i) => {
        const last = i === bytes.length - 1;
        if ((b === 0x20 || b === 0x09) && !last) return String.fromCharCode(b);
        if (b >= 33 && b <= 126 && b !== 61) return String.fromCharCode(b);
        return `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > MAX_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function listUnsubscribe(url?: string, mailto?: string): string[] {
  const targets = [
    ...(url ? [`<${noLineBreaks('List-Unsubscribe', url)}>`] : []),
    ...(mailto ? [`<mailto:${noLineBreaks('List-Unsubscribe', mailto.replace(/^mailto:/i, ''))}>`] : []),
  ];
  if (targets.length === 0) return [];
  // RFC 8058 one-click needs an HTTPS target; the Post header is only honest when one is present.
  const oneClick = url?.startsWith('https://') ? ['List-Unsubscribe-Post: List-Unsubscribe=One-Click'] : [];
  return [`List-Unsubscribe: ${targets.join(', ')}`, ...oneClick];
}

/** Folds a header line longer than 78 characters at its list or parameter separators. */
function fold(line: string): string {
  if (line.length <= 78) return line;
  const pieces = line.split(/(?<=[;,]) /);
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + 1 + piece.length > 78) {
      lines.push(current);
      current = piece;
    } else {
      current = current === '' ? piece : `${current} ${piece}`;
    }
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** The complete message as a string with CRLF line ends, ready for SES raw sending. */
export function buildMime(input: MimeInput): string {
  const { headers } = input;
  const boundary = `=_nd_${createHash('sha256').update(input.text).update(input.html).digest('hex').slice(0, 32)}`;
  const head = [
    `From: ${noLineBreaks('From', input.from)}`,
    `To: ${noLineBreaks('To', input.to)}`,
    `Subject: ${encodeHeaderValue(noLineBreaks('Subject', input.subject))}`,
    `Date: ${rfc5322Date(headers.date)}`,
    `Message-ID: <${noLineBreaks('Message-ID', headers.messageId)}>`,
    'MIME-Version: 1.0',
    ...listUnsubscribe(headers.unsubscribeUrl, headers.unsubscribeMailto),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(body),
    ].join(CRLF);
  return [
    head.map(fold).join(CRLF),
    '',
    part('text/plain', input.text),
    part('text/html', input.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
