/**
 * CSV lines built as UTF-8 bytes in one growing Buffer, field by field, for the bulk writer
 * (bulk.ts). Building each line as strings (a string per field, per line and per batch, then encoded
 * in one go) made most of that writer's garbage and a seventh of its time.
 *
 * The bytes are those of the same text encoded as UTF-8 (Buffer.from(text)), lone surrogates
 * included (U+FFFD, as Buffer writes them).
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
/** Texts up to this length are copied by a loop while they are ASCII; longer ones by Buffer's encoder, which costs a call. */
const SHORT = 32;

export class CsvBytes {
  private buf: Buffer;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** The bytes written so far: to be written out before clear(), as the buffer is then reused. */
  bytes(): Buffer {
    return this.buf.subarray(0, this.length);
  }

  /** Start again at the beginning of the same buffer (its pages are already the process's: a new one would fault them in again). */
  clear(): void {
    this.length = 0;
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  comma(): void {
    this.room(1);
    this.buf[this.length++] = COMMA;
  }

  /** `n` commas: the empty fields before a value, and its separator (mostly one: Buffer.fill would cost a call). */
  commas(n: number): void {
    this.room(n);
    for (let i = 0; i < n; i++) this.buf[this.length++] = COMMA;
  }

  newline(): void {
    this.room(1);
    this.buf[this.length++] = NEWLINE;
  }

  /** A whole number from 0 up, in decimal (as String gives it). */
  natural(n: number): void {
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    this.room(digits);
    let at = (this.length += digits);
    do {
      this.buf[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** Bytes encoded once (a label's field, say). */
  encoded(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** A text as it is (already a field, or a number's or boolean's String). */
  raw(s: string): void {
    this.room(s.length * 3);
    if (s.length > SHORT || !this.copyAscii(s)) this.length += this.buf.write(s, this.length);
  }

  /** A text as its quoted field (csvText's bytes); returns the field's length in characters. */
  text(s: string): number {
    this.quote();
    const length = this.inner(s);
    this.quote();
    return length + 2;
  }

  /**
   * A list of texts as one quoted field (csvField's bytes for a list): the items, their quotes
   * doubled, with the byte `delimiter` between them; returns the field's length in characters.
   */
  list(items: readonly string[], delimiter: number): number {
    this.quote();
    let length = 2;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) {
        this.room(1);
        this.buf[this.length++] = delimiter;
        length++;
      }
      length += this.inner(items[i]!);
    }
    this.quote();
    return length;
  }

  private quote(): void {
    this.room(1);
    this.buf[this.length++] = QUOTE;
  }

  /** A text inside quotes: its own quotes doubled. Returns its length so, in characters. */
  private inner(s: string): number {
    const inner = s.indexOf('"') === -1 ? s : s.replaceAll('"', '""');
    this.room(inner.length * 3);
    if (inner.length > SHORT || !this.copyAscii(inner)) this.length += this.buf.write(inner, this.length);
    return inner.length;
  }

  /** Copy an ASCII text byte for byte; false, with nothing written, at its first other character. */
  private copyAscii(s: string): boolean {
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return false;
      buf[at++] = c;
    }
    this.length = at;
    return true;
  }
}
