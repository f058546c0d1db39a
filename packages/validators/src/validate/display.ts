// Private: how values and paths are shown inside messages. Values are cut short so a hostile
// 10 000-character string never ends up copied into every message.
import type { Path } from './RawIssue';

const MAX_SHOWN = 60;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as people should see it in a message: strings quoted and shortened, others by type. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    let clean = '';
    for (const ch of short) clean += ch < ' ' || ch === '\u007f' ? ' ' : ch;
    return `'${clean}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeOfValue(value);
}

/** The JSON-ish type name of a value: `array`, `null`, `object`, `string` … */
export function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `events[0].sources[1].publishedOn`; the root is shown as `rootName`. */
export function formatPath(path: Path, rootName: string): string {
  if (path.length === 0) return rootName;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= MAX_SHOWN) out += out === '' ? segment : `.${segment}`;
    else out += `[${displayValue(segment)}]`;
  }
  return out;
}
