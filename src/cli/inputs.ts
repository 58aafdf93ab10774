// The CLI's inputs as engine sources: regular files, pipes (`<(kubectl logs …)` is `/dev/fd/N`, a named
// pipe, `/dev/stdin`) and `-` for stdin, read once however often it is given. Each is opened up front,
// so an input that cannot be opened is reported by name before any analysis starts, and counted as it
// streams: a pipe's size is only known once it has been read.
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Report } from '../engine/index';
import type { EngineSource } from '../engine/pipeline';
import { msg } from '../engine/messages';
import { CliError, reasonOf, shown } from './cli-error';

export interface OpenedInput {
  source: EngineSource;
  /** bytes read so far */
  bytesRead(): number;
}

export function openInputs(files: string[]): OpenedInput[] {
  const opened: OpenedInput[] = [];
  let stdin = false;
  for (const file of files) {
    if (file !== '-') opened.push(openFile(file));
    else if (!stdin) {
      stdin = true;
      opened.push(counted('stdin', process.stdin, 0));
    }
  }
  return opened;
}

function openFile(file: string): OpenedInput {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new CliError('input', msg('cli.error.cannotRead', { file: shown(file), reason: reasonOf(e) }));
  }
  const st = fstatSync(fd);
  if (st.isDirectory()) {
    closeSync(fd);
    throw new CliError('input', msg('cli.error.isDirectory', { file: shown(file) }));
  }
  return counted(file, createReadStream(file, { fd }), st.isFile() ? st.size : 0);
}

/** The stream as the engine reads it, counting its bytes; a read error names the input. */
function counted(name: string, stream: Readable, size: number): OpenedInput {
  let bytes = 0;
  const chunks: AsyncIterator<Uint8Array> = stream[Symbol.asyncIterator]();
  const web = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) return controller.close();
        bytes += next.value.length;
        controller.enqueue(next.value);
      } catch (e) {
        controller.error(
          new CliError('input', msg('cli.error.cannotRead', { file: shown(name), reason: reasonOf(e) })),
        );
      }
    },
    cancel: () => void stream.destroy(),
  });
  return { source: { name, stream: web, size }, bytesRead: () => bytes };
}

/** The report with the bytes each input really held (the engine counts what it was told up front). */
export function withBytesRead(report: Report, opened: OpenedInput[]): Report {
  const inputs = report.inputs.map((input, i) => ({ ...input, bytes: opened[i]?.bytesRead() ?? input.bytes }));
  return { ...report, inputs, stats: { ...report.stats, bytes: inputs.reduce((n, i) => n + i.bytes, 0) } };
}
