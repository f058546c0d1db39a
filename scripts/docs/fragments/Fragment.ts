// The shape every module in this folder gives scripts/docs/generate.ts.

/**
 * One generated fragment: the file name under docs/generated/, and the function that computes its
 * content (run after every fragment is registered; a throw becomes a visible "not generated" note).
 */
export type Fragment = readonly [name: string, build: () => string];
