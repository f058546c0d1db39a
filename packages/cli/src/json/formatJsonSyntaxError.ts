import type { CliLocale } from '../messages/CliLocale';
import type { JsonExpectation } from './JsonExpectation';
import type { JsonSyntaxError } from './JsonSyntaxError';

const EXPECTED: Readonly<Record<CliLocale, Readonly<Record<JsonExpectation, string>>>> = {
  en: {
    value: 'a value (object, array, string, number, true, false or null)',
    'value-or-close-array': "a value or ']'",
    'comma-or-close-array': "',' or ']'",
    key: 'a property name in double quotes',
    'key-or-close-object': "a property name in double quotes or '}'",
    colon: "':'",
    'comma-or-close-object': "',' or '}'",
    end: 'the end of the input',
    'string-end': "a closing '\"' (control characters such as line breaks must be escaped, e.g. \\n)",
    escape: 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
    'hex-digit': 'a hexadecimal digit (\\uXXXX)',
    literal: 'true, false or null',
    number: 'a number such as 12, -3.5 or 1e6 (no leading zeros, no trailing dot)',
  },
  id: {
    value: 'sebuah nilai (objek, larik, string, angka, true, false atau null)',
    'value-or-close-array': "sebuah nilai atau ']'",
    'comma-or-close-array': "',' atau ']'",
    key: 'nama properti dalam tanda kutip ganda',
    'key-or-close-object': "nama properti dalam tanda kutip ganda atau '}'",
    colon: "':'",
    'comma-or-close-object': "',' atau '}'",
    end: 'akhir masukan',
    'string-end': "tanda '\"' penutup (karakter kendali seperti ganti baris harus di-escape, mis. \\n)",
    escape: 'escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t atau \\uXXXX',
    'hex-digit': 'digit heksadesimal (\\uXXXX)',
    literal: 'true, false atau null',
    number: 'angka seperti 12, -3.5 atau 1e6 (tanpa nol di depan, tanpa titik di akhir)',
  },
};

function describeFound(found: string | undefined, locale: CliLocale): string {
  if (found === undefined) return locale === 'id' ? 'Akhir masukan tak terduga' : 'Unexpected end of input';
  if (found === '\n') return locale === 'id' ? 'Akhir baris tak terduga' : 'Unexpected end of line';
  const code = found.length === 1 ? found.charCodeAt(0) : -1;
  const shown =
    code >= 0 && (code < 0x20 || code === 0x7f || code === 0xfeff)
      ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      : `'${found}'`;
  return locale === 'id' ? `${shown} tak terduga` : `Unexpected ${shown}`;
}

/**
 * Turns a {@link JsonSyntaxError} into one sentence that says where, what was found, what was
 * expected and what to do next.
 *
 * @param error - The syntax error.
 * @param locale - `'id'` (Indonesian) or `'en'` (English).
 * @returns The message, without a location prefix for the file.
 * @example
 * ```ts
 * formatJsonSyntaxError({ type: 'syntax-error', line: 3, column: 14, found: ',', expected: 'value', recovered: false }, 'en')
 * //=> "Unexpected ',' at line 3 column 14 — expected a value (object, array, string, number, true, false or null). Fix the JSON and run again."
 * ```
 * @category Output
 */
export function formatJsonSyntaxError(error: JsonSyntaxError, locale: CliLocale): string {
  const found = describeFound(error.found, locale);
  const expected = EXPECTED[locale][error.expected];
  if (locale === 'id') {
    const rest = error.recovered ? ' Baris ini dilewati.' : '';
    return `${found} di baris ${error.line} kolom ${error.column} — seharusnya ${expected}. Perbaiki JSON lalu jalankan lagi.${rest}`;
  }
  const rest = error.recovered ? ' This line was skipped.' : '';
  return `${found} at line ${error.line} column ${error.column} — expected ${expected}. Fix the JSON and run again.${rest}`;
}
