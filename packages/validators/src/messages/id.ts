import type { MessageTable } from './MessageTable';

// Small helpers keep every sentence in the same shape: "<field>: <what is wrong> — <fix>".
const suggest = (s?: string) => (s === undefined ? '' : ` — maksud Anda '${s}'?`);
const val = (v?: string) => (v === undefined ? '' : ` ${v}`);

/**
 * Issue messages in Indonesian. Every sentence names the field and, where there is one, the
 * offending value, and proposes the fix when one is close.
 *
 * @example
 * ```ts
 * MESSAGES_ID.unknown_rank('people[0].rank', { value: "'KOMBESS'", suggestion: 'KOMBES' })
 * //=> "people[0].rank: pangkat 'KOMBESS' tidak dikenal — maksud Anda 'KOMBES'?"
 * ```
 * @category Validation
 */
export const MESSAGES_ID: MessageTable = {
  invalid_type: (f, p) =>
    `${f}: jenis nilai salah — seharusnya ${p.expected ?? 'nilai lain'}, diterima ${p.received ?? 'nilai lain'}.`,
  required: (f, p) => `${f}: kolom wajib belum diisi${p.expected === undefined ? '' : ` (${p.expected})`}.`,
  unknown_key: (f, p) =>
    p.suggestion === undefined
      ? `${f}: kolom${val(p.value)} tidak dikenal — hapus kolom ini atau periksa ejaannya.`
      : `${f}: kolom${val(p.value)} tidak dikenal${suggest(p.suggestion)}`,
  forbidden_key: (f) => `${f}: kunci '__proto__' tidak diizinkan — hapus kunci ini.`,
  invalid_id: (f, p) =>
    `${f}: id${val(p.value)} tidak valid — gunakan ${p.expected ?? 'slug kebab-case, mis. polres-banyuasin'}${suggest(p.suggestion)}`,
  invalid_date: (f, p) => {
    if (p.expected === undefined)
      return `${f}: tanggal${val(p.value)} tidak valid — gunakan tanggal yang ada dengan format YYYY-MM-DD, mis. 2024-02-14.`;
    return p.suggestion === undefined
      ? `${f}: tanggal${val(p.value)} tidak ditulis ${p.expected} — tulis seperti 2024-02-14.`
      : `${f}: tanggal${val(p.value)} tidak ditulis ${p.expected}${suggest(p.suggestion)}`;
  },
  invalid_format: (f, p) => `${f}: format${val(p.value)} salah — seharusnya ${p.expected ?? 'format yang benar'}.`,
  unknown_rank: (f, p) => `${f}: pangkat${val(p.value)} tidak dikenal${suggest(p.suggestion)}`,
  unknown_code: (f, p) =>
    `${f}: kode${val(p.value)} tidak dikenal${p.suggestion === undefined ? ` — pilihan: ${p.expected ?? '(lihat daftar kode)'}` : suggest(p.suggestion)}`,
  too_short: (f, p) =>
    p.limit === undefined || p.limit <= 1 ? `${f}: tidak boleh kosong.` : `${f}: terlalu pendek — minimal ${p.limit}.`,
  missing_source: (f) => `${f}: kegiatan wajib memiliki minimal satu sumber — tambahkan artikel yang memberitakannya.`,
  out_of_range: (f, p) =>
    `${f}: angka${val(p.value)} di luar batas — seharusnya ${p.expected ?? 'dalam rentang yang sah'}.`,
  invalid_range: (f, p) =>
    `${f}: akhir rentang${val(p.value)} sebelum awalnya${p.related === undefined ? '' : ` (${p.related})`} — tukar atau perbaiki nilainya.`,
  invalid_value: (f, p) =>
    `${f}: nilai${val(p.value)} tidak valid${p.expected === undefined ? '' : ` — seharusnya ${p.expected}`}.`,
  too_long: (f, p) => `${f}: teks terlalu panjang — maksimal ${p.limit ?? '?'} karakter.`,
  too_many_items: (f, p) => `${f}: daftar terlalu panjang — maksimal ${p.limit ?? '?'} butir.`,
  too_deep: (f, p) => `${f}: nilai bersarang terlalu dalam — maksimal ${p.limit ?? '?'} tingkat.`,
  too_large: (f, p) => `${f}: muatan terlalu besar — maksimal ${p.limit ?? '?'} nilai; pecah menjadi beberapa bagian.`,
  circular_reference: (f) => `${f}: objek memuat dirinya sendiri — kirim data JSON tanpa referensi melingkar.`,
  unreadable_value: (f) => `${f}: nilai tidak dapat dibaca (getter atau proxy melempar galat) — kirim data JSON biasa.`,
  duplicate_id: (f, p) =>
    `${f}: id${val(p.value)} sudah dipakai di ${p.related ?? 'tempat lain'} — setiap id harus unik.`,
  dangling_reference: (f, p) =>
    `${f}: id${val(p.value)} tidak ada dalam dataset${p.suggestion === undefined ? ` — tambahkan ${p.expected ?? 'entitasnya'} atau perbaiki rujukannya` : suggest(p.suggestion)}`,
  self_delegation: (f, p) =>
    `${f}: peserta${val(p.value)} tercatat mewakili dirinya sendiri — hapus onBehalfOf atau isi dengan orang yang diwakili.`,
  missing_parent: (f, p) =>
    `${f}: satuan fungsi${val(p.value)} wajib memiliki parentId — isi dengan id satuan induknya.`,
  invalid_parent_kind: (f, p) =>
    `${f}: satuan ${p.value ?? ''} tidak dapat berada di bawah ${p.related ?? 'induk ini'}${p.expected === undefined ? '' : ` — induk yang sah: ${p.expected}`}.`,
  parent_cycle: (f, p) => `${f}: rantai induk${val(p.value)} kembali ke dirinya sendiri — perbaiki parentId.`,
  phase_election_mismatch: (f, p) =>
    `${f}: tahapan${val(p.value)} bukan tahapan ${p.related ?? 'pemilu ini'}${suggest(p.suggestion)}`,
  weekday_mismatch: (f, p) =>
    `${f}: hari${val(p.value)} tidak cocok dengan tanggal ${p.related ?? ''} — tanggal itu jatuh pada hari ${p.expected ?? '?'}.`,
  rank_outside_position_range: (f, p) =>
    `${f}: pangkat ${p.value ?? ''} di luar rentang lazim jabatan ${p.related ?? ''} (${p.expected ?? '?'}) — periksa kembali pangkat atau jabatannya.`,
  date_outside_election: (f, p) =>
    `${f}: tanggal${val(p.value)} di luar semua tahapan ${p.related ?? 'pemilu'} — periksa tanggal atau pemilunya.`,
  source_before_event: (f, p) =>
    `${f}: sumber terbit${val(p.value)} sebelum tanggal kegiatan ${p.related ?? ''} — periksa tanggal kegiatan atau datePrecision.`,
  internal_error: (f) => `${f}: galat tak terduga di dalam validator — mohon laporkan; masukan dianggap tidak valid.`,
};
