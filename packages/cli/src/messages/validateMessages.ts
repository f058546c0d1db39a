import type { InputError } from '../input/InputError';
import type { CliLocale } from './CliLocale';

/**
 * Counts shown in the summary line of `kamtibmas validate`.
 *
 * @example
 * ```ts
 * const totals: ValidateTotals = { records: 3, valid: 2, invalid: 1, advisories: 4, files: 1, inputErrors: 0 };
 * ```
 * @category Validation
 */
export interface ValidateTotals {
  /** Records read (including unreadable ones). */
  records: number;
  /** Valid records. */
  valid: number;
  /** Invalid or unreadable records. */
  invalid: number;
  /** Advisories over all records. */
  advisories: number;
  /** Inputs read. */
  files: number;
  /** Inputs that could not be read. */
  inputErrors: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The `validate` command's own messages in Indonesian and English (issue messages come from the
 * validators). A run speaks one language: usage errors too are in the `--locale` chosen.
 *
 * @example
 * ```ts
 * VALIDATE_MESSAGES.en.valid
 * //=> 'valid'
 * ```
 * @category Validation
 */
export const VALIDATE_MESSAGES = {
  en: {
    valid: 'valid',
    invalid: 'invalid',
    error: 'error',
    advisory: 'advisory',
    json: 'JSON',
    summary: (t: ValidateTotals) =>
      `Summary: ${t.valid} valid, ${t.invalid} invalid, ${plural(t.advisories, 'advisory', 'advisories')} ` +
      `(${plural(t.records, 'record', 'records')} in ${plural(t.files, 'file', 'files')}` +
      `${t.inputErrors > 0 ? `, ${plural(t.inputErrors, 'input', 'inputs')} not readable` : ''}).`,
    progress: (records: number, name: string) => `validating ${name}: ${records} records…`,
    inputError: (error: InputError) => {
      switch (error.reason) {
        case 'not-found':
          return `cannot read '${error.path}': no such file. Check the path (relative to ${process.cwd()}) and run again.`;
        case 'is-directory':
          return `cannot read '${error.path}': it is a directory. Pass the JSON or NDJSON files inside it, e.g. '${error.path}/*.json'.`;
        case 'permission':
          return `cannot read '${error.path}': permission denied. Check the file's permissions and run again.`;
        case 'no-stdin':
          return "cannot read '-': standard input is not available. Pipe data in, e.g. 'cat events.ndjson | kamtibmas validate -'.";
        default:
          return `cannot read '${error.path}': ${error.message}. Check the file and run again.`;
      }
    },
    validatorMissing: (name: string) =>
      `${name} is unavailable: the installed @kamtibmas/validators does not provide it yet. Update @kamtibmas/validators, or use --kind to validate the other kind.`,
    usage: {
      unknownKind: (kind: string) => `unknown --kind '${kind}' (use event, dataset or auto)`,
      unknownLocale: (locale: string) => `unknown --locale '${locale}' (use id or en)`,
      unknownFormat: (format: string) => `unknown --format '${format}' (use text, json or ndjson)`,
      unknownOption: (option: string) => `Unknown option '${option}'`,
      missingValue: (option: string) => `option '${option}' needs a value`,
      noInput: "no input given: pass one or more files, or '-' to read standard input",
      hint: "Run 'kamtibmas validate --help' for usage.",
    },
  },
  id: {
    valid: 'valid',
    invalid: 'tidak valid',
    error: 'galat',
    advisory: 'saran',
    json: 'JSON',
    summary: (t: ValidateTotals) =>
      `Ringkasan: ${t.valid} valid, ${t.invalid} tidak valid, ${t.advisories} saran ` +
      `(${t.records} rekaman dalam ${t.files} berkas` +
      `${t.inputErrors > 0 ? `, ${t.inputErrors} masukan tidak terbaca` : ''}).`,
    progress: (records: number, name: string) => `memvalidasi ${name}: ${records} rekaman…`,
    inputError: (error: InputError) => {
      switch (error.reason) {
        case 'not-found':
          return `tidak dapat membaca '${error.path}': berkas tidak ada. Periksa jalurnya (relatif terhadap ${process.cwd()}) lalu jalankan lagi.`;
        case 'is-directory':
          return `tidak dapat membaca '${error.path}': itu sebuah direktori. Berikan berkas JSON atau NDJSON di dalamnya, mis. '${error.path}/*.json'.`;
        case 'permission':
          return `tidak dapat membaca '${error.path}': izin ditolak. Periksa izin berkas lalu jalankan lagi.`;
        case 'no-stdin':
          return "tidak dapat membaca '-': masukan standar tidak tersedia. Alirkan data, mis. 'cat events.ndjson | kamtibmas validate -'.";
        default:
          return `tidak dapat membaca '${error.path}': ${error.message}. Periksa berkasnya lalu jalankan lagi.`;
      }
    },
    validatorMissing: (name: string) =>
      `${name} tidak tersedia: @kamtibmas/validators yang terpasang belum menyediakannya. Perbarui @kamtibmas/validators, atau pakai --kind untuk jenis lainnya.`,
    usage: {
      unknownKind: (kind: string) => `--kind '${kind}' tidak dikenal (pakai event, dataset atau auto)`,
      unknownLocale: (locale: string) => `--locale '${locale}' tidak dikenal (pakai id atau en)`,
      unknownFormat: (format: string) => `--format '${format}' tidak dikenal (pakai text, json atau ndjson)`,
      unknownOption: (option: string) => `opsi '${option}' tidak dikenal`,
      missingValue: (option: string) => `opsi '${option}' memerlukan nilai`,
      noInput: "tidak ada masukan: berikan satu berkas atau lebih, atau '-' untuk membaca masukan standar",
      hint: "Jalankan 'kamtibmas validate --help' untuk cara pakai.",
    },
  },
} satisfies Record<CliLocale, unknown>;
