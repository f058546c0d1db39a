// Private: location tracking for the streaming JSON reader.

/**
 * The line and column (1-based, columns in UTF-16 code units) of the next character the reader
 * looks at. One instance is shared by the reader's parts, so that a token, a record, a value or an
 * error is placed where the reader is when it sees it.
 */
export class TextPosition {
  line = 1;
  column = 1;

  /** Moves past one character: a line feed starts the next line. */
  advance(c: string): void {
    if (c === '\n') {
      this.line++;
      this.column = 1;
    } else {
      this.column++;
    }
  }

  /** Moves past `count` characters known to hold no line feed. */
  skip(count: number): void {
    this.column += count;
  }
}
