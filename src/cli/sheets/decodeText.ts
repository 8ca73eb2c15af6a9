import { FairdrawError } from '../../model/FairdrawError.js';

// The text of a CSV file as Excel writes it: "CSV UTF-8" (with a byte-order mark), plain UTF-8, or, on
// a Chinese Windows, "CSV (comma delimited)" in the system's code page, GB18030 (GBK's superset).

/**
 * Decodes the bytes of a text file: UTF-8 after a UTF-8 byte-order mark (which is dropped); else
 * UTF-8 when the bytes are valid UTF-8; else GB18030, which Excel writes on a Chinese Windows (Node
 * reads it with its full ICU). A file that is neither, or UTF-16 ("Unicode text"), is refused.
 *
 * @param bytes - the whole file.
 * @param file - the file's name, which errors name.
 * @throws {FairdrawError} `invalid-input` naming the file, when it is not UTF-8 or GB18030 text.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictly('utf-8', bytes.subarray(3), file);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FairdrawError('invalid-input', file, (t) => t.sheet.utf16);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return strictly('gb18030', bytes, file);
  }
}

/** The bytes decoded in `encoding`, or the error naming the file when they are not valid in it. */
function strictly(encoding: 'utf-8' | 'gb18030', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new FairdrawError('invalid-input', file, (t) =>
      encoding === 'utf-8' ? t.sheet.badUtf8 : t.sheet.notText,
    );
  }
}
