/**
 * JSON Lines input: records read line by line from a byte stream with memory bounded by the longest
 * line accepted; a longer line is skipped (and reported), never buffered whole.
 */

/** One line: its number (from 1), and its bytes, or null when it was longer than the limit. */
export interface Line {
  number: number;
  bytes: Buffer | null;
}

/** Splits a byte stream into lines (LF or CRLF), each at most `maxBytes` long. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let number = 0;
  const finish = (): Line => {
    number += 1;
    let bytes: Buffer | null = overflow ? null : Buffer.concat(pieces, length);
    if (bytes && bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    pieces = [];
    length = 0;
    overflow = false;
    return { number, bytes };
  };
  const take = (piece: Buffer): void => {
    if (overflow) return;
    if (length + piece.length > maxBytes) {
      overflow = true;
      pieces = [];
      length = 0;
      return;
    }
    pieces.push(piece);
    length += piece.length;
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let newline = buffer.indexOf(10, from); newline >= 0; newline = buffer.indexOf(10, from)) {
      take(buffer.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    // Copy the tail: the stream may reuse its chunk.
    if (from < buffer.length) take(Buffer.from(buffer.subarray(from)));
  }
  if (length > 0 || overflow) yield finish();
}
