import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../data/eventKinds';
import { PARTICIPANT_GROUPS } from '../data/participantGroups';
import { IKP_DIMENSIONS, TOPICS } from '../data/topics';
import { EVENT_KIND_CODES, PARTICIPANT_GROUP_CODES, TOPIC_CODES } from '../data/vocabularyCodes';
import type { VocabularyEntry } from '../model/vocabulary';
import { findVocabularyCodes } from './findVocabularyCodes';
import { getEventKind } from './getEventKind';
import { labelOf } from './labelOf';
import { parseEventKind } from './parseEventKind';
import { parseParticipantGroup } from './parseParticipantGroup';
import { parseTopic } from './parseTopic';

const VOCABULARIES: [string, readonly string[], Record<string, VocabularyEntry>][] = [
  ['EVENT_KINDS', EVENT_KIND_CODES, EVENT_KINDS],
  ['PARTICIPANT_GROUPS', PARTICIPANT_GROUP_CODES, PARTICIPANT_GROUPS],
  ['TOPICS', TOPIC_CODES, TOPICS],
];

describe('vocabulary tables', () => {
  it.each(VOCABULARIES)('%s labels every code in both languages, and nothing else', (_, codes, table) => {
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const entry = table[code]!;
      for (const text of [entry.label.id, entry.label.en, entry.description.id, entry.description.en]) {
        expect(text.trim().length, code).toBeGreaterThan(0);
      }
    }
  });

  it.each(VOCABULARIES)('%s: every alias finds its own code (no alias is claimed twice)', (_, codes, table) => {
    for (const code of codes) {
      for (const alias of table[code]!.aliases) {
        expect(findVocabularyCodes(table, alias), `${code}: ${alias}`).toEqual([code]);
        expect(findVocabularyCodes(table, ` ${alias.toUpperCase()}. `), `${code}: ${alias}`).toEqual([code]);
      }
    }
  });

  it('relates topics to the IKP dimensions Bawaslu names, with real sub-dimensions', () => {
    for (const code of TOPIC_CODES) {
      const ikp = (TOPICS[code] as { ikp?: { dimension: keyof typeof IKP_DIMENSIONS; subDimension?: string } }).ikp;
      if (ikp?.subDimension !== undefined) {
        expect(IKP_DIMENSIONS[ikp.dimension].subDimensions as readonly string[]).toContain(ikp.subDimension);
      }
    }
    expect(TOPICS['partisipasi-pemilih'].ikp.dimension).toBe('partisipasi');
    expect(TOPICS['politik-uang'].ikp.dimension).toBe('kontestasi');
    expect(TOPICS.narkoba).not.toHaveProperty('ikp');
    expect(Object.values(IKP_DIMENSIONS).flatMap((d) => d.subDimensions)).toHaveLength(12);
  });
});

describe('parseEventKind', () => {
  it.each([
    ['Ditbinmas Polda Sumsel Gelar FGD, Isi Sasarannya', 'fgd'],
    ['menggelar Kegiatan Focus Group, Jumat (24/11/2023)', 'fgd'],
    ['Focus-Group  Discussion', 'fgd'],
    ['Dialog Kamtibmas hingga Doa Bersama, Polres Lampung Selatan', 'dialog'],
    ['Polda Kaltim Gelar Bimbingan dan Penyuluhan Kamtibmas', 'bimbingan-penyuluhan'],
    ['Binluh kamtibmas', 'bimbingan-penyuluhan'],
    ['acara Penyuluhan Keamanan dan Ketertiban Masyarakat', 'penyuluhan'],
    ['Sosialisasi tahapan Pilkada', 'sosialisasi'],
    ['kegiatan silaturahim dengan ulama', 'silaturahmi'],
    ['Bhabinkamtibmas sambang ke rumah warga', 'sambang'],
    ['PATROLI DIALOGIS cooling system Polsek Sekotong', 'patroli-dialogis'],
    ['Deklarasi Pemilu Damai 2024', 'deklarasi-damai'],
    ['Coffee Morning bersama awak media', 'coffee-morning'],
    ["Jum'at Curhat di Masjid", 'jumat-curhat'],
    ['Jum’at Curhat', 'jumat-curhat'],
    ['menyalurkan bantuan sosial (Bansos) cooling system', 'bakti-sosial'],
    ['Rakor lintas sektoral jelang Pilkada', 'rapat-koordinasi'],
    ['Apel Gelar Pasukan Operasi Mantap Brata', 'apel'],
    ['Talk Show di RRI', 'talkshow'],
    ['Webinar pemilu damai', 'seminar'],
  ])('%s → %s', (text, kind) => {
    expect(parseEventKind(text)).toBe(kind);
  });

  it('does not match inside other words or on nothing', () => {
    expect(parseEventKind('berdialog')).toBeUndefined();
    expect(parseEventKind('sambangan')).toBeUndefined();
    expect(parseEventKind('')).toBeUndefined();
  });

  it('finds every kind in a text in order', () => {
    expect(findVocabularyCodes(EVENT_KINDS, 'Dialog Kamtibmas hingga Doa Bersama … silaturahmi Kamtibmas')).toEqual([
      'dialog',
      'doa-bersama',
      'silaturahmi',
    ]);
  });
});

describe('parseParticipantGroup', () => {
  it.each([
    ['Toga', 'tokoh-agama'],
    ['TOMAS', 'tokoh-masyarakat'],
    ['toda', 'tokoh-adat'],
    ['Tokoh Pemuda', 'tokoh-pemuda'],
    ['peranan serta Pengusaha Jasa Transportasi Umum', 'pengusaha-transportasi'],
    ['pengemudi jasa transportasi umum', 'pengemudi-transportasi'],
    ['Kades se- Kecamatan Kedurang Ilir', 'kepala-desa'],
    ['Dihadiri Camat Kedurang Ilir', 'camat'],
    ['petugas KPPS', 'penyelenggara-pemilu'],
    ['Ketua KPU Balikpapan', 'penyelenggara-pemilu'],
    ['Bawaslu Kabupaten', 'pengawas-pemilu'],
    ['BEM Universitas Sriwijaya', 'mahasiswa'],
    ['para relawan', 'relawan'],
    ['ormas dan komunitas', 'ormas'],
    ['Kepala Badan Kesbangpol Banyuasin', 'pemerintah-daerah'],
  ])('%s → %s', (text, group) => {
    expect(parseParticipantGroup(text)).toBe(group);
  });

  it('lists the groups of the Polda Kaltim article in order', () => {
    expect(
      findVocabularyCodes(
        PARTICIPANT_GROUPS,
        'yang diikuti tokoh agama, tokoh masyarakat, tokoh adat, ormas dan komunitas di Kota Balikpapan',
      ),
    ).toEqual(['tokoh-agama', 'tokoh-masyarakat', 'tokoh-adat', 'ormas', 'komunitas']);
    expect(
      findVocabularyCodes(
        PARTICIPANT_GROUPS,
        'Kades se- Kecamatan Kedurang Ilir dan Kecamatan Kedurang, Tokoh Masyarakat, Tokoh Agama, Tokoh Pemuda',
      ),
    ).toEqual(['kepala-desa', 'tokoh-masyarakat', 'tokoh-agama', 'tokoh-pemuda']);
  });
});

describe('parseTopic', () => {
  it.each([
    ['berita hoax yang mungkin muncul', 'hoaks'],
    ['Satgas Anti Money Politic', 'politik-uang'],
    ['pelaku politik uang', 'politik-uang'],
    ['berita hoaks berbau SARA', 'hoaks'],
    ['politisasi SARA', 'sara'],
    ['penyebar fitnah, pengadu domba', 'fitnah-adu-domba'],
    ['peredaran narkoba', 'narkoba'],
    ['kelelahan petugas TPS', 'kelelahan-petugas'],
    ['pemilih yang tidak terdaftar dalam DPT', 'data-pemilih'],
    ['meningkatkan partisipasi pemilih', 'partisipasi-pemilih'],
    ['memberikan edukasi politik', 'edukasi-politik'],
    ['titik kerawanan wilayah di Kaltim', 'kerawanan-wilayah'],
    ['Termasuk logistik diberikan pengamanan', 'logistik-pemilu'],
    ['bijak bermedia sosial, jangan sebar di medsos', 'media-sosial'],
    ['menjaga situasi kamtibmas', 'kamtibmas'],
    ['jaga kerukunan serta persatuan', 'persatuan'],
  ])('%s → %s', (text, topic) => {
    expect(parseTopic(text)).toBe(topic);
  });
});

describe('lookups', () => {
  it('getEventKind returns the entry with its code', () => {
    expect(getEventKind('fgd')).toMatchObject({ code: 'fgd', label: { en: 'Focus group discussion' } });
    expect(getEventKind('FGD')).toBeUndefined();
    expect(getEventKind('toString')).toBeUndefined();
  });

  it('labelOf gives the label in either language', () => {
    expect(labelOf(EVENT_KINDS, 'doa-bersama')).toBe('Doa bersama');
    expect(labelOf(EVENT_KINDS, 'doa-bersama', 'en')).toBe('Joint prayer');
    expect(labelOf(TOPICS, 'politik-uang', 'en')).toBe('Vote buying');
    expect(labelOf(PARTICIPANT_GROUPS, 'tokoh-agama', 'id')).toBe('Tokoh agama (Toga)');
  });
});

describe('robustness', () => {
  it('never throws on random text and returns only known codes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const kind = parseEventKind(text);
        if (kind !== undefined) expect(EVENT_KIND_CODES).toContain(kind);
        const group = parseParticipantGroup(text);
        if (group !== undefined) expect(PARTICIPANT_GROUP_CODES).toContain(group);
        const topic = parseTopic(text);
        if (topic !== undefined) expect(TOPIC_CODES).toContain(topic);
      }),
    );
  });

  it('handles a 400 kB adversarial string', () => {
    // Prefixes of long aliases repeated: every word starts a candidate that fails on its last word.
    const text = `${'bimbingan dan pengusaha jasa transportasi deklarasi pemilu '.repeat(7_000)}doa bersama`;
    expect(text.length).toBeGreaterThan(400_000);
    expect(parseTopic(text)).toBeUndefined();
    expect(findVocabularyCodes(EVENT_KINDS, text)).toEqual(['deklarasi-damai', 'doa-bersama']);
    expect(parseParticipantGroup(text)).toBe('pengusaha-transportasi');
  });
});
