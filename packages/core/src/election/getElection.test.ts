import { describe, expect, it } from 'vitest';
import { ELECTIONS } from '../data/elections/index';
import { ELECTION_IDS } from '../data/vocabularyCodes';
import { isLocalDate } from '../date/isLocalDate';
import { getElection } from './getElection';

// Facts from elections.md, written out here rather than read from the data.
describe('election data', () => {
  it('has one schedule per election id and none for 2029', () => {
    expect(ELECTIONS.map((e) => e.id).sort()).toEqual([...ELECTION_IDS].sort());
    expect(getElection('pemilu-2029')).toBeUndefined();
    expect(ELECTIONS.some((e) => e.votingDay.startsWith('2029'))).toBe(false);
  });

  it('has the voting days and legal bases of the sources', () => {
    expect(getElection('pemilu-2024')).toMatchObject({ votingDay: '2024-02-14', legalBasis: 'PKPU 3/2022' });
    expect(getElection('pilkada-2024')).toMatchObject({ votingDay: '2024-11-27', legalBasis: 'PKPU 2/2024' });
    expect(getElection('pemilu-2019')?.votingDay).toBe('2019-04-17');
    expect(getElection('pilkada-2020')?.votingDay).toBe('2020-12-09');
  });

  it('has the dates of elections.md §1a and §2b for key stages', () => {
    const stage = (id: string) => ELECTIONS.flatMap((e) => e.stages).find((s) => s.id === id);
    expect(stage('pemilu-2024/kampanye')).toMatchObject({ start: '2023-11-28', end: '2024-02-10' });
    expect(stage('pemilu-2024/masa-tenang')).toMatchObject({ start: '2024-02-11', end: '2024-02-13' });
    expect(stage('pemilu-2024/rekapitulasi')).toMatchObject({ start: '2024-02-15', end: '2024-03-20' });
    expect(stage('pemilu-2024/pendaftaran-verifikasi-peserta')).toMatchObject({ start: '2022-07-29' });
    expect(stage('pilkada-2024/kampanye')).toMatchObject({ start: '2024-09-25', end: '2024-11-23' });
    expect(stage('pilkada-2024/masa-tenang')).toMatchObject({ start: '2024-11-24', end: '2024-11-26' });
    expect(stage('pilkada-2024/penghitungan-rekapitulasi')).toMatchObject({ start: '2024-11-27', end: '2024-12-16' });
    expect(stage('pilkada-2024/iklan-media-massa')).toMatchObject({
      start: '2024-11-10',
      parentId: 'pilkada-2024/kampanye',
    });
  });

  it('has well-formed stages: ids prefixed by the election, real dates, unique ids', () => {
    const seen = new Set<string>();
    for (const election of ELECTIONS) {
      for (const item of [...election.stages, ...(election.rules ?? [])]) {
        expect(item.id.startsWith(`${election.id}/`), item.id).toBe(true);
        expect(item.electionId).toBe(election.id);
        expect(seen.has(item.id), item.id).toBe(false);
        seen.add(item.id);
        expect(item.name.id.length > 0 && item.name.en.length > 0).toBe(true);
      }
      for (const stage of election.stages) {
        expect(isLocalDate(stage.start) && isLocalDate(stage.end), stage.id).toBe(true);
      }
      // Voting day is a stage of its own.
      expect(election.stages.some((s) => s.start === election.votingDay && s.end === election.votingDay)).toBe(true);
    }
  });

  it('models result declarations and AMJ swearing-in as rules, without dates', () => {
    const rules = getElection('pemilu-2024')?.rules?.map((r) => r.id);
    expect(rules).toContain('pemilu-2024/penetapan-hasil');
    expect(rules).toContain('pemilu-2024/sumpah-dprd');
    const pilkadaRules = getElection('pilkada-2024')?.rules ?? [];
    expect(pilkadaRules.map((r) => r.id)).toContain('pilkada-2024/penetapan-paslon-terpilih');
    // P1–P3: only the last day is sourced.
    expect(pilkadaRules.find((r) => r.id === 'pilkada-2024/perencanaan-program-anggaran')?.until).toBe('2024-01-26');
    for (const rule of pilkadaRules) expect(rule).not.toHaveProperty('start');
  });
});
