// Private: a `locale` option (a BCP 47 tag as apps and browsers write it) → the message table to
// use. 'id', 'id-ID', 'in' (the withdrawn ISO 639 code some Java and Android systems still send)
// → Indonesian; 'en', 'en-US', 'en_GB' → English; no locale → Indonesian, the library's default;
// any other tag → English, the language most readers of a foreign tag can read, with a note.
import type { LocaleFallback, MessageLocale } from './MessageLocale';

const MAX_SHOWN = 35; // RFC 5646 recommends supporting tags of at least 35 characters.

/** The table for a subtag, or undefined when no table exists for it. */
export function supportedLocaleOf(tag: string): MessageLocale | undefined {
  let primary = '';
  for (const ch of tag.trim()) {
    if (ch === '-' || ch === '_') break;
    primary += ch.toLowerCase();
    if (primary.length > 8) return undefined;
  }
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return undefined;
}

export interface ResolvedLocale {
  locale: MessageLocale;
  fallback: LocaleFallback | undefined;
}

const INDONESIAN: ResolvedLocale = { locale: 'id', fallback: undefined };
const ENGLISH: ResolvedLocale = { locale: 'en', fallback: undefined };

/** Never throws: a locale option that cannot even be read falls back like an unsupported tag. */
export function resolveLocale(options: unknown): ResolvedLocale {
  let requested: unknown;
  try {
    requested = typeof options === 'object' && options !== null ? (options as { locale?: unknown }).locale : undefined;
  } catch {
    return { locale: 'en', fallback: { requested: '(unreadable)', used: 'en' } };
  }
  if (requested === undefined || requested === '') return INDONESIAN;
  if (requested === 'id') return INDONESIAN;
  if (requested === 'en') return ENGLISH;
  if (typeof requested === 'string') {
    const locale = supportedLocaleOf(requested);
    if (locale !== undefined) return locale === 'id' ? INDONESIAN : ENGLISH;
    const shown = requested.length > MAX_SHOWN ? `${requested.slice(0, MAX_SHOWN)}…` : requested;
    return { locale: 'en', fallback: { requested: shown, used: 'en' } };
  }
  return { locale: 'en', fallback: { requested: `(${requested === null ? 'null' : typeof requested})`, used: 'en' } };
}
