import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { findDateMentions } from './findDateMentions';
import { parseIndonesianDate } from './parseIndonesianDate';

// Behaviour on written cases; properties and 400 kB inputs are in findDateMentions.properties.test.ts.

/** The mentions as written, with their dates: `[written, date, through date]`. */
function read(text: string, referenceDate?: string): [string, string | undefined, string | undefined][] {
  const options = referenceDate === undefined ? undefined : { referenceDate: referenceDate as LocalDate };
  return findDateMentions(text, options).map((m) => [text.slice(m.start, m.end), m.date, m.through?.date]);
}

const MINGGU = 0;
const SENIN = 1;
const SELASA = 2;
const RABU = 3;
const KAMIS = 4;
const JUMAT = 5;
const SABTU = 6;

describe('findDateMentions: every date of an article, with its span', () => {
  it('finds the dates of an article in order, each span being the date as written', () => {
    const article = [
      'Polres Banyuasin menggelar apel, Rabu (21/2/2024). Sebelumnya, Kamis, 25 Januari 2024, rapat',
      'koordinasi digelar. Pilkada dijadwalkan 20 Oktober 2024; simulasi Selasa (08/10/2024) pukul 14:15 WIB.',
      'Patroli dilanjutkan (24/8) dan operasi berakhir 4 Nov. 2024.',
    ].join('\n');
    expect(read(article, '2024-11-05')).toEqual([
      ['Rabu (21/2/2024)', '2024-02-21', undefined],
      ['Kamis, 25 Januari 2024', '2024-01-25', undefined],
      ['20 Oktober 2024', '2024-10-20', undefined],
      ['Selasa (08/10/2024)', '2024-10-08', undefined],
      ['(24/8)', '2024-08-24', undefined],
      ['4 Nov. 2024', '2024-11-04', undefined],
    ]);
    const weekdays = findDateMentions(article, { referenceDate: '2024-11-05' }).map((m) => m.weekday);
    expect(weekdays).toEqual([RABU, KAMIS, undefined, SELASA, undefined, undefined]);
  });

  it('gives the full mention: weekday, its check, year stated or not', () => {
    const text = 'apel gelar pasukan Senin (27/8/2024), lalu Sabtu (24/8)';
    expect(findDateMentions(text, { referenceDate: '2024-08-28' })).toEqual([
      {
        date: '2024-08-27',
        year: 2024,
        month: 8,
        day: 27,
        weekday: SENIN,
        weekdayMatches: false, // 27 August 2024 was a Tuesday
        start: 19,
        end: 36,
        yearStated: true,
      },
      {
        date: '2024-08-24',
        month: 8,
        day: 24,
        weekday: SABTU,
        weekdayMatches: true,
        start: 43,
        end: 55,
        yearStated: false,
      },
    ]);
  });

  it('keeps a date without a year year-less when there is no reference date', () => {
    expect(findDateMentions('Kapolres hadir, Jumat (16/12).')).toEqual([
      { month: 12, day: 16, weekday: JUMAT, start: 16, end: 29, yearStated: false },
    ]);
    expect(findDateMentions('pada 16 Desember', { referenceDate: '2023-02-30' as LocalDate })).toEqual([
      { month: 12, day: 16, start: 5, end: 16, yearStated: false },
    ]);
  });

  it('places a year-less date nearest the reference date, past or coming', () => {
    expect(read('kata Kapolres, Sabtu (24/8).', '2024-08-25')).toEqual([['Sabtu (24/8)', '2024-08-24', undefined]]);
    // An announced day two months ahead is this year's, not last year's.
    expect(read('pemungutan suara 27 November mendatang', '2024-09-20')).toEqual([
      ['27 November', '2024-11-27', undefined],
    ]);
    // Around New Year: "(30/12)" in an article of 2 January is the December just past.
    expect(read('digelar Sabtu (30/12)', '2024-01-02')).toEqual([['Sabtu (30/12)', '2023-12-30', undefined]]);
  });

  it('checks a day name against the year it is resolved with', () => {
    const [mention] = findDateMentions('Jumat (16/12)', { referenceDate: '2022-12-20' });
    expect(mention).toMatchObject({ date: '2022-12-16', weekday: JUMAT, weekdayMatches: true });
    const [wrong] = findDateMentions('Kamis (16/12)', { referenceDate: '2022-12-20' });
    expect(wrong).toMatchObject({ date: '2022-12-16', weekday: KAMIS, weekdayMatches: false });
  });

  it('keeps a day name apart from its date by words placing it in time, not by a sentence end', () => {
    expect(read('Rabu mendatang (27/11)', '2024-11-20')).toEqual([['Rabu mendatang (27/11)', '2024-11-27', undefined]]);
    expect(read('hari Rabu tgl. 14 Februari 2024')).toEqual([['Rabu tgl. 14 Februari 2024', '2024-02-14', undefined]]);
    expect(read('Kamis ini, 25 Januari 2024')).toEqual([['Kamis ini, 25 Januari 2024', '2024-01-25', undefined]]);
    expect(read('kata dia Senin. 24/11/2023')).toEqual([['24/11/2023', '2023-11-24', undefined]]);
  });

  it('leaves a time of day out of the span', () => {
    expect(read('Selasa (8/10/2024) pukul 14:15 WIB')).toEqual([['Selasa (8/10/2024)', '2024-10-08', undefined]]);
    expect(read('Senin, 06/11/2023 21:25 WIB')).toEqual([['Senin, 06/11/2023', '2023-11-06', undefined]]);
    expect(read('Jumat, 8 Maret 2024 - 07:33 WIB')).toEqual([['Jumat, 8 Maret 2024', '2024-03-08', undefined]]);
    expect(read('Rabu (14/2/2024) pukul 07.00 WIB')).toEqual([['Rabu (14/2/2024)', '2024-02-14', undefined]]);
  });

  it('keeps the year of an abbreviated month written with its dot', () => {
    expect(read('4 Nov. 2024')).toEqual([['4 Nov. 2024', '2024-11-04', undefined]]);
    expect(read('17 Agt. 2024, 5 Sept. 2024')).toEqual([
      ['17 Agt. 2024', '2024-08-17', undefined],
      ['5 Sept. 2024', '2024-09-05', undefined],
    ]);
    // At a sentence end without a year, the dot is the sentence's.
    expect(read('Operasi dimulai 4 Nov. Polisi berjaga.', '2024-11-10')).toEqual([['4 Nov', '2024-11-04', undefined]]);
  });
});

describe('findDateMentions: less common orders', () => {
  it('reads a date written month first, with its comma and year', () => {
    expect(read('Posted on November 27, 2024 by admin')).toEqual([['November 27, 2024', '2024-11-27', undefined]]);
    expect(read('Nov. 4, 2024 10:00')).toEqual([['Nov. 4, 2024', '2024-11-04', undefined]]);
    expect(read('Rabu, November 27, 2024')).toEqual([['Rabu, November 27, 2024', '2024-11-27', undefined]]);
    expect(read('pada November 27 orang hadir, Juni 2024')).toEqual([]);
  });

  it('reads the day name written in brackets after the date', () => {
    const [mention] = findDateMentions('pada tanggal 27 November 2024 (Rabu) pukul 07.00');
    expect(mention).toMatchObject({ start: 13, end: 36, date: '2024-11-27', weekday: RABU, weekdayMatches: true });
    expect(read('FAKTA HUKUM, Rabu (27 November 2024). JAKARTA')).toEqual([
      ['Rabu (27 November 2024)', '2024-11-27', undefined],
    ]);
  });

  it('reads a numeric date written with spaces inside its brackets', () => {
    expect(read('Rabu ( 27 / 11 / 2024 )')).toEqual([['Rabu ( 27 / 11 / 2024 )', '2024-11-27', undefined]]);
    expect(read('Senin ( 02/12/2024)')).toEqual([['Senin ( 02/12/2024)', '2024-12-02', undefined]]);
  });
});

describe('findDateMentions: ranges', () => {
  it('reads a range as a range, never as its last day', () => {
    expect(read('Operasi Mantap Praja 4-6 November 2024')).toEqual([['4-6 November 2024', '2024-11-04', '2024-11-06']]);
    expect(read('tanggal 4 – 6 November 2024')).toEqual([['4 – 6 November 2024', '2024-11-04', '2024-11-06']]);
    expect(read('pada 4 s.d. 6 November', '2024-10-01')).toEqual([['4 s.d. 6 November', '2024-11-04', '2024-11-06']]);
    expect(read('pada 4 s/d 6 November 2024')).toEqual([['4 s/d 6 November 2024', '2024-11-04', '2024-11-06']]);
    expect(read('4 sampai dengan 6 November 2024')).toEqual([
      ['4 sampai dengan 6 November 2024', '2024-11-04', '2024-11-06'],
    ]);
    expect(read('dari 4 hingga tanggal 6 November 2024')).toEqual([
      ['4 hingga tanggal 6 November 2024', '2024-11-04', '2024-11-06'],
    ]);
  });

  it('gives the start its own month, and the end year, across months and New Year', () => {
    expect(read('29 Februari–1 Maret 2024')).toEqual([['29 Februari–1 Maret 2024', '2024-02-29', '2024-03-01']]);
    expect(read('30 Desember - 2 Januari 2024')).toEqual([
      ['30 Desember - 2 Januari 2024', '2023-12-30', '2024-01-02'],
    ]);
    expect(read('6 Desember 2022 s.d 25 November 2023')).toEqual([
      ['6 Desember 2022 s.d 25 November 2023', '2022-12-06', '2023-11-25'],
    ]);
    const [range] = findDateMentions('4-6 November 2024');
    expect(range).toMatchObject({ year: 2024, yearStated: true, through: { year: 2024, month: 11, day: 6 } });
  });

  it('reads numeric ranges and ranges of day names', () => {
    expect(read('14-08-2024 - 20-08-2024')).toEqual([['14-08-2024 - 20-08-2024', '2024-08-14', '2024-08-20']]);
    const [days] = findDateMentions('Senin-Rabu (4-6/11/2024)');
    expect(days).toMatchObject({
      start: 0,
      end: 24,
      date: '2024-11-04',
      weekday: SENIN,
      weekdayMatches: true,
      through: { date: '2024-11-06', weekday: RABU, weekdayMatches: true },
    });
    const text = 'Senin (4/11/2024) hingga Rabu (6/11/2024)';
    expect(findDateMentions(text)).toEqual([
      {
        date: '2024-11-04',
        year: 2024,
        month: 11,
        day: 4,
        weekday: SENIN,
        weekdayMatches: true,
        start: 0,
        end: text.length,
        yearStated: true,
        through: { date: '2024-11-06', year: 2024, month: 11, day: 6, weekday: RABU, weekdayMatches: true },
      },
    ]);
  });

  it('keeps two dates apart when the first is not before the second', () => {
    expect(read('10 November 2024 - 5 November 2024')).toEqual([
      ['10 November 2024', '2024-11-10', undefined],
      ['5 November 2024', '2024-11-05', undefined],
    ]);
    expect(read('6-4 November 2024')).toEqual([['4 November 2024', '2024-11-04', undefined]]);
  });

  it('does not make a range of a clock time and a date', () => {
    expect(read('pukul 10.00-12 Januari 2024')).toEqual([['12 Januari 2024', '2024-01-12', undefined]]);
  });
});

describe('findDateMentions: days listed before a date', () => {
  it('gives each listed day its own mention, with the month and year of the date after it', () => {
    expect(read('pengamanan pada 24 dan 25 Agustus 2024')).toEqual([
      ['24', '2024-08-24', undefined],
      ['25 Agustus 2024', '2024-08-25', undefined],
    ]);
    expect(read('tanggal 4, 5, dan 6 November', '2024-10-01')).toEqual([
      ['4', '2024-11-04', undefined],
      ['5', '2024-11-05', undefined],
      ['6 November', '2024-11-06', undefined],
    ]);
    const [first] = findDateMentions('24 serta 25 Agustus 2024');
    expect(first).toMatchObject({ year: 2024, yearStated: true, start: 0, end: 2 });
  });

  it('needs "dan" or "serta" before the date, rising days and no number around them', () => {
    expect(read('2, 5 Juni 2024')).toEqual([['5 Juni 2024', '2024-06-05', undefined]]);
    expect(read('5 dan 3 Juni 2024')).toEqual([['3 Juni 2024', '2024-06-03', undefined]]);
    expect(read('pukul 10.00 dan 5 Juni 2024')).toEqual([['5 Juni 2024', '2024-06-05', undefined]]);
    expect(read('Rabu (4/6/2024) dan 5 Juni 2024')).toEqual([
      ['Rabu (4/6/2024)', '2024-06-04', undefined],
      ['5 Juni 2024', '2024-06-05', undefined],
    ]);
  });
});

describe('findDateMentions: what is not a date', () => {
  it('never reads a date out of a URL, a path or an image file name', () => {
    const texts = [
      'Sumber: https://www.detik.com/berita/d-7160000/2024/01/25/polres-gelar-apel',
      'tribunnews.com/mata-lokal-memilih/2023/11/03/kpu-tetapkan',
      'arsip /2024/01/25/ berita',
      'Foto: IMG-20240125-WA0012.jpg',
      'IMG_20240125_123456.jpg',
      'WhatsApp Image 2024-01-25 at 10.15.30.jpeg',
      'lampiran 2024-01-25-surat.pdf',
      'kontak humas@polres.go.id/24-01-2024',
    ];
    for (const text of texts) expect(findDateMentions(text), text).toEqual([]);
    // The date written beside a link is still read.
    expect(read('Kamis (25/1/2024) https://polri.go.id/berita/2024/01/25/apel')).toEqual([
      ['Kamis (25/1/2024)', '2024-01-25', undefined],
    ]);
    // parseIndonesianDate reads the one string it is handed, a link included (as it always did).
    expect(parseIndonesianDate('tribunnews.com/mata-lokal-memilih/2023/11/03/kpu-tetapkan')?.date).toBe('2023-11-03');
  });

  it('does not take numbers news writes for other things as dates', () => {
    const texts = [
      'sebanyak 20/30 orang hadir',
      'setengah 1/2 dari jumlah',
      'layanan siaga 24/7 bagi warga',
      'menang dengan skor 2-1',
      'sesuai Pasal 28/2 undang-undang',
      'UU 7/2017 tentang Pemilu',
      'Keputusan KPU Nomor 1632/2023',
      'pukul 10.00-12.00 WIB',
      'RT 01/02 Kelurahan Ujung',
      'anggaran Rp 1.500.000',
      'periode 2019-2024',
      'pada Februari 2024 mendatang',
      'hubungi 0812-3456-7890',
      'ada 3 mar dan 2 des',
      'pukul 22.18.19 WIB',
      'Senin pagi',
    ];
    for (const text of texts) expect(findDateMentions(text, { referenceDate: '2024-06-01' }), text).toEqual([]);
  });

  it('reads a year-less day/month in brackets, after a day name or after "tanggal" only', () => {
    expect(read('(5/9)', '2024-09-10')).toEqual([['(5/9)', '2024-09-05', undefined]]);
    expect(read('Jumat 16/12', '2022-12-20')).toEqual([['Jumat 16/12', '2022-12-16', undefined]]);
    expect(read('tanggal 24/8', '2024-09-01')).toEqual([['24/8', '2024-08-24', undefined]]);
    expect(read('(Sabtu, 24/8)', '2024-09-01')).toEqual([['(Sabtu, 24/8)', '2024-08-24', undefined]]);
    expect(read('sebanyak 24/8 personel', '2024-09-01')).toEqual([]);
  });
});

describe('findDateMentions: spellings of the day name', () => {
  const spellings = ["Jum'at", 'Jum’at', 'Jum´at', 'Jum`at', 'Jumat', 'JUM’AT'];
  it.each(spellings)('%s keeps its weekday, composed or decomposed', (name) => {
    for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD'] as const) {
      const text = `digelar ${name} (24/11/2023).`.normalize(form);
      const [mention] = findDateMentions(text);
      expect(mention, form).toMatchObject({ date: '2023-11-24', weekday: JUMAT, weekdayMatches: true });
      expect(text.slice(mention!.start, mention!.end), form).toBe(`${name} (24/11/2023)`.normalize(form));
      expect(parseIndonesianDate(text)?.weekday, form).toBe(JUMAT);
    }
  });

  it('gives offsets into the text as given, before and after letters with diacritics', () => {
    const text = 'Café “Sénin”, Minggu, 25 Agustus 2024';
    const [mention] = findDateMentions(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('Minggu, 25 Agustus 2024');
    expect(mention).toMatchObject({ weekday: MINGGU, weekdayMatches: true });
  });
});
