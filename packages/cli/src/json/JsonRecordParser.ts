import type { JsonExpectation } from './JsonExpectation';
import type { JsonRecordParserOptions } from './JsonRecordParserOptions';
import type { JsonStreamItem } from './JsonStreamItem';
import { JsonTokenizer, type JsonTokenStep } from './JsonTokenizer';
import { JsonValueBuilder } from './JsonValueBuilder';
import { RecordFramer } from './RecordFramer';
import { RecordRecovery } from './RecordRecovery';
import { TextPosition } from './TextPosition';
import { ValueLocator } from './ValueLocator';

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
  // One concern each: where the reader is, the token being read, what a record is, where values
  // start, JSON's grammar and the values being built, and what follows a syntax error.
  readonly #position = new TextPosition();
  readonly #tokenizer = new JsonTokenizer(this.#position);
  readonly #locator: ValueLocator;
  readonly #framer: RecordFramer;
  readonly #builder: JsonValueBuilder;
  readonly #recovery = new RecordRecovery();

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
    this.#locator = new ValueLocator(options.locate ?? false);
    this.#framer = new RecordFramer(options.lineDelimited ?? false, this.#locator);
    this.#builder = new JsonValueBuilder({
      position: this.#position,
      tokenizer: this.#tokenizer,
      framer: this.#framer,
      locator: this.#locator,
      fail: (found, expected) => this.#fail(found, expected),
    });
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
    const position = this.#position;
    const tokenizer = this.#tokenizer;
    const recovery = this.#recovery;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const c = chunk[i]!;
      if (recovery.failed) break;
      if (recovery.skipping) {
        recovery.skip(c);
      } else if (tokenizer.kind === 'string') {
        const end = tokenizer.readPlainRun(chunk, i);
        if (end > i) {
          // A run of plain characters holds no line feed.
          position.skip(end - i);
          i = end - 1;
          continue;
        }
        this.#step(tokenizer.stringChar(c));
      } else if (tokenizer.kind === 'number' && tokenizer.appendNumberChar(c)) {
        // The number goes on.
      } else if (tokenizer.kind === 'literal') {
        this.#step(tokenizer.literalChar(c));
      } else {
        if (tokenizer.kind === 'number') this.#step(tokenizer.finishNumber());
        // A bad number may end at the newline that also ends the bad line.
        if (recovery.skipping) recovery.skip(c);
        else if (!recovery.failed) this.#builder.structural(c);
      }
      position.advance(c);
    }
    return this.#framer.drain();
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
    const recovery = this.#recovery;
    if (!recovery.failed && !recovery.skipping) {
      if (this.#tokenizer.kind === 'number') this.#step(this.#tokenizer.finishNumber());
      if (recovery.failed) return this.#framer.drain();
      const unfinished = this.#tokenizer.unfinished();
      if (unfinished !== undefined) this.#fail(undefined, unfinished, true);
      else if (this.#framer.framing === 'unknown') this.#fail(undefined, 'value', true);
      else if (this.#builder.open) this.#fail(undefined, this.#builder.expectation(), true);
    }
    recovery.stop();
    return this.#framer.drain();
  }

  /** Hands a completed token to the builder, or reports the tokenizer's syntax error. */
  #step(step: JsonTokenStep): void {
    if (step === 'done') {
      const tokenizer = this.#tokenizer;
      if (tokenizer.isKey) this.#builder.key(tokenizer.takeValue() as string);
      else this.#builder.value(tokenizer.takeValue());
    } else if (step === 'error') {
      const { found, expected, line, column } = this.#tokenizer.error!;
      this.#fail(found, expected, false, line, column);
    }
  }

  #fail(
    found: string | undefined,
    expected: JsonExpectation,
    atEnd = false,
    line = this.#position.line,
    column = this.#position.column,
  ): void {
    const recovered = this.#recovery.afterError(found, atEnd, this.#framer);
    this.#framer.emitError({ type: 'syntax-error', line, column, found, expected, recovered });
    if (recovered) {
      // The bad record is dropped, with its locations; the next line starts afresh.
      this.#locator.take();
      this.#builder.reset();
      this.#tokenizer.reset();
    }
  }
}
