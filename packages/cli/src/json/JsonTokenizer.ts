// Private: tokenizing for the streaming JSON reader.
import type { JsonExpectation } from './JsonExpectation';
import { createStringOwner } from './ownString';
import type { TextPosition } from './TextPosition';

/** The token being read: none between tokens. */
export type JsonTokenKind = 'none' | 'string' | 'number' | 'literal';

/** What one step of a token gave: nothing yet, a complete value, or a syntax error. */
export type JsonTokenStep = 'pending' | 'done' | 'error';

/** A syntax error inside a token, at the offending character (a bad number: at its start). */
export interface JsonTokenError {
  found: string;
  expected: JsonExpectation;
  line: number;
  column: number;
}

// Escape states inside a string.
const ESCAPE_NONE = 0;
const ESCAPE_BACKSLASH = 1;
const ESCAPE_HEX = 2;

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

// Linear: no nested quantifiers. Checked once per number token.
const NUMBER_SHAPE = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

function isNumberChar(c: string): boolean {
  return (c >= '0' && c <= '9') || c === '-' || c === '+' || c === '.' || c === 'e' || c === 'E';
}

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/**
 * Reads the tokens of JSON that carry a value — strings (with their escapes), numbers and the
 * literals `true`, `false`, `null` — one character at a time, so that a token may be split across
 * any number of chunks. Strings are returned owned (see `ownString`), never as views into a chunk.
 * Structure (brackets, commas, colons) is not its business: see `JsonValueBuilder`.
 */
export class JsonTokenizer {
  /** The token being read. */
  kind: JsonTokenKind = 'none';
  /** Whether the string being read is a property name. */
  isKey = false;
  /** The last syntax error, after a step returned `'error'`. */
  error: JsonTokenError | undefined;
  readonly #position: TextPosition;
  // Where the token started (a bad number is reported there).
  #line = 1;
  #column = 1;
  #text = '';
  #value: unknown;
  #escape = ESCAPE_NONE;
  #hex = '';
  #literal = '';
  #matched = 0;
  readonly #own = createStringOwner();

  /** A tokenizer that reads the position of each character from `position`. */
  constructor(position: TextPosition) {
    this.#position = position;
  }

  /** Starts the property name whose opening quote is the current character. */
  startKey(): void {
    this.#start('string');
    this.isKey = true;
  }

  /**
   * Starts the string, number or literal that the current character `c` begins.
   * Returns false, starting nothing, when no value token begins with `c`.
   */
  startValue(c: string): boolean {
    if (c === '"') {
      this.#start('string');
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      this.#start('number');
      this.#text = c;
    } else if (c === 't' || c === 'f' || c === 'n') {
      this.#start('literal');
      this.#literal = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      this.#matched = 1;
    } else {
      return false;
    }
    this.isKey = false;
    return true;
  }

  /**
   * Inside a string: takes the run of plain characters (no quote, backslash or control
   * character) that starts at `chunk[i]`, in one slice. Returns the index after the run: `i` when
   * `chunk[i]` is not plain or an escape is under way (then it goes to {@link stringChar}).
   */
  readPlainRun(chunk: string, i: number): number {
    if (this.#escape !== ESCAPE_NONE) return i;
    const length = chunk.length;
    let j = i;
    while (j < length) {
      const d = chunk[j]!;
      if (d === '"' || d === '\\' || d < ' ') break;
      j++;
    }
    if (j > i) this.#text += chunk.slice(i, j);
    return j;
  }

  /** Inside a string: one character that {@link readPlainRun} did not take. */
  stringChar(c: string): JsonTokenStep {
    if (this.#escape === ESCAPE_NONE) {
      if (c === '"') {
        this.kind = 'none';
        this.#value = this.#own(this.#text);
        this.#text = '';
        return 'done';
      }
      if (c === '\\') {
        this.#escape = ESCAPE_BACKSLASH;
        return 'pending';
      }
      // Only control characters reach here (readPlainRun takes the rest).
      return this.#fail(c, 'string-end');
    }
    if (this.#escape === ESCAPE_BACKSLASH) {
      if (c === 'u') {
        this.#escape = ESCAPE_HEX;
        this.#hex = '';
        return 'pending';
      }
      const replacement = ESCAPES[c];
      if (replacement === undefined) return this.#fail(c, 'escape');
      this.#text += replacement;
      this.#escape = ESCAPE_NONE;
      return 'pending';
    }
    if (!isHexDigit(c)) return this.#fail(c, 'hex-digit');
    this.#hex += c;
    if (this.#hex.length === 4) {
      this.#text += String.fromCharCode(Number.parseInt(this.#hex, 16));
      this.#escape = ESCAPE_NONE;
    }
    return 'pending';
  }

  /** Inside a number: takes `c` when it can be part of a number; false when the number ended before it. */
  appendNumberChar(c: string): boolean {
    if (!isNumberChar(c)) return false;
    this.#text += c;
    return true;
  }

  /** Ends the number being read (the next character, or the input, ended it) and checks its shape. */
  finishNumber(): JsonTokenStep {
    this.kind = 'none';
    const text = this.#text;
    this.#text = '';
    // Reported at the number's start: "01", "1.", "-" and "1e" are all wrong as a whole.
    if (!NUMBER_SHAPE.test(text)) return this.#fail(text, 'number', this.#line, this.#column);
    this.#value = Number(text);
    return 'done';
  }

  /** Inside a literal: the next character of `true`, `false` or `null`. */
  literalChar(c: string): JsonTokenStep {
    if (c !== this.#literal[this.#matched]) return this.#fail(c, 'literal');
    this.#matched++;
    if (this.#matched < this.#literal.length) return 'pending';
    this.kind = 'none';
    this.#value = this.#literal === 'true' ? true : this.#literal === 'false' ? false : null;
    return 'done';
  }

  /** The value of the token completed by the last step (not kept: a 10 MB string is not held). */
  takeValue(): unknown {
    const value = this.#value;
    this.#value = undefined;
    return value;
  }

  /** What the input lacks when it ends inside a string or a literal; undefined between tokens. */
  unfinished(): JsonExpectation | undefined {
    if (this.kind === 'string') return this.#escape === ESCAPE_HEX ? 'hex-digit' : 'string-end';
    if (this.kind === 'literal') return 'literal';
    return undefined;
  }

  /** Drops the token being read (recovery after a syntax error). */
  reset(): void {
    this.kind = 'none';
    this.#text = '';
    this.#escape = ESCAPE_NONE;
  }

  #start(kind: JsonTokenKind): void {
    this.kind = kind;
    this.#line = this.#position.line;
    this.#column = this.#position.column;
    this.#text = '';
  }

  #fail(found: string, expected: JsonExpectation, line = this.#position.line, column = this.#position.column) {
    this.error = { found, expected, line, column };
    return 'error' as const;
  }
}
