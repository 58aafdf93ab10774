// Magic numbers of the binary formats people drop during an incident: support bundles and rotated
// logs (archives, compressors), screenshots, packet captures, binaries. Each is named in the message
// with the command that turns it into text.

export type BinaryFormat =
  | 'gzip'
  | 'zip'
  | 'tar'
  | 'zstd'
  | 'xz'
  | 'bzip2'
  | '7z'
  | 'rar'
  | 'lz4'
  | 'compress'
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'elf'
  | 'pcap'
  | 'pcapng'
  | 'sqlite'
  | 'unknown';

interface Magic {
  format: BinaryFormat;
  /** where the signature sits */
  offset: number;
  /** null matches any byte */
  bytes: readonly (number | null)[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

// bzip2's `BZh` could start a text line: its block header (the digits of pi) must follow the level digit,
// so each level gets its own entry
const BZIP2: Magic[] = [...'123456789'].map((level) => ({
  format: 'bzip2',
  offset: 0,
  bytes: [...ascii(`BZh${level}`), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
}));

export const MAGIC: readonly Magic[] = [
  { format: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { format: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }, // an empty archive
  { format: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] }, // a spanned archive
  { format: 'tar', offset: 257, bytes: ascii('ustar') },
  { format: 'zstd', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'xz', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  ...BZIP2,
  { format: '7z', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'rar', offset: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'lz4', offset: 0, bytes: [0x04, 0x22, 0x4d, 0x18] },
  { format: 'compress', offset: 0, bytes: [0x1f, 0x9d] },
  { format: 'pdf', offset: 0, bytes: ascii('%PDF-') },
  { format: 'png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', offset: 0, bytes: ascii('GIF87a') },
  { format: 'gif', offset: 0, bytes: ascii('GIF89a') },
  { format: 'elf', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'pcap', offset: 0, bytes: [0xd4, 0xc3, 0xb2, 0xa1] },
  { format: 'pcap', offset: 0, bytes: [0xa1, 0xb2, 0xc3, 0xd4] },
  { format: 'pcap', offset: 0, bytes: [0x4d, 0x3c, 0xb2, 0xa1] }, // nanosecond resolution
  { format: 'pcap', offset: 0, bytes: [0xa1, 0xb2, 0x3c, 0x4d] },
  // a section header starts `\n\r\r\n`, which text could too: its byte-order magic must follow the length
  { format: 'pcapng', offset: 0, bytes: [0x0a, 0x0d, 0x0d, 0x0a, null, null, null, null, 0x4d, 0x3c, 0x2b, 0x1a] },
  { format: 'pcapng', offset: 0, bytes: [0x0a, 0x0d, 0x0d, 0x0a, null, null, null, null, 0x1a, 0x2b, 0x3c, 0x4d] },
  { format: 'sqlite', offset: 0, bytes: [...ascii('SQLite format 3'), 0] },
];

/** Bytes a head must hold to see every signature (tar's sits at offset 257). */
export const MAGIC_SPAN = Math.max(...MAGIC.map((m) => m.offset + m.bytes.length));

/** The format whose signature the head starts with, if any. */
export function formatByMagic(head: Uint8Array): BinaryFormat | null {
  for (const m of MAGIC) {
    if (head.length < m.offset + m.bytes.length) continue;
    let same = true;
    for (let i = 0; i < m.bytes.length && same; i++) same = m.bytes[i] === null || head[m.offset + i] === m.bytes[i];
    if (same) return m.format;
  }
  return null;
}
