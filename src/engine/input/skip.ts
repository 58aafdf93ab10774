// Why an input, or the rest of it, was not analysed as text: the report's `inputs[].skipped`, with a
// message that names the input and, for an archive or a compressed file, the command that opens it.

import { msg, type MessageKey } from '../messages.ts';
import type { InputSkip } from '../report.ts';
import type { BinaryFormat } from './formats.ts';
import { shellQuote } from './shell-quote.ts';

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

/** Reading failed after `lines` lines were analysed (0: before any). */
export function unreadableSkip(name: string, lines: number): InputSkip {
  return {
    reason: 'unreadable',
    message:
      lines > 0
        ? msg('input.skipped.unreadablePartial', { name, lines: count(lines) })
        : msg('input.skipped.unreadable', { name }),
  };
}

/** The gzip data ends early or is damaged; `lines` lines before the break were analysed. */
export function gzipSkip(name: string, lines: number): InputSkip {
  return {
    reason: 'gzip-broken',
    message:
      lines > 0
        ? msg('input.skipped.gzipBroken', { name, lines: count(lines) })
        : msg('input.skipped.gzipBrokenAtStart', { name }),
  };
}

/** No bytes at all, or `lines` lines of whitespace. */
export function emptySkip(name: string, lines: number): InputSkip {
  return {
    reason: 'empty',
    message:
      lines > 0 ? msg('input.skipped.blank', { name, lines: count(lines) }) : msg('input.skipped.empty', { name }),
  };
}

const count = (n: number): string => n.toLocaleString('en-US');
