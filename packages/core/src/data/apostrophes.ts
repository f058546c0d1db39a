// Marks news writes inside a word where an apostrophe belongs ("Jum'at", "Jum’at", "Jum´at",
// "Jum`at"): the ASCII apostrophe, the typographic quotes, the backtick, the acute accent and the
// modifier-letter apostrophe. Data only: no logic. The word readers build on this one list (the
// date tokenizer adds prime-like marks it also sees between digits and letters).

/**
 * Characters that stand for an apostrophe inside a word; a word reader keeps the word whole across
 * them and leaves them out of its key.
 *
 * @example
 * ```ts
 * APOSTROPHES.includes('´')
 * //=> true
 * ```
 * @internal
 */
export const APOSTROPHES = ["'", '’', '‘', '`', '´', 'ʼ'] as const satisfies readonly string[];
