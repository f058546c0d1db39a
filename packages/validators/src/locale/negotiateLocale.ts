import type { MessageLocale } from './MessageLocale';
import { supportedLocaleOf } from './resolveLocale';

// A header longer than this is cut: browsers send well under 200 characters, and the answer must
// stay cheap for a hostile 400 kB header.
const MAX_HEADER_LENGTH = 4096;

/** The weight of one `Accept-Language` entry's parameters (`;q=0.8`); 1 when absent, NaN when malformed. */
function weightOf(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=', 2).map((part) => part.trim());
    if (name?.toLowerCase() !== 'q') continue;
    if (value === undefined || value === '' || !/^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value)) return Number.NaN;
    return Number(value);
  }
  return 1;
}

/**
 * The message language for an HTTP `Accept-Language` header: the supported language (`id` or `en`)
 * the header weighs highest (`q`, ties go to the one listed first). A header that names only other
 * languages (with or without `*`) gets English, the language most of their readers can read; an
 * absent or empty header, or a bare `*`, gets Indonesian, the library's default. Malformed entries are skipped; never throws.
 *
 * @param acceptLanguage - The header's value, e.g. `'id-ID,id;q=0.9,en-US;q=0.8'`, or `undefined`/`null` when absent.
 * @returns `'id'` or `'en'`, ready for the `locale` option of {@link validateEvent}, {@link validateDataset} and {@link createStandardSchema}.
 * @example
 * ```ts
 * negotiateLocale('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')
 * //=> 'id'
 * negotiateLocale('en-GB,en;q=0.9')
 * //=> 'en'
 * negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8, id;q=0.9')
 * //=> 'id'
 * negotiateLocale('ja-JP')
 * //=> 'en'
 * negotiateLocale(undefined)
 * //=> 'id'
 * ```
 * @category Validation
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): MessageLocale {
  if (typeof acceptLanguage !== 'string') return 'id';
  const header =
    acceptLanguage.length > MAX_HEADER_LENGTH ? acceptLanguage.slice(0, MAX_HEADER_LENGTH) : acceptLanguage;
  let best: MessageLocale | undefined;
  let bestWeight = 0;
  let named = false;
  for (const entry of header.split(',')) {
    const [rawTag = '', ...parameters] = entry.split(';');
    const tag = rawTag.trim();
    if (tag === '') continue;
    const weight = weightOf(parameters);
    if (Number.isNaN(weight) || weight <= 0) continue;
    if (tag === '*') continue;
    named = true;
    const locale = supportedLocaleOf(tag);
    if (locale !== undefined && weight > bestWeight) {
      best = locale;
      bestWeight = weight;
    }
  }
  if (best !== undefined) return best;
  return named ? 'en' : 'id';
}
