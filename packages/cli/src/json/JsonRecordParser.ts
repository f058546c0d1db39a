import { createStringOwner } from './ownString';

/**
 * What the parser wanted when it met something else. Messages are chosen per locale by
 * `formatJsonSyntaxError`, so the parser stays language-free.
 *
 * @example
 * ```ts
 * const expected: JsonExpectation = 'comma-or-close-object';
 * ```
 * @category JSON streaming
 */
export type JsonExpectation =
  | 'value'
  | 'value-or-close-array'
  | 'comma-or-close-array'
  | 'key'
  | 'key-or-close-object'
  | 'colon'
  | 'comma-or-close-object'
  | 'end'
  | 'string-end'
  | 'escape'
  | 'hex-digit'
  | 'literal'
  | 'number';

/**
 * One complete record: an element of a top-level array, or one top-level value of a single JSON
 * document or an NDJSON stream. `line` and `column` (1-based) are where the record starts.
 *
 * @example
 * ```ts
 * const record: JsonRecord = { type: 'record', value: { id: 'a' }, line: 2, column: 3, index: 0 };
 * ```
 * @category JSON streaming
 */
export interface JsonRecord {
  /** Discriminant. */
  type: 'record';
  /** The parsed value, equal to what `JSON.parse` gives for the same text. */
  value: unknown;
  /** Line where the record starts (1-based). */
  line: number;
  /** Column where the record starts (1-based, in UTF-16 code units). */
  column: number;
  /** Position of the record in the input (0-based). */
  index: number;
  /**
   * With the `locate` option: where each value inside the record starts, keyed by
   * `JSON.stringify(path)` of its path from the record's root (`'["people",0,"rank"]'`).
   */
  locations?: ReadonlyMap<string, { line: number; column: number }>;
}

/**
 * A syntax error at a located character. `found` is the offending character, or `undefined` at the
 * end of the input. `recovered` says whether parsing resumed at the next line (NDJSON) or stopped.
 *
 * @example
 * ```ts
 * const error: JsonSyntaxError = { type: 'syntax-error', line: 3, column: 14, found: ',', expected: 'value', recovered: false };
 * ```
 * @category JSON streaming
 */
export interface JsonSyntaxError {
  /** Discriminant. */
  type: 'syntax-error';
  /** Line of the offending character (1-based). */
  line: number;
  /** Column of the offending character (1-based). */
  column: number;
  /** The offending character, or `undefined` when the input ended too early. */
  found: string | undefined;
  /** What would have been valid there. */
  expected: JsonExpectation;
  /** True when parsing resumed at the next line; false when the rest of the input is skipped. */
  recovered: boolean;
}

/**
 * What {@link JsonRecordParser} emits.
 *
 * @example
 * ```ts
 * const item: JsonStreamItem = { type: 'record', value: 1, line: 1, column: 1, index: 0 };
 * ```
 * @category JSON streaming
 */
export type JsonStreamItem = JsonRecord | JsonSyntaxError;

/**
 * Options of {@link JsonRecordParser}.
 *
 * @example
 * ```ts
 * const options: JsonRecordParserOptions = { lineDelimited: true };
 * ```
 * @category JSON streaming
 */
export interface JsonRecordParserOptions {
  /**
   * The input is known to be NDJSON (e.g. a `.ndjson` or `.jsonl` file): a top-level array is one
   * record rather than a stream of its elements, and after a syntax error parsing resumes at the
   * next line. Without it, the parser resumes only once the input has shown itself to
   * be line-delimited (a complete single-line top-level value followed by another).
   */
  lineDelimited?: boolean;
  /**
   * Record where each value inside a record starts (see {@link JsonRecord.locations}), so that
   * issues found later can be given a line. Costs memory in proportion to the record, not the input;
   * values more than 64 levels inside the record are not located, and in a record of more than
   * 50 000 values only its first 50 000 and its items (`events[7]`) are.
   */
  locate?: boolean;
}

/**
 * Longest path (from the record) of a value whose location is recorded: `@kamtibmas/validators`
 * MAX_DEPTH, so even the path of a too_deep issue gets its exact position.
 */
const MAX_LOCATED_DEPTH = 64;

/**
 * How many values of one record are located. Each location costs its path as a string and an
 * entry (about 200 bytes): a 118 MB dataset of 4 million values took 870 MB for its locations
 * alone. Past this budget only the record's items (`events[7]`, `units[2]`) are located, and an
 * issue inside them is reported at its item's position.
 */
const MAX_LOCATED_VALUES = 50_000;
const MAX_ALWAYS_LOCATED_DEPTH = 2;

// Expectation states between tokens.
const EXPECT_TOP = 0; // before a top-level value (or between NDJSON values)
const EXPECT_VALUE = 1;
const EXPECT_VALUE_OR_CLOSE_ARRAY = 2;
const EXPECT_COMMA_OR_CLOSE_ARRAY = 3;
const EXPECT_KEY = 4;
const EXPECT_KEY_OR_CLOSE_OBJECT = 5;
const EXPECT_COLON = 6;
const EXPECT_COMMA_OR_CLOSE_OBJECT = 7;
const EXPECT_END = 8; // after the closing bracket of a top-level array

// Token in progress (tokens may span chunks).
const TOKEN_NONE = 0;
const TOKEN_STRING = 1;
const TOKEN_NUMBER = 2;
const TOKEN_LITERAL = 3;

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

type Frame =
  | { kind: 'array'; value: unknown[] | null } // null: the streamed top-level array, never built
  | { kind: 'object'; value: Record<string, unknown>; key: string };

function isNumberChar(c: string): boolean {
  return (c >= '0' && c <= '9') || c === '-' || c === '+' || c === '.' || c === 'e' || c === 'E';
}

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  // `target.__proto__ = …` would change the prototype; JSON.parse makes an own property instead.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * An incremental JSON parser that turns text chunks into records without holding the whole input:
 * a top-level array is streamed element by element, and a sequence of top-level values (one JSON
 * document, or NDJSON) value by value. It tracks line and column, never throws on bad input (it
 * emits a {@link JsonSyntaxError}) and uses no recursion, so deep nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * const parser = new JsonRecordParser();
 * parser.write('[{"a":1},\n {"a"');
 * //=> [{ type: 'record', value: { a: 1 }, line: 1, column: 2, index: 0 }]
 * parser.write(':2}]');
 * //=> [{ type: 'record', value: { a: 2 }, line: 2, column: 2, index: 1 }]
 * parser.end();
 * //=> []
 * ```
 * @category JSON streaming
 */
export class JsonRecordParser {
  readonly #lineDelimited: boolean;
  readonly #locate: boolean;
  #locations: Map<string, { line: number; column: number }> | undefined;
  #line = 1;
  #column = 1;
  #expect = EXPECT_TOP;
  #stack: Frame[] = [];
  #mode: 'unknown' | 'array' | 'sequence' = 'unknown';
  #index = 0;
  #out: JsonStreamItem[] = [];
  // Start of the record being read.
  #recordLine = 1;
  #recordColumn = 1;
  // Whether every top-level value so far started and ended on one line (NDJSON evidence).
  #completedTopLevel = 0;
  #allSingleLine = true;
  // Fatal error seen: ignore the rest. Skipping: recovering to the next line.
  #failed = false;
  #skipping = false;
  // Token state.
  #token = TOKEN_NONE;
  #tokenLine = 1;
  #tokenColumn = 1;
  #text = '';
  #isKey = false;
  #escape = ESCAPE_NONE;
  #hex = '';
  #literal = '';
  #literalMatched = 0;
  readonly #own = createStringOwner();
  // Values located in the current record (see MAX_LOCATED_VALUES).
  #located = 0;

  /**
   * Creates a parser.
   *
   * @param options - See {@link JsonRecordParserOptions}.
   * @returns A parser ready for {@link JsonRecordParser.write}.
   * @example
   * ```ts
   * new JsonRecordParser({ lineDelimited: true });
   * ```
   */
  constructor(options: JsonRecordParserOptions = {}) {
    this.#lineDelimited = options.lineDelimited ?? false;
    this.#locate = options.locate ?? false;
  }

  /**
   * Feeds the next chunk of text.
   *
   * @param chunk - Any slice of the input; tokens may be split across chunks.
   * @returns The records and errors completed by this chunk.
   * @example
   * ```ts
   * new JsonRecordParser().write('{"a":1}\n{"a":2}\n');
   * //=> [{ type: 'record', value: { a: 1 }, … }, { type: 'record', value: { a: 2 }, line: 2, … }]
   * ```
   */
  write(chunk: string): JsonStreamItem[] {
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const c = chunk[i]!;
      if (this.#failed) break;
      if (this.#skipping) {
        if (c === '\n') this.#skipping = false;
      } else if (this.#token === TOKEN_STRING) {
        // Fast path: copy a run of plain characters in one slice.
        if (this.#escape === ESCAPE_NONE && c !== '"' && c !== '\\' && c >= ' ') {
          let j = i + 1;
          while (j < length) {
            const d = chunk[j]!;
            if (d === '"' || d === '\\' || d < ' ') break;
            j++;
          }
          this.#text += chunk.slice(i, j);
          this.#column += j - i;
          i = j - 1;
          continue;
        }
        this.#stringChar(c);
      } else if (this.#token === TOKEN_NUMBER && isNumberChar(c)) {
        this.#text += c;
      } else if (this.#token === TOKEN_LITERAL) {
        this.#literalChar(c);
      } else {
        if (this.#token === TOKEN_NUMBER) this.#finishNumber();
        if (this.#skipping) {
          // A bad number may end at the newline that also ends the bad line.
          if (c === '\n') this.#skipping = false;
        } else if (!this.#failed) {
          this.#structural(c);
        }
      }
      if (c === '\n') {
        this.#line++;
        this.#column = 1;
      } else {
        this.#column++;
      }
    }
    return this.#drain();
  }

  /**
   * Signals the end of the input.
   *
   * @returns The last records and, when the input stopped inside a value, a syntax error.
   * @example
   * ```ts
   * const parser = new JsonRecordParser();
   * parser.write('{"a":');
   * parser.end();
   * //=> [{ type: 'syntax-error', line: 1, column: 6, found: undefined, expected: 'value', recovered: false }]
   * ```
   */
  end(): JsonStreamItem[] {
    if (!this.#failed && !this.#skipping) {
      if (this.#token === TOKEN_NUMBER) this.#finishNumber();
      if (this.#failed) return this.#drain();
      if (this.#token === TOKEN_STRING) {
        this.#fail(undefined, this.#escape === ESCAPE_HEX ? 'hex-digit' : 'string-end', true);
      } else if (this.#token === TOKEN_LITERAL) {
        this.#fail(undefined, 'literal', true);
      } else if (this.#mode === 'unknown') {
        this.#fail(undefined, 'value', true);
      } else if (this.#stack.length > 0) {
        this.#fail(undefined, this.#expectation(), true);
      }
    }
    this.#failed = true;
    return this.#drain();
  }

  #drain(): JsonStreamItem[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }

  #expectation(): JsonExpectation {
    switch (this.#expect) {
      case EXPECT_VALUE_OR_CLOSE_ARRAY:
        return 'value-or-close-array';
      case EXPECT_COMMA_OR_CLOSE_ARRAY:
        return 'comma-or-close-array';
      case EXPECT_KEY:
        return 'key';
      case EXPECT_KEY_OR_CLOSE_OBJECT:
        return 'key-or-close-object';
      case EXPECT_COLON:
        return 'colon';
      case EXPECT_COMMA_OR_CLOSE_OBJECT:
        return 'comma-or-close-object';
      case EXPECT_END:
        return 'end';
      default:
        return 'value';
    }
  }

  #fail(
    found: string | undefined,
    expected: JsonExpectation,
    atEnd = false,
    line = this.#line,
    column = this.#column,
  ): void {
    const recover =
      !atEnd &&
      this.#mode === 'sequence' &&
      (this.#lineDelimited || (this.#completedTopLevel > 0 && this.#allSingleLine));
    this.#out.push({ type: 'syntax-error', line, column, found, expected, recovered: recover });
    this.#index++;
    if (recover) {
      this.#resetToTop();
      // The offending character may itself be the newline that ends the bad line.
      this.#skipping = found !== '\n';
    } else {
      this.#failed = true;
    }
  }

  #resetToTop(): void {
    this.#locations = undefined;
    this.#stack = [];
    this.#expect = EXPECT_TOP;
    this.#token = TOKEN_NONE;
    this.#text = '';
    this.#escape = ESCAPE_NONE;
  }

  #isRecordStart(): boolean {
    const depth = this.#stack.length;
    return this.#mode === 'array' ? depth === 1 && this.#stack[0]!.value === null : depth === 0;
  }

  #startToken(kind: number): void {
    this.#token = kind;
    this.#tokenLine = this.#line;
    this.#tokenColumn = this.#column;
    this.#text = '';
  }

  #structural(c: string): void {
    if (c === '\n' && this.#lineDelimited && this.#stack.length > 0) {
      // In NDJSON a value never spans lines: the line ended inside one.
      this.#fail(c, this.#expectation());
      return;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return;
    switch (this.#expect) {
      case EXPECT_TOP:
        if (this.#mode === 'unknown') {
          // Known NDJSON: a line that is an array is one record, not a stream of elements.
          if (c === '[' && !this.#lineDelimited) {
            this.#mode = 'array';
            this.#stack.push({ kind: 'array', value: null });
            this.#expect = EXPECT_VALUE_OR_CLOSE_ARRAY;
            return;
          }
          this.#mode = 'sequence';
        }
        this.#startValue(c);
        return;
      case EXPECT_VALUE:
        this.#startValue(c);
        return;
      case EXPECT_VALUE_OR_CLOSE_ARRAY:
        if (c === ']') this.#closeContainer();
        else this.#startValue(c);
        return;
      case EXPECT_COMMA_OR_CLOSE_ARRAY:
        if (c === ',') this.#expect = EXPECT_VALUE;
        else if (c === ']') this.#closeContainer();
        else this.#fail(c, 'comma-or-close-array');
        return;
      case EXPECT_KEY:
      case EXPECT_KEY_OR_CLOSE_OBJECT:
        if (c === '"') {
          this.#startToken(TOKEN_STRING);
          this.#isKey = true;
        } else if (c === '}' && this.#expect === EXPECT_KEY_OR_CLOSE_OBJECT) {
          this.#closeContainer();
        } else {
          this.#fail(c, this.#expectation());
        }
        return;
      case EXPECT_COLON:
        if (c === ':') this.#expect = EXPECT_VALUE;
        else this.#fail(c, 'colon');
        return;
      case EXPECT_COMMA_OR_CLOSE_OBJECT:
        if (c === ',') this.#expect = EXPECT_KEY;
        else if (c === '}') this.#closeContainer();
        else this.#fail(c, 'comma-or-close-object');
        return;
      default:
        this.#fail(c, 'end');
    }
  }

  #startValue(c: string): void {
    if (this.#isRecordStart()) {
      this.#recordLine = this.#line;
      this.#recordColumn = this.#column;
      if (this.#locate) this.#locations = new Map();
      this.#located = 0;
    }
    // Only values at most MAX_LOCATED_DEPTH levels deep are located: each location costs its path, so
    // locating every value of a record nested 100 000 deep took time and memory in the square of
    // the depth (minutes, then out of memory). The validators refuse anything deeper than their
    // MAX_DEPTH (64) with one too_deep issue, which locateIssue places at the nearest located value.
    // In a record of more than MAX_LOCATED_VALUES values, only the record's items (depth ≤ 2:
    // `events[7]`) are located past the budget; an issue deeper inside takes its item's position.
    const depth = this.#stack.length - (this.#mode === 'array' ? 1 : 0);
    if (
      this.#locations !== undefined &&
      depth <= MAX_LOCATED_DEPTH &&
      (this.#located < MAX_LOCATED_VALUES || depth <= MAX_ALWAYS_LOCATED_DEPTH)
    ) {
      this.#located++;
      this.#locations.set(this.#currentPath(), { line: this.#line, column: this.#column });
    }
    if (c === '{') {
      this.#stack.push({ kind: 'object', value: {}, key: '' });
      this.#expect = EXPECT_KEY_OR_CLOSE_OBJECT;
    } else if (c === '[') {
      this.#stack.push({ kind: 'array', value: [] });
      this.#expect = EXPECT_VALUE_OR_CLOSE_ARRAY;
    } else if (c === '"') {
      this.#startToken(TOKEN_STRING);
      this.#isKey = false;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      this.#startToken(TOKEN_NUMBER);
      this.#text = c;
    } else if (c === 't' || c === 'f' || c === 'n') {
      this.#startToken(TOKEN_LITERAL);
      this.#literal = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      this.#literalMatched = 1;
    } else {
      this.#fail(c, this.#expect === EXPECT_VALUE_OR_CLOSE_ARRAY ? 'value-or-close-array' : 'value');
    }
  }

  #currentPath(): string {
    const path: (string | number)[] = [];
    for (let depth = this.#mode === 'array' ? 1 : 0; depth < this.#stack.length; depth++) {
      const frame = this.#stack[depth]!;
      path.push(frame.kind === 'object' ? frame.key : frame.value!.length);
    }
    return JSON.stringify(path);
  }

  #emitRecord(value: unknown): void {
    const record: JsonRecord = {
      type: 'record',
      value,
      line: this.#recordLine,
      column: this.#recordColumn,
      index: this.#index,
    };
    if (this.#locations !== undefined) {
      record.locations = this.#locations;
      this.#locations = undefined;
    }
    this.#out.push(record);
    this.#index++;
  }

  #stringChar(c: string): void {
    if (this.#escape === ESCAPE_NONE) {
      if (c === '"') {
        this.#token = TOKEN_NONE;
        const text = this.#own(this.#text);
        this.#text = '';
        if (this.#isKey) {
          (this.#stack[this.#stack.length - 1] as { key: string }).key = text;
          this.#expect = EXPECT_COLON;
        } else {
          this.#completeValue(text);
        }
      } else if (c === '\\') {
        this.#escape = ESCAPE_BACKSLASH;
      } else {
        // Only control characters reach here (the fast path takes the rest).
        this.#fail(c, 'string-end');
      }
    } else if (this.#escape === ESCAPE_BACKSLASH) {
      if (c === 'u') {
        this.#escape = ESCAPE_HEX;
        this.#hex = '';
      } else {
        const replacement = ESCAPES[c];
        if (replacement === undefined) {
          this.#fail(c, 'escape');
        } else {
          this.#text += replacement;
          this.#escape = ESCAPE_NONE;
        }
      }
    } else if (isHexDigit(c)) {
      this.#hex += c;
      if (this.#hex.length === 4) {
        this.#text += String.fromCharCode(Number.parseInt(this.#hex, 16));
        this.#escape = ESCAPE_NONE;
      }
    } else {
      this.#fail(c, 'hex-digit');
    }
  }

  #literalChar(c: string): void {
    if (c !== this.#literal[this.#literalMatched]) {
      this.#fail(c, 'literal');
      return;
    }
    this.#literalMatched++;
    if (this.#literalMatched === this.#literal.length) {
      this.#token = TOKEN_NONE;
      this.#completeValue(this.#literal === 'true' ? true : this.#literal === 'false' ? false : null);
    }
  }

  #finishNumber(): void {
    this.#token = TOKEN_NONE;
    const text = this.#text;
    this.#text = '';
    if (!NUMBER_SHAPE.test(text)) {
      // Report at the number's start: "01", "1.", "-" and "1e" are all wrong as a whole.
      this.#fail(text, 'number', false, this.#tokenLine, this.#tokenColumn);
      return;
    }
    this.#completeValue(Number(text));
  }

  #closeContainer(): void {
    const frame = this.#stack.pop()!;
    if (frame.value === null) {
      // The streamed top-level array is closed: only whitespace may follow.
      this.#expect = EXPECT_END;
      return;
    }
    this.#completeValue(frame.value);
  }

  #completeValue(value: unknown): void {
    const top = this.#stack[this.#stack.length - 1];
    if (top === undefined) {
      this.#emitRecord(value);
      this.#completedTopLevel++;
      if (this.#line !== this.#recordLine) this.#allSingleLine = false;
      this.#expect = EXPECT_TOP;
    } else if (top.kind === 'array') {
      if (top.value === null) {
        this.#emitRecord(value);
      } else {
        top.value.push(value);
      }
      this.#expect = EXPECT_COMMA_OR_CLOSE_ARRAY;
    } else {
      setMember(top.value, top.key, value);
      this.#expect = EXPECT_COMMA_OR_CLOSE_OBJECT;
    }
  }
}
