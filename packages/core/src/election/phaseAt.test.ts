import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELECTIONS } from '../data/elections/index';
import { phaseAt } from './phaseAt';
import { phasesAt } from './phasesAt';

// Day arithmetic through the JS calendar, independent of the library's own.
function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const ALL_STAGES = ELECTIONS.flatMap((e) => e.stages);

describe('stage boundaries (every dated stage of every election)', () => {
  it.each(ALL_STAGES.map((s) => [s.id, s] as const))('%s: first and last day in, the days around out', (_, stage) => {
    const ids = (date: string) => phasesAt(date).map((p) => p.id);
    expect(ids(stage.start)).toContain(stage.id);
    expect(ids(stage.end)).toContain(stage.id);
    expect(ids(addDays(stage.start, -1))).not.toContain(stage.id);
    expect(ids(addDays(stage.end, 1))).not.toContain(stage.id);
  });

  it('has start on or before end for every stage, and sub-stages inside their parents', () => {
    for (const stage of ALL_STAGES) {
      expect(stage.start <= stage.end, stage.id).toBe(true);
      if (stage.parentId !== undefined) {
        const parent = ALL_STAGES.find((s) => s.id === stage.parentId);
        expect(parent, stage.id).toBeDefined();
        expect(parent!.start <= stage.start && stage.end <= parent!.end, stage.id).toBe(true);
      }
    }
  });
});

describe('phaseAt: most specific stage', () => {
  // Expected ids read off elections.md §1a / §2b, not from the implementation.
  it.each([
    ['pemilu-2024', '2024-02-10', 'pemilu-2024/rapat-umum-iklan'], // last campaign day: 7b starts later than 7/7a
    ['pemilu-2024', '2024-01-20', 'pemilu-2024/kampanye-tatap-muka'], // 7 and 7a share dates: sub-stage wins
    ['pemilu-2024', '2024-01-21', 'pemilu-2024/rapat-umum-iklan'],
    ['pemilu-2024', '2024-02-11', 'pemilu-2024/masa-tenang'],
    ['pemilu-2024', '2024-02-13', 'pemilu-2024/masa-tenang'],
    ['pemilu-2024', '2024-02-14', 'pemilu-2024/pemungutan-suara'], // 9a and 9b start together: 9a is shorter
    ['pemilu-2024', '2024-02-15', 'pemilu-2024/rekapitulasi'], // 9c starts later than 9b
    ['pemilu-2024', '2024-02-16', 'pemilu-2024/rekapitulasi'],
    ['pemilu-2024', '2024-03-21', 'pemilu-2024/perencanaan-program-anggaran'],
    ['pemilu-2024', '2022-06-14', 'pemilu-2024/penyusunan-peraturan'], // same start, shorter
    ['pemilu-2024', '2022-10-14', 'pemilu-2024/penetapan-kursi-dapil'], // 2 and 5 start together; 5 is shorter
    ['pemilu-2024', '2022-12-14', 'pemilu-2024/penetapan-peserta'],
    ['pemilu-2024', '2023-10-25', 'pemilu-2024/pendaftaran-capres-cawapres'],
    ['pemilu-2024', '2023-11-13', 'pemilu-2024/penetapan-capres-cawapres'],
    ['pemilu-2024', '2023-11-24', 'pemilu-2024/pencalonan-presiden'],
    ['pemilu-2024', '2024-10-01', 'pemilu-2024/sumpah-dpr-dpd'],
    ['pemilu-2024', '2024-10-20', 'pemilu-2024/sumpah-presiden'],
    ['pilkada-2024', '2024-11-27', 'pilkada-2024/pemungutan-suara'],
    ['pilkada-2024', '2024-11-28', 'pilkada-2024/penghitungan-rekapitulasi'],
    ['pilkada-2024', '2024-11-23', 'pilkada-2024/iklan-media-massa'],
    ['pilkada-2024', '2024-11-09', 'pilkada-2024/kampanye'],
    ['pilkada-2024', '2024-11-24', 'pilkada-2024/masa-tenang'],
    ['pilkada-2024', '2024-08-27', 'pilkada-2024/pendaftaran-paslon'], // S3 and S4 start together: S3 shorter
    ['pilkada-2024', '2024-08-30', 'pilkada-2024/penelitian-persyaratan'],
    ['pilkada-2024', '2024-09-03', 'pilkada-2024/perpanjangan-pendaftaran'],
    ['pilkada-2024', '2024-09-22', 'pilkada-2024/penetapan-paslon'],
    ['pilkada-2024', '2024-09-23', 'pilkada-2024/pengundian-nomor-urut'],
    ['pilkada-2024', '2024-07-01', 'pilkada-2024/coklit'],
    ['pilkada-2024', '2024-05-31', 'pilkada-2024/pemutakhiran-data-pemilih'], // P7 ends, P8 starts: later start
    ['pemilu-2019', '2019-04-17', 'pemilu-2019/pemungutan-penghitungan-suara'],
    ['pemilu-2019', '2019-04-15', 'pemilu-2019/masa-tenang'],
    ['pilkada-2020', '2020-12-09', 'pilkada-2020/pemungutan-suara'],
    ['pilkada-2020', '2020-10-01', 'pilkada-2020/kampanye'],
  ])('%s on %s is %s', (election, date, expected) => {
    expect(phaseAt(election, date)?.id).toBe(expected);
  });

  it('returns undefined outside every stage, for unknown elections and for invalid dates', () => {
    expect(phaseAt('pemilu-2024', '2024-12-01')).toBeUndefined();
    expect(phaseAt('pemilu-2024', '2022-06-13')).toBeUndefined();
    expect(phaseAt('pilkada-2020', '2020-12-08')).toBeUndefined(); // quiet period not in sources
    expect(phaseAt('pemilu-2029', '2029-02-14')).toBeUndefined();
    expect(phaseAt('pemilu-2024', '2024-02-30')).toBeUndefined();
    expect(phaseAt('pemilu-2024', '14/02/2024')).toBeUndefined();
  });

  it('never returns a stage-rule (no invented dates)', () => {
    // Penetapan hasil happened 2024-04-24; it is a rule, so the only stage that day is 1a.
    expect(phaseAt('pemilu-2024', '2024-04-24')?.id).toBe('pemilu-2024/perencanaan-program-anggaran');
    expect(phaseAt('pilkada-2024', '2025-02-20')).toBeUndefined();
    expect(phaseAt('pilkada-2024', '2024-01-26')).toBeUndefined();
  });

  it('always picks a stage that contains the date and that no other containing stage beats', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ELECTIONS.map((e) => e.id)),
        fc.integer({ min: 0, max: 3500 }),
        (electionId, offset) => {
          const date = addDays('2017-06-01', offset);
          const chosen = phaseAt(electionId, date);
          const containing = ELECTIONS.find((e) => e.id === electionId)!.stages.filter(
            (s) => s.start <= date && date <= s.end,
          );
          if (containing.length === 0) {
            expect(chosen).toBeUndefined();
            return;
          }
          expect(chosen).toBeDefined();
          expect(containing).toContain(chosen);
          for (const other of containing) expect(other.start <= chosen!.start).toBe(true);
        },
      ),
    );
  });
});

describe('phasesAt', () => {
  it('lists all containing stages across elections, the most specific first', () => {
    expect(phasesAt('2024-02-14').map((p) => p.id)).toEqual([
      'pemilu-2024/pemungutan-suara',
      'pemilu-2024/penghitungan-suara',
      'pemilu-2024/perencanaan-program-anggaran',
    ]);
    // Pemilu 2024 planning (to 14 Jun) overlaps Pilkada 2024 stages.
    expect(phasesAt('2024-05-31').map((p) => p.id)).toEqual([
      'pemilu-2024/perencanaan-program-anggaran',
      'pilkada-2024/pemutakhiran-data-pemilih',
      'pilkada-2024/dukungan-perseorangan', // starts 05-05
      'pilkada-2024/penyerahan-dp4', // starts 04-24
      'pilkada-2024/pembentukan-badan-adhoc',
      'pilkada-2024/pendaftaran-pemantau',
    ]);
  });

  it('is empty between elections and for invalid dates', () => {
    expect(phasesAt('2021-06-01')).toEqual([]);
    expect(phasesAt('2024-13-01')).toEqual([]);
    expect(phasesAt('')).toEqual([]);
  });
});
