import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, mergeExtractions } from '../src/index';

// The examples of packages/extract/README.md, run: the values shown there must be what the package
// returns. Change the README and this test together.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const text =
  'Kapolres Lebong AKBP Budi Santoso menggelar sosialisasi Pilkada damai bersama tokoh agama di Aula Polres Lebong, Senin (2/9/2024).';
const later =
  'Polres Lebong menggelar doa bersama jelang Pilkada 2024, Jumat (6/9/2024). Kapolres AKBP Budi mengajak warga menolak hoaks.';

describe('README examples', () => {
  it('uses the texts tested here', () => {
    expect(readme).toContain(text);
    expect(readme).toContain(later);
  });

  it('one article', () => {
    const { dataset, event } = extractArticle(text, { publisher: 'Contoh News', publishedOn: '2024-09-02' });
    expect(event?.id).toBe('sosialisasi-polres-lebong-2024-09-02');
    expect(event?.date).toBe('2024-09-02');
    expect(event?.organizerIds).toEqual(['polres-lebong']);
    expect(event?.venue).toEqual({ name: 'Aula Polres Lebong' });
    expect(event?.participantGroups).toEqual([{ group: 'tokoh-agama' }]);
    expect(event?.election?.electionId).toBe('pilkada-2024');
    expect(event?.sources[0]?.evidence?.find((e) => e.claim === 'person:budi-santoso.rank')).toEqual({
      claim: 'person:budi-santoso.rank',
      quote: 'Kapolres Lebong AKBP Budi Santoso',
      start: 0,
      end: 33,
    });
    expect(dataset.people).toEqual([
      {
        kind: 'officer',
        id: 'budi-santoso',
        name: 'Budi Santoso',
        rank: 'AKBP',
        honorifics: [],
        titles: [],
        appointments: [{ position: 'kapolres', organizationId: 'polres-lebong', asOf: '2024-09-02' }],
      },
    ]);
    expect(dataset.units.map((unit) => unit.id)).toEqual(['polda-bengkulu', 'polres-lebong']);
    expect(dataset.events[0]).toBe(event);
  });

  it('many articles', () => {
    const merged = mergeExtractions([
      extractArticle(text, { publishedOn: '2024-09-02' }),
      extractArticle(later, { publisher: 'Contoh News', publishedOn: '2024-09-06' }),
    ]);
    expect(merged.dataset.people).toEqual([
      {
        kind: 'officer',
        id: 'budi-santoso',
        name: 'Budi Santoso',
        rank: 'AKBP',
        honorifics: [],
        titles: [],
        appointments: [
          { position: 'kapolres', organizationId: 'polres-lebong', asOf: '2024-09-02' },
          { position: 'kapolres', organizationId: 'polres-lebong', asOf: '2024-09-06' },
        ],
      },
    ]);
    expect(merged.ids[1]?.people).toEqual({ budi: 'budi-santoso' });
    expect(merged.dataset.events.map((e) => e.id)).toEqual([
      'sosialisasi-polres-lebong-2024-09-02',
      'doa-bersama-polres-lebong-2024-09-06',
    ]);
    expect(merged.notes[1]).toBe(
      "person 'Budi' (article 1) linked to 'budi-santoso' (Budi Santoso): the only longer name of that kind and rank, in the same unit or organisation",
    );
  });
});
