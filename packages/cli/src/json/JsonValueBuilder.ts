// Private: JSON's grammar and the values under construction, for the streaming JSON reader.
import type { JsonExpectation } from './JsonExpectation';
import type { JsonTokenizer } from './JsonTokenizer';
import type { RecordFramer } from './RecordFramer';
import type { TextPosition } from './TextPosition';
import type { ValueLocator } from './ValueLocator';

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

type Frame =
  | { kind: 'array'; value: unknown[] | null } // null: the streamed top-level array, never built
  | { kind: 'object'; value: Record<string, unknown>; key: string };

function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  // `target.__proto__ = …` would change the prototype; JSON.parse makes an own property instead.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** The parts of the reader a {@link JsonValueBuilder} works with. */
export interface JsonValueBuilderParts {
  position: TextPosition;
  tokenizer: JsonTokenizer;
  framer: RecordFramer;
  locator: ValueLocator;
  /** Reports a syntax error at the current position. */
  fail(found: string, expected: JsonExpectation): void;
}

/**
 * Follows JSON's grammar between tokens and assembles values: a stack of the open arrays and
 * objects (no recursion, so deep nesting cannot overflow the stack), what may come next, and where
 * each completed value goes — into its container, or out as a record through the framer. It
 * starts value tokens on the tokenizer and receives them back through {@link key} and {@link value}.
 */
export class JsonValueBuilder {
  #expect = EXPECT_TOP;
  #stack: Frame[] = [];
  readonly #position: TextPosition;
  readonly #tokenizer: JsonTokenizer;
  readonly #framer: RecordFramer;
  readonly #locator: ValueLocator;
  readonly #fail: (found: string, expected: JsonExpectation) => void;

  /** A builder that reads from and writes to the reader's `parts`. */
  constructor(parts: JsonValueBuilderParts) {
    this.#position = parts.position;
    this.#tokenizer = parts.tokenizer;
    this.#framer = parts.framer;
    this.#locator = parts.locator;
    this.#fail = parts.fail;
  }

  /** Whether a value is open (the input may not end here). */
  get open(): boolean {
    return this.#stack.length > 0;
  }

  /** What may come next, for a syntax error. */
  expectation(): JsonExpectation {
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

  /** One character between tokens: whitespace, punctuation, or the start of a value. */
  structural(c: string): void {
    if (c === '\n' && this.#framer.lineDelimited && this.#stack.length > 0) {
      // In NDJSON a value never spans lines: the line ended inside one.
      this.#fail(c, this.expectation());
      return;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return;
    switch (this.#expect) {
      case EXPECT_TOP:
        if (this.#framer.framing === 'unknown' && this.#framer.begin(c)) {
          this.#stack.push({ kind: 'array', value: null });
          this.#expect = EXPECT_VALUE_OR_CLOSE_ARRAY;
          return;
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
        if (c === '"') this.#tokenizer.startKey();
        else if (c === '}' && this.#expect === EXPECT_KEY_OR_CLOSE_OBJECT) this.#closeContainer();
        else this.#fail(c, this.expectation());
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

  /** A property name was read: its value comes next. */
  key(name: string): void {
    (this.#stack[this.#stack.length - 1] as { key: string }).key = name;
    this.#expect = EXPECT_COLON;
  }

  /** A value was completed: it goes into its container, or out as a record. */
  value(value: unknown): void {
    const top = this.#stack[this.#stack.length - 1];
    if (top === undefined) {
      this.#framer.emitTopLevel(value, this.#position.line);
      this.#expect = EXPECT_TOP;
    } else if (top.kind === 'array') {
      if (top.value === null) {
        this.#framer.emit(value);
      } else {
        top.value.push(value);
      }
      this.#expect = EXPECT_COMMA_OR_CLOSE_ARRAY;
    } else {
      setMember(top.value, top.key, value);
      this.#expect = EXPECT_COMMA_OR_CLOSE_OBJECT;
    }
  }

  /** Drops every open value (recovery after a syntax error): the next value is a top-level one. */
  reset(): void {
    this.#stack = [];
    this.#expect = EXPECT_TOP;
  }

  #startValue(c: string): void {
    const position = this.#position;
    const depth = this.#stack.length - this.#framer.recordDepth;
    if (depth === 0) this.#framer.startRecord(position.line, position.column);
    if (this.#locator.wants(depth)) this.#locator.add(this.#path(), position.line, position.column);
    if (c === '{') {
      this.#stack.push({ kind: 'object', value: {}, key: '' });
      this.#expect = EXPECT_KEY_OR_CLOSE_OBJECT;
    } else if (c === '[') {
      this.#stack.push({ kind: 'array', value: [] });
      this.#expect = EXPECT_VALUE_OR_CLOSE_ARRAY;
    } else if (!this.#tokenizer.startValue(c)) {
      this.#fail(c, this.#expect === EXPECT_VALUE_OR_CLOSE_ARRAY ? 'value-or-close-array' : 'value');
    }
  }

  /** The path from the record to the value starting now, as `JSON.stringify` gives it. */
  #path(): string {
    const path: (string | number)[] = [];
    for (let depth = this.#framer.recordDepth; depth < this.#stack.length; depth++) {
      const frame = this.#stack[depth]!;
      path.push(frame.kind === 'object' ? frame.key : frame.value!.length);
    }
    return JSON.stringify(path);
  }

  #closeContainer(): void {
    const frame = this.#stack.pop()!;
    if (frame.value === null) {
      // The streamed top-level array is closed: only whitespace may follow.
      this.#expect = EXPECT_END;
      return;
    }
    this.value(frame.value);
  }
}
