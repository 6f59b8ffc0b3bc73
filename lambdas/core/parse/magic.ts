/**
 * File signatures of formats that are never article text. Data, checked in order:
 * the first match names the type in the rejection reason.
 */
export interface Signature {
  name: string;
  /** Byte offset the signature starts at. */
  offset: number;
  bytes: readonly number[];
  /** Short ASCII signatures a text could start with also need a NUL byte in the first 64 bytes. */
  needsNul?: boolean;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const SIGNATURES: readonly Signature[] = [
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP image', offset: 8, bytes: ascii('WEBP') },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'ZIP archive (also .docx, .xlsx, .epub)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', offset: 0, bytes: ascii('BZh'), needsNul: true },
  { name: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'Zstandard archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: ascii('Rar!'), needsNul: true },
  { name: 'tar archive', offset: 257, bytes: ascii('ustar') },
  {
    name: 'legacy Microsoft Office document',
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', offset: 0, bytes: ascii('MZ'), needsNul: true },
  { name: 'Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Java class or Mach-O universal binary', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3') },
  { name: 'MP3 audio', offset: 0, bytes: ascii('ID3'), needsNul: true },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'MP4 or QuickTime media', offset: 4, bytes: ascii('ftyp') },
  { name: 'RIFF media (WAV/AVI)', offset: 0, bytes: ascii('RIFF'), needsNul: true },
];

/** The name of the binary format the bytes start with, or null. */
export function sniffBinaryType(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (bytes.length < sig.offset + sig.bytes.length) continue;
    if (!sig.bytes.every((b, i) => bytes[sig.offset + i] === b)) continue;
    if (sig.needsNul && !bytes.subarray(0, 64).includes(0)) continue;
    return sig.name;
  }
  return null;
}
