/**
 * Whether an issue rejects the payload (`error`) or only points at something unusual
 * (`advisory`, returned with a valid result).
 *
 * @example
 * ```ts
 * const severity: IssueSeverity = 'advisory';
 * ```
 * @category Validation
 */
export type IssueSeverity = 'error' | 'advisory';

/**
 * One row of {@link ISSUE_CODES}: the severity of a code and what it means, in both languages.
 *
 * @example
 * ```ts
 * const row: IssueCodeInfo = { severity: 'error', description: { id: 'Kunci tidak dikenal.', en: 'Unknown key.' } };
 * ```
 * @category Validation
 */
export interface IssueCodeInfo {
  /** Whether the code rejects the payload. */
  severity: IssueSeverity;
  /** What the code means. */
  description: { id: string; en: string };
}

/**
 * The reference table of every issue code {@link validateEvent} and {@link validateDataset} can
 * return. Codes are stable: new codes may be added in a minor release, existing ones are never
 * renamed or removed before a major one. zod's own issue codes are mapped onto these (for example
 * `unrecognized_keys` → `unknown_key`, `invalid_value` on a rank → `unknown_rank`).
 *
 * @example
 * ```ts
 * ISSUE_CODES.dangling_reference.severity
 * //=> 'error'
 * ISSUE_CODES.source_before_event.severity
 * //=> 'advisory'
 * ```
 * @category Validation
 */
export const ISSUE_CODES = {
  // Shape and values (from the schemas)
  invalid_type: {
    severity: 'error',
    description: {
      id: 'Jenis nilai salah (mis. angka di tempat teks).',
      en: 'Wrong type of value (e.g. a number where text belongs).',
    },
  },
  required: {
    severity: 'error',
    description: { id: 'Kolom wajib tidak ada.', en: 'A required field is missing.' },
  },
  unknown_key: {
    severity: 'error',
    description: {
      id: 'Kolom yang tidak dikenal model (objek ketat).',
      en: 'A field the model does not know (strict objects).',
    },
  },
  forbidden_key: {
    severity: 'error',
    description: {
      id: 'Kunci milik sendiri `__proto__`, yang dapat mencemari prototipe objek.',
      en: 'An own `__proto__` key, which can pollute object prototypes.',
    },
  },
  invalid_id: {
    severity: 'error',
    description: {
      id: 'Id bukan slug kebab-case (huruf kecil dan angka dipisah satu tanda hubung) atau id tahapan `<pemilu>/<tahapan>`.',
      en: 'An id that is not a kebab-case slug (lower-case letters and digits joined by single hyphens), or a stage id that is not `<election>/<stage>`.',
    },
  },
  invalid_date: {
    severity: 'error',
    description: {
      id: 'Bukan tanggal kalender YYYY-MM-DD yang ada.',
      en: 'Not a calendar date YYYY-MM-DD that exists.',
    },
  },
  invalid_format: {
    severity: 'error',
    description: {
      id: 'Teks tidak sesuai format (URL http/https, kode wilayah Kemendagri …).',
      en: 'Text in the wrong format (http/https URL, Kemendagri area code …).',
    },
  },
  unknown_rank: {
    severity: 'error',
    description: { id: 'Kode pangkat Polri tidak dikenal.', en: 'Unknown Polri rank code.' },
  },
  unknown_code: {
    severity: 'error',
    description: {
      id: 'Kode tidak ada dalam daftar kode (jenis satuan, topik, peran, kelompok …).',
      en: 'A code not in its code list (unit kind, topic, role, group …).',
    },
  },
  too_short: {
    severity: 'error',
    description: {
      id: 'Teks kosong atau daftar yang kurang dari minimumnya.',
      en: 'Empty text, or a list below its minimum.',
    },
  },
  missing_source: {
    severity: 'error',
    description: {
      id: 'Kegiatan tanpa sumber (minimal satu).',
      en: 'An event with no source (at least one is required).',
    },
  },
  out_of_range: {
    severity: 'error',
    description: {
      id: 'Angka di luar batas (mis. jumlah negatif atau bukan bilangan bulat).',
      en: 'A number out of range (e.g. a negative or fractional count).',
    },
  },
  invalid_range: {
    severity: 'error',
    description: { id: 'Akhir rentang sebelum awalnya.', en: 'The end of a range comes before its start.' },
  },
  invalid_value: {
    severity: 'error',
    description: {
      id: 'Nilai tidak valid di luar kategori lain.',
      en: 'An invalid value not covered by another code.',
    },
  },
  // Input limits (checked before the schemas)
  too_long: {
    severity: 'error',
    description: { id: 'Teks melebihi panjang maksimum.', en: 'Text longer than the maximum length.' },
  },
  too_many_items: {
    severity: 'error',
    description: { id: 'Daftar melebihi jumlah butir maksimum.', en: 'A list with more items than the maximum.' },
  },
  too_deep: {
    severity: 'error',
    description: { id: 'Objek bersarang lebih dalam dari batas.', en: 'Objects nested deeper than the limit.' },
  },
  too_large: {
    severity: 'error',
    description: { id: 'Muatan berisi terlalu banyak nilai.', en: 'A payload holding too many values.' },
  },
  circular_reference: {
    severity: 'error',
    description: {
      id: 'Objek memuat dirinya sendiri (referensi melingkar).',
      en: 'An object that contains itself (circular reference).',
    },
  },
  unreadable_value: {
    severity: 'error',
    description: {
      id: 'Nilai yang tidak dapat dibaca (getter atau proxy yang melempar galat).',
      en: 'A value that cannot be read (a getter or proxy that throws).',
    },
  },
  // Cross-field rules
  duplicate_id: {
    severity: 'error',
    description: {
      id: 'Id yang sama dipakai dua kali dalam satu dataset.',
      en: 'The same id used twice in one dataset.',
    },
  },
  dangling_reference: {
    severity: 'error',
    description: {
      id: 'Rujukan ke id yang tidak ada dalam dataset.',
      en: 'A reference to an id the dataset does not hold.',
    },
  },
  self_delegation: {
    severity: 'error',
    description: {
      id: 'Peserta tercatat mewakili dirinya sendiri (`onBehalfOf` sama dengan `personId`).',
      en: 'A participant recorded as acting for themselves (`onBehalfOf` equals `personId`).',
    },
  },
  missing_parent: {
    severity: 'error',
    description: { id: 'Satuan fungsi tanpa satuan induk.', en: 'A functional unit without a parent unit.' },
  },
  invalid_parent_kind: {
    severity: 'error',
    description: {
      id: 'Satuan di bawah induk yang jenisnya tidak dapat membawahinya (mis. Polsek di bawah Polsek).',
      en: 'A unit under a parent whose kind cannot contain it (e.g. a Polsek under a Polsek).',
    },
  },
  parent_cycle: {
    severity: 'error',
    description: {
      id: 'Rantai induk satuan yang kembali ke dirinya sendiri.',
      en: 'A chain of unit parents that leads back to itself.',
    },
  },
  phase_election_mismatch: {
    severity: 'error',
    description: {
      id: 'Id tahapan bukan tahapan pemilu/pilkada yang disebut.',
      en: 'A stage id that is not a stage of the named election.',
    },
  },
  weekday_mismatch: {
    severity: 'error',
    description: {
      id: 'Hari yang tertulis di `dateText` tidak cocok dengan `date`.',
      en: 'The weekday written in `dateText` does not match `date`.',
    },
  },
  // Advisories
  rank_outside_position_range: {
    severity: 'advisory',
    description: {
      id: 'Pangkat di luar rentang lazim jabatan (bisa sah, mis. Brigjen sebagai Kapolda tipe A).',
      en: "A rank outside the position's usual range (can be legitimate, e.g. a Brigjen as type-A Kapolda).",
    },
  },
  date_outside_election: {
    severity: 'advisory',
    description: {
      id: 'Tanggal kegiatan di luar semua tahapan pemilu/pilkada yang dirujuk.',
      en: "The event's date lies outside all stages of its election.",
    },
  },
  source_before_event: {
    severity: 'advisory',
    description: {
      id: 'Sumber terbit sebelum tanggal kegiatan.',
      en: 'A source published before the event date.',
    },
  },
  // Last resort
  internal_error: {
    severity: 'error',
    description: {
      id: 'Galat tak terduga di dalam validator (mohon laporkan); masukan dianggap tidak valid.',
      en: 'An unexpected failure inside the validator (please report it); the input is treated as invalid.',
    },
  },
} as const satisfies Record<string, IssueCodeInfo>;

/**
 * A stable issue code, a key of {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'weekday_mismatch';
 * ```
 * @category Validation
 */
export type IssueCode = keyof typeof ISSUE_CODES;
