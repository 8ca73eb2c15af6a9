import { Writable } from 'node:stream';

/** A stream that says it is a terminal (100 columns) and keeps what is written to it. */
export function terminal(): Writable & { isTTY: boolean; columns: number; written: string } {
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      stream.written += String(chunk);
      callback();
    },
  }) as Writable & { isTTY: boolean; columns: number; written: string };
  stream.isTTY = true;
  stream.columns = 100;
  stream.written = '';
  return stream;
}
