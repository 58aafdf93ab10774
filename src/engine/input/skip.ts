// Why an input, or the rest of it, was not analysed as text: the report's `inputs[].skipped`, with a
// message that names the input and, for an archive or a compressed file, the command that opens it.

import { msg, type MessageKey } from '../messages';
import type { InputSkip } from '../report';
import type { BinaryFormat } from './formats';
import { shellQuote } from '../commands/shell';

const FORMAT_MESSAGE: Record<BinaryFormat, MessageKey> = {
  gzip: 'input.format.gzip',
  zip: 'input.format.zip',
  tar: 'input.format.tar',
  zstd: 'input.format.zstd',
  xz: 'input.format.xz',
  bzip2: 'input.format.bzip2',
  '7z': 'input.format.7z',
  rar: 'input.format.rar',
  lz4: 'input.format.lz4',
  compress: 'input.format.compress',
  pdf: 'input.format.pdf',
  png: 'input.format.png',
  jpeg: 'input.format.jpeg',
  gif: 'input.format.gif',
  elf: 'input.format.elf',
  pcap: 'input.format.pcap',
  pcapng: 'input.format.pcapng',
  sqlite: 'input.format.sqlite',
  unknown: 'input.format.unknown',
};

/** Text given as a string (a paste) that is binary garbage: there is no file to run a command on. */
export function pastedBinarySkip(name: string): InputSkip {
  return {
    reason: 'binary',
    format: 'unknown',
    message: msg('input.skipped.binary', { name, what: msg('input.format.unknownText') }),
  };
}

/** `gzip` is true when the format was found inside gzip data. */
export function binarySkip(name: string, format: BinaryFormat, gzip: boolean): InputSkip {
  const file = shellQuote(name);
  if (gzip && format === 'tar')
    return {
      reason: 'binary',
      format: 'tar+gzip',
      message: msg('input.skipped.binary', { name, what: msg('input.format.tarGzip', { file }) }),
    };
  if (gzip) {
    const what = msg(FORMAT_MESSAGE[format], { file: shellQuote(name.replace(/\.gz$/i, '')) });
    return {
      reason: 'binary',
      format: `${format}+gzip`,
      message: msg('input.skipped.binaryInGzip', { name, file, what }),
    };
  }
  return {
    reason: 'binary',
    format,
    message: msg('input.skipped.binary', { name, what: msg(FORMAT_MESSAGE[format], { file }) }),
  };
}

/** The message without lines read, and the one that counts them. */
const BY_LINES: Record<'unreadable' | 'gzip-broken' | 'empty', [none: MessageKey, some: MessageKey]> = {
  unreadable: ['input.skipped.unreadable', 'input.skipped.unreadablePartial'],
  'gzip-broken': ['input.skipped.gzipBrokenAtStart', 'input.skipped.gzipBroken'],
  empty: ['input.skipped.empty', 'input.skipped.blank'],
};

/**
 * Reading failed (unreadable), the gzip data ends early or is damaged (gzip-broken), or there was no text
 * (empty), after `lines` lines (analysed, or blank for empty; 0 when none).
 */
export function lineSkip(reason: keyof typeof BY_LINES, name: string, lines: number): InputSkip {
  const [none, some] = BY_LINES[reason];
  return { reason, message: lines > 0 ? msg(some, { name, lines: count(lines) }) : msg(none, { name }) };
}

const count = (n: number): string => n.toLocaleString('en-US');
