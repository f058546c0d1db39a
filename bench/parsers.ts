// parseOfficerMention over the hand-written corpus (throughput), and linearity: the time for 10×
// the input divided by the time for 1×, which should be about 10 (target ≤ 12). The scaled inputs
// are the corpus joined into one news-like text and the adversarial shapes of the parser's
// 400 kB tests; parseUnitMention and parseIndonesianDate get the same treatment.
import { readFileSync } from 'node:fs';
import type * as Core from '@kamtibmas/core';
import { OFFICER_MENTION_CASES } from '../packages/core/src/person/parseOfficerMention.cases';
import { benchExtractArticle } from './extractArticle';
import { benchFindDateMentions, seedArticles } from './findDates';
import { benchFindUnitMentions } from './findUnits';
import { importBuilt } from './lib/load';
import { fmtMs, fmtNum, heading, interleavedRatio, measure, target } from './lib/report';

export interface Scaled {
  name: string;
  /** Builds the input of about `bytes` characters. */
  make: (bytes: number) => string;
  run: (text: string) => unknown;
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

/**
 * A run of `read` on `text` and on `text` with a space added, in turn: the word tokenizer keeps the
 * last long text's words (the finders an extractor runs over one article share them), so the same
 * text twice in a row would skip tokenizing.
 */
function inTurn(text: string, read: (text: string) => unknown): () => unknown {
  const texts = [text, `${text} `];
  let turn = 0;
  return () => read(texts[turn++ & 1]!);
}

export async function benchParsers(): Promise<void> {
  const core = await importBuilt<typeof Core>('core');
  const mentions = OFFICER_MENTION_CASES.map((c) => c.text);
  const corpusBytes = mentions.reduce((n, m) => n + m.length, 0);

  heading(`parseOfficerMention over the ${mentions.length} hand-written mentions (${fmtNum(corpusBytes)} characters)`);
  const [corpus] = await measure([
    [
      'parseOfficerMention × corpus',
      () => {
        let found = 0;
        for (const text of mentions) if (core.parseOfficerMention(text)) found += 1;
        return found;
      },
    ],
  ]);
  const perMention = corpus!.meanMs / mentions.length;
  console.log(
    `${fmtMs(corpus!.meanMs)} per pass over the corpus = ${fmtMs(perMention)} per mention, ${fmtNum(1000 / perMention)} mentions/s, ${fmtNum(corpusBytes / 2 ** 20 / (corpus!.meanMs / 1000), 1)} MiB/s`,
  );

  await benchFindDateMentions(core);
  await benchFindUnitMentions(core);
  await benchExtractArticle(core);

  // A whole article, as the extractor reads it: every officer mention with its span.
  const article = readFileSync(
    new URL('../packages/fixtures/test/articles/000_ab81f7aa4f2ae994.txt', import.meta.url),
    'utf8',
  );
  heading(`parseOfficerMentions over a ${fmtNum(article.length)}-character article (seed 000)`);
  const [whole] = await measure([['parseOfficerMentions × article', inTurn(article, core.parseOfficerMentions)]]);
  const perArticle = whole!.meanMs;
  console.log(`${fmtMs(perArticle)} per article = ${fmtNum(1000 / perArticle)} articles/s`);
  target('parseOfficerMentions on a 2.3 kB article ≤ 0.25 ms (≥ 4,000 articles/s)', perArticle, 0.25, 'ms');

  await linearity(scaledParserInputs(core));
}

/** The scaled inputs of the linearity table, each with the parser it is read by. */
export function scaledParserInputs(core: typeof Core): Scaled[] {
  // Paragraph-like text: every mention followed by prose, as in an article.
  const mentions = OFFICER_MENTION_CASES.map((c) => c.text);
  const article = mentions.map((m) => `${m} mengatakan bahwa situasi kamtibmas kondusif.`).join(' ');
  return [
    {
      name: 'parseOfficerMentions, corpus as one text',
      make: (n) => repeatTo(`${article} `, n),
      run: core.parseOfficerMentions,
    },
    {
      name: 'parseOfficerMention, repeated ranks',
      make: (n) => repeatTo('AKBP Kombes Pol. Brigadir ', n),
      run: core.parseOfficerMention,
    },
    {
      name: 'parseOfficerMention, repeated titles',
      make: (n) => `AKBP Imam ${repeatTo('S.H. ', n)}`,
      run: core.parseOfficerMention,
    },
    {
      name: 'parseOfficerMention, titles without a rank',
      make: (n) => repeatTo('S.H. ', n),
      run: core.parseOfficerMention,
    },
    {
      name: 'parseOfficerMention, repeated positions',
      make: (n) => `${repeatTo('Kapolres Banyuasin ', n)}AKBP Ruri`,
      run: core.parseOfficerMention,
    },
    {
      name: 'parseUnitMention, repeated unit words',
      make: (n) => repeatTo('Polres Polsek Sat Binmas ', n),
      run: (t) => core.parseUnitMention(t),
    },
    {
      name: 'parseIndonesianDate, repeated date parts',
      make: (n) => repeatTo('Senin 12 Januari (12/1) ', n),
      run: (t) => core.parseIndonesianDate(t),
    },
    // The unit row above (and 'repeated titles') finds a mention in the first words, so it times
    // the tokenizer; parseIndonesianDate reads a long text in growing prefixes and stops at the
    // first that settles its date, so its row above takes the same time at 40 and 400 kB (the
    // findDateMentions rows time the date tokenizer over a whole text). In these two every word
    // starts a candidate that fails, so the parser reads the whole text.
    {
      name: 'parseUnitMention, unit words without a name',
      make: (n) => repeatTo('Polres ', n),
      run: (t) => core.parseUnitMention(t),
    },
    {
      name: 'parseIndonesianDate, date parts without a date',
      make: (n) => repeatTo('Senin 32 Januari (12/13) ', n),
      run: (t) => core.parseIndonesianDate(t),
    },
    {
      name: 'findDateMentions, seed articles as one text',
      make: (n) => repeatTo(`${seedArticles().join('\n\n')}\n\n`, n),
      run: (t) => core.findDateMentions(t),
    },
    {
      name: 'findDateMentions, ranges and links',
      make: (n) =>
        repeatTo('Senin (4/11/2024) hingga Rabu (6/11/2024), 4 s.d. 6 Nov. 2024 https://x.id/2024/01/25/ ', n),
      run: (t) => core.findDateMentions(t),
    },
    {
      name: 'findUnitMentions, seed articles as one text',
      make: (n) => repeatTo(`${seedArticles().join('\n\n')}\n\n`, n),
      run: (t) => core.findUnitMentions(t),
    },
    {
      name: 'findUnitMentions, chains and heads without a name',
      make: (n) => repeatTo('Sat Binmas Polsek Kedurang Polres BS Polda Bengkulu, Mapolres ( Polsek Metro ', n),
      run: (t) => core.findUnitMentions(t),
    },
  ];
}

/** time(10× input) / time(1× input) of each input, as targets (≤ 12) and a table. */
export async function linearity(scaled: Scaled[]): Promise<void> {
  heading('linearity: time(10× input) / time(1× input), target ≤ 12');
  const rows: Record<string, string>[] = [];
  for (const s of scaled) {
    const small = s.make(40_000);
    const large = s.make(400_000);
    const runSmall = inTurn(small, s.run);
    const runLarge = inTurn(large, s.run);
    const [a, b] = await measure(
      [
        [`${s.name} (40 kB)`, runSmall],
        [`${s.name} (400 kB)`, runLarge],
      ],
      { time: 200, iterations: 3 },
    );
    // The target uses interleaved batches (median of 9 rounds): sequential runs on a shared
    // machine see different loads.
    const ratio = interleavedRatio(runLarge, runSmall, 9, 60);
    const sizeRatio = large.length / small.length;
    rows.push({
      input: s.name,
      '1× (chars)': fmtNum(small.length),
      '1× time': fmtMs(a!.meanMs),
      '10× time': fmtMs(b!.meanMs),
      'time ratio (interleaved)': ratio.toFixed(2),
      'size ratio': sizeRatio.toFixed(2),
    });
    target(`linear: ${s.name} (10× input ≤ 12× time)`, ratio / (sizeRatio / 10), 12);
  }
  console.table(rows);
}
