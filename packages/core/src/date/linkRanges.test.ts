import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, LinkChunks, linkRanges } from './linkRanges';

/** The linked chunks of a text, as written. */
function links(text: string): string[] {
  const ranges = linkRanges(text);
  const out: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) out.push(text.slice(ranges[i], ranges[i + 1]));
  return out;
}

describe('linkRanges', () => {
  it('finds URLs, paths, addresses and file names', () => {
    expect(links('lihat https://www.detik.com/berita/d-1/2024/01/25/apel, atau www.polri.go.id')).toEqual([
      'https://www.detik.com/berita/d-1/2024/01/25/apel,',
      'www.polri.go.id',
    ]);
    expect(
      links('tribunnews.com/mata-lokal-memilih/2023/11/03/kpu dan /2024/01/25/ serta berita/2024/01/25/judul'),
    ).toEqual(['tribunnews.com/mata-lokal-memilih/2023/11/03/kpu', '/2024/01/25/', 'berita/2024/01/25/judul']);
    expect(links('Foto: IMG-20240125-WA0012.jpg; humas@polres.go.id; IMG_20240125_1.JPEG')).toEqual([
      'IMG-20240125-WA0012.jpg;',
      'humas@polres.go.id;',
      'IMG_20240125_1.JPEG',
    ]);
  });

  it("takes a camera's date and time written apart as part of its file name", () => {
    expect(links('WhatsApp Image 2024-01-25 at 10.15.30.jpeg')).toEqual(['2024-01-25 at 10.15.30.jpeg']);
    // Not across a line break.
    expect(links('2024-01-25\nat 10.15.30.jpeg')).toEqual(['10.15.30.jpeg']);
    expect(links('2024-01-25 at\n10.15.30.jpeg')).toEqual(['10.15.30.jpeg']);
    // Only after a time joiner, and only with a file's extension.
    expect(links('Foto 2024-01-25 di 10.15.30.jpeg')).toEqual(['10.15.30.jpeg']);
    expect(links('2024-01-25 at www.polri.go.id')).toEqual(['www.polri.go.id']);
    // Across any white space on the line, and at the start of the text.
    expect(links('2024-01-25\u00a0 at  10.15.30.jpeg, lalu')).toEqual(['2024-01-25\u00a0 at  10.15.30.jpeg,']);
    expect(links('at 10.15.30.jpeg')).toEqual(['10.15.30.jpeg']);
  });

  it('reads each chunk whole, with several marks and at the ends of the text', () => {
    expect(links('a.b_c/d@e')).toEqual(['a.b_c/d@e']);
    expect(links('/x')).toEqual(['/x']);
    expect(links('kata. www.x.id')).toEqual(['www.x.id']);
    expect(links('humas@polres humas_polres')).toEqual(['humas@polres', 'humas_polres']);
  });

  it('leaves dates, joiners and words alone', () => {
    expect(
      links(
        'Rabu (21/2/2024), (Rabu/13/12/2023), 4 s/d 6 November, Hari/Tanggal, Kompas.com - 09/02/2024, akhir kalimat.',
      ),
    ).toEqual([]);
    expect(links('')).toEqual([]);
  });

  it('is linear: one pass over a 400 kB text of slashes and dots', () => {
    const text = `${'a/'.repeat(100_000)} ${'x.'.repeat(100_000)}`;
    const started = performance.now();
    expect(links(text)).toEqual([`${'a/'.repeat(100_000)}`]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('LinkChunks tells of each character what linkRanges finds, chunk by chunk', () => {
    const chunk = fc.constantFrom(
      'at',
      'di',
      'Foto',
      '2024-01-25',
      '10.15.30.jpeg',
      '10.15.30.JPG)',
      'IMG-1.jpg,',
      'kata.',
      'www.x.id',
      'x.id/a',
      'a/b/c/d',
      '/x',
      'x@y',
      'a_b',
      'http://x',
      'Rabu',
      '(21/2/2024)',
    );
    const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', ' \n ');
    const texts = fc.array(fc.tuple(chunk, space), { maxLength: 12 }).map((pairs) => pairs.flat().join(''));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, backwards) => {
        const ranges = linkRanges(text);
        const inRanges = (at: number) => {
          for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= at && at < ranges[i + 1]!) return true;
          return false;
        };
        const chunks = new LinkChunks(text);
        for (let k = 0; k < text.length; k++) {
          const at = backwards ? text.length - 1 - k : k;
          if (!isSpaceCode(text.charCodeAt(at))) expect(chunks.has(at), `${at}`).toBe(inRanges(at));
        }
      }),
      { numRuns: 500 },
    );
  });
});
