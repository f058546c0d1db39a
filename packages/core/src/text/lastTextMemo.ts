// Private: a one-entry memo of a per-text computation. Finders run over one article in turn
// (officers, units; three vocabularies) and share what the first computed; one entry, so what is
// kept alive is at most one text's result.

/**
 * `make` memoised for the last text it was given: the same text again (equal, not only the same
 * string object) returns the result made before.
 */
export function lastTextMemo<T>(make: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: { value: T } | undefined;
  return (text) => {
    if (last === undefined || text !== lastText) {
      last = { value: make(text) };
      lastText = text;
    }
    return last.value;
  };
}
