const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes an issue path the way JavaScript would reach it: `events[0].sources`. Keys that are not
 * identifiers are quoted: `venue["nama tempat"]`. The empty path is the record itself: `(root)`.
 *
 * @param path - Keys and indexes from the record's root.
 * @returns The readable path.
 * @example
 * ```ts
 * formatIssuePath(['people', 0, 'rank'])
 * //=> 'people[0].rank'
 * formatIssuePath([])
 * //=> '(root)'
 * ```
 * @category Output
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}
