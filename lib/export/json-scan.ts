/**
 * Reading a JSON backup of any size in pieces: text goes in chunk by chunk (as a file is read), and out come the
 * top-level fields (`format`, `version`…) and, one by one, the rows of the top-level arrays (`articles`,
 * `mentions`…), each parsed on its own. Only one row is ever held as text, so a 200 MB backup never becomes one
 * 200 MB string or one huge object tree.
 *
 * The scanner follows the document's structure itself (the top-level object, its keys, its arrays) and hands each
 * row's text to `JSON.parse`, which checks the row's own syntax. Limits keep a crafted file from costing more than
 * a real one: rows nested deeper than {@link ScanLimits.maxDepth} and single values longer than
 * {@link ScanLimits.maxValueChars} are refused before they are parsed. Pure; no DOM.
 */

/** What the scanner reports, in document order. */
export type ScanEvent =
  /** A top-level key whose value is not an array, with that value. */
  | { kind: 'field'; key: string; value: unknown }
  /** A top-level key whose value is an array: its rows follow. */
  | { kind: 'table'; key: string }
  /** One element of the array under `key`, its position in that array, parsed. */
  | { kind: 'row'; key: string; index: number; value: unknown };

/** Why a text is no readable backup document; the UI words each. */
export type ScanProblem = 'not-json' | 'not-object' | 'too-deep' | 'too-large';

/** The text cannot be read as a backup document. `at` counts characters from the start of the text. */
export class ScanError extends Error {
  override readonly name = 'ScanError';
  constructor(
    readonly problem: ScanProblem,
    readonly at: number,
    readonly detail: string,
    /** The row being read when it happened, if any. */
    readonly row?: { key: string; index: number },
  ) {
    super(`${problem} at character ${at}: ${detail}`);
  }
}

export interface ScanLimits {
  /** Deepest nesting a row may have (the row itself is depth 1). */
  maxDepth: number;
  /** Longest text a single row or field may have, in characters. */
  maxValueChars: number;
}

/**
 * The backup's rows are at most five levels deep (a figure's value, a note's selector); a note body is at most
 * 100,000 characters and an article lists at most 5,000 entity ids, so no real row comes near 4 MB.
 */
export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxDepth: 32, maxValueChars: 4_000_000 };

const enum State {
  Start,
  /** After `{`: a key or `}`. */
  KeyOrEnd,
  /** After a comma between fields: a key only. */
  KeyNext,
  Colon,
  /** After `:`: an array (a table of rows) or any other value. */
  ValueStart,
  AfterValue,
  /** After `[`: a row or `]`. */
  RowOrEnd,
  /** After a comma between rows: a row only. */
  RowNext,
  AfterRow,
  Done,
  // Scanning a value's text:
  Key,
  Value,
  Row,
}

const QUOTE = 34;
const BACKSLASH = 92;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Incremental reader of one JSON document shaped `{ "key": value or [rows], … }`. */
export class BackupScanner {
  private buf = '';
  /** Characters dropped from the front of `buf` so far (for positions in errors). */
  private dropped = 0;
  private pos = 0;
  private state = State.Start;
  private key = '';
  private index = 0;
  /** Scanning a value: where it starts in `buf`, how deep, whether inside a string, and how far scanned. */
  private valStart = -1;
  private depth = 0;
  private inString = false;
  private scanAt = 0;

  constructor(private readonly limits: ScanLimits = DEFAULT_SCAN_LIMITS) {}

  /** Feeds the next piece of text; returns what it completed. */
  push(chunk: string): ScanEvent[] {
    // Keep only what is still needed: the value being scanned, or nothing before `pos`.
    const keep = this.valStart >= 0 ? this.valStart : this.pos;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.dropped += keep;
      this.pos -= keep;
      this.scanAt -= keep;
      if (this.valStart >= 0) this.valStart -= keep;
    }
    if (this.dropped === 0 && this.buf.length === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    this.buf += chunk;
    const out: ScanEvent[] = [];
    this.run(out, false);
    return out;
  }

  /** Ends the text: anything still open is an error. */
  end(): ScanEvent[] {
    const out: ScanEvent[] = [];
    this.run(out, true);
    if (this.state !== State.Done) throw this.fail('not-json', this.dropped + this.buf.length, 'the file ends before the backup does');
    return out;
  }

  private fail(problem: ScanProblem, at: number, detail: string): ScanError {
    const inRow = this.state === State.Row || this.state === State.RowOrEnd || this.state === State.RowNext || this.state === State.AfterRow;
    return new ScanError(problem, at, detail, inRow ? { key: this.key, index: this.index } : undefined);
  }

  private unexpected(what: string): ScanError {
    const c = this.buf[this.pos];
    return this.fail('not-json', this.dropped + this.pos, `expected ${what}, found ${c === undefined ? 'the end' : JSON.stringify(c)}`);
  }

  private run(out: ScanEvent[], final: boolean): void {
    const buf = this.buf;
    for (;;) {
      if (this.state >= State.Key) {
        const text = this.scanValue(final);
        if (text === null) return;
        this.complete(text, out);
        continue;
      }
      while (this.pos < buf.length && isSpace(buf.charCodeAt(this.pos))) this.pos++;
      if (this.pos >= buf.length) return;
      const c = buf[this.pos];
      switch (this.state) {
        case State.Start:
          if (c !== '{') throw this.fail('not-object', this.dropped + this.pos, 'a backup is a JSON object');
          this.pos++;
          this.state = State.KeyOrEnd;
          break;
        case State.KeyOrEnd:
        case State.KeyNext:
          if (c === '"') this.startValue(State.Key);
          else if (c === '}' && this.state === State.KeyOrEnd) {
            this.pos++;
            this.state = State.Done;
          } else throw this.unexpected('a key');
          break;
        case State.Colon:
          if (c !== ':') throw this.unexpected('":"');
          this.pos++;
          this.state = State.ValueStart;
          break;
        case State.ValueStart:
          if (c === '[') {
            this.pos++;
            this.index = 0;
            this.state = State.RowOrEnd;
            out.push({ kind: 'table', key: this.key });
          } else this.startValue(State.Value);
          break;
        case State.AfterValue:
          if (c === ',') {
            this.pos++;
            this.state = State.KeyNext;
          } else if (c === '}') {
            this.pos++;
            this.state = State.Done;
          } else throw this.unexpected('"," or "}"');
          break;
        case State.RowOrEnd:
        case State.RowNext:
          if (c === ']' && this.state === State.RowOrEnd) {
            this.pos++;
            this.state = State.AfterValue;
          } else if (c === ']') throw this.unexpected('a row');
          else this.startValue(State.Row);
          break;
        case State.AfterRow:
          if (c === ',') {
            this.pos++;
            this.state = State.RowNext;
          } else if (c === ']') {
            this.pos++;
            this.state = State.AfterValue;
          } else throw this.unexpected('"," or "]"');
          break;
        case State.Done:
          throw this.unexpected('nothing after the backup');
      }
    }
  }

  private startValue(state: State): void {
    this.state = state;
    this.valStart = this.pos;
    this.scanAt = this.pos;
    this.depth = 0;
    this.inString = false;
  }

  /**
   * Scans the value starting at `valStart` as far as the buffer goes; its text once complete, else null (more
   * text is needed). Strings are skipped with `indexOf`, so long note bodies cost little.
   */
  private scanValue(final: boolean): string | null {
    const buf = this.buf;
    const n = buf.length;
    let i = this.scanAt;
    let done = false;
    const first = buf.charCodeAt(this.valStart);
    const compound = first === 123 || first === 91; // { [
    const scalarString = first === QUOTE;
    while (i < n && !done) {
      if (this.inString || (scalarString && i === this.valStart)) {
        if (!this.inString) {
          this.inString = true;
          i++;
        }
        const q = buf.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        let bs = 0;
        // Counted back to the value's start, not to `i`: an escaping backslash may end the previous chunk.
        for (let k = q - 1; k > this.valStart && buf.charCodeAt(k) === BACKSLASH; k--) bs++;
        i = q + 1;
        if (bs % 2 === 1) continue;
        this.inString = false;
        if (!compound) done = true;
        else if (this.depth === 0) done = true;
        continue;
      }
      const c = buf.charCodeAt(i);
      if (compound) {
        if (c === QUOTE) {
          this.inString = true;
          i++;
          continue;
        }
        if (c === 123 || c === 91) {
          this.depth++;
          if (this.depth > this.limits.maxDepth) {
            throw this.fail('too-deep', this.dropped + i, `a value nests more than ${this.limits.maxDepth} levels deep`);
          }
        } else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0) done = true;
        }
        i++;
      } else {
        // A number or literal ends at the next delimiter.
        if (c === 44 || c === 125 || c === 93 || isSpace(c)) {
          done = true;
          break;
        }
        i++;
      }
    }
    if (i - this.valStart > this.limits.maxValueChars) {
      throw this.fail('too-large', this.dropped + this.valStart, `a single value is longer than ${this.limits.maxValueChars} characters`);
    }
    this.scanAt = i;
    if (!done && !(final && !compound && !scalarString && !this.inString && i > this.valStart)) return null;
    const text = buf.slice(this.valStart, i);
    this.pos = i;
    this.valStart = -1;
    return text;
  }

  private complete(text: string, out: ScanEvent[]): void {
    let value: unknown;
    const at = this.dropped + this.pos - text.length;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw this.fail('not-json', at, e instanceof Error ? e.message : String(e));
    }
    switch (this.state) {
      case State.Key:
        this.key = value as string;
        this.state = State.Colon;
        break;
      case State.Value:
        out.push({ kind: 'field', key: this.key, value });
        this.state = State.AfterValue;
        break;
      case State.Row:
        out.push({ kind: 'row', key: this.key, index: this.index, value });
        this.index++;
        this.state = State.AfterRow;
        break;
    }
  }
}
