/**
 * Looks up an export of a workspace package by name, so a command can say "unavailable" instead
 * of failing to build while that export is still being written.
 *
 * @param namespace - The package's module namespace (`import * as pkg from '…'`).
 * @param name - The export's name.
 * @returns The export, or `undefined` when the package does not (yet) provide it.
 * @example
 * ```ts
 * optionalExport<() => number>({ answer: () => 42 }, 'answer')?.()
 * //=> 42
 * ```
 * @category Internals
 */
export function optionalExport<T>(namespace: object, name: string): T | undefined {
  return Object.hasOwn(namespace, name) || name in namespace
    ? ((namespace as Record<string, unknown>)[name] as T | undefined)
    : undefined;
}
