import { describe, expect, it } from 'vitest';
import { POLDA } from '../../packages/core/src/data/polda';
import { POSITION_CODES } from '../../packages/core/src/data/positionCodes';
import { RANK_CODES } from '../../packages/core/src/data/rankCodes';
import { UNIT_KINDS } from '../../packages/core/src/data/unitKinds';
import type { RealOfficerMentionCase } from '../../packages/core/src/person/realOfficerMentions.dev.cases';
import { OFFICER_SETS, UNIT_SETS } from '../score/realMentionSets';

// Checks the real-mention corpus itself (size, sources, codes), never the parsers' accuracy:
// scripts/score/mentions.ts measures that, and the parsers are being changed against the DEV set.

const ALL_OFFICERS: readonly RealOfficerMentionCase[] = Object.values(OFFICER_SETS).flat();
const ALL_UNITS = Object.values(UNIT_SETS).flat();
const REAL_UNIT_MENTIONS_DEV = UNIT_SETS.dev ?? [];
const REAL_UNIT_MENTIONS_HOLDOUT = UNIT_SETS.holdout ?? [];
const REAL_UNIT_MENTIONS_HOLDOUT2 = UNIT_SETS.holdout2 ?? [];

/**
 * One article's address whatever way it was copied: no scheme, no www/m/amp host, no AMP path, no
 * trailing slash, no tracking query; a `?p=` or `?id=` query names the article and is kept.
 */
const articleOf = (url: string): string => {
  const parsed = new URL(url.toLowerCase());
  const id = parsed.searchParams.get('p') ?? parsed.searchParams.get('id');
  const path = parsed.pathname
    .replace('/amp/', '/')
    .replace(/\/amp$/, '')
    .replace(/\/$/, '');
  return parsed.hostname.replace(/^(?:www|m|amp)\./, '') + path + (id === null ? '' : `?p=${id}`);
};

const isHttpUrl = (url: string) => {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname.includes('.');
  } catch {
    return false;
  }
};

// Province codes of the Kemendagri table that the corpus may use (every Polda's, plus the four
// Papua provinces whose Polda is Polda Papua).
const PROVINCE_CODES = new Set(POLDA.flatMap((p) => [p.area.code, ...p.provinceCodes]));

describe('real-mention corpus', () => {
  it('holds at least 300 officer and 150 unit mentions in total', () => {
    expect(ALL_OFFICERS.length).toBeGreaterThanOrEqual(300);
    expect(ALL_UNITS.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every Polda province among the officer mentions, and names only Polda provinces', () => {
    const provinces = POLDA.map((p) => p.provinceName);
    const covered = new Set(ALL_OFFICERS.map((c) => c.province));
    for (const province of provinces) expect(covered.has(province), province).toBe(true);
    for (const province of covered) expect(provinces, province).toContain(province);
  });

  it('gives every mention an http(s) source URL', () => {
    for (const c of [...ALL_OFFICERS, ...ALL_UNITS]) expect(isHttpUrl(c.url), `${c.text}: ${c.url}`).toBe(true);
  });

  it('uses only known rank, position and unit-kind codes in the officer readings', () => {
    for (const { text, expected } of ALL_OFFICERS) {
      expect(RANK_CODES, text).toContain(expected.rank);
      if (expected.position?.code !== undefined) expect(POSITION_CODES, text).toContain(expected.position.code);
      if (expected.unit !== undefined) expect(UNIT_KINDS, text).toContain(expected.unit.kind);
      expect(expected.name.length, text).toBeGreaterThan(0);
      // The name is copied from the mention, so it occurs in it as written.
      expect(text.includes(expected.name), `${text} / ${expected.name}`).toBe(true);
      if (expected.position !== undefined) expect(text.includes(expected.position.text), text).toBe(true);
    }
  });

  it('uses only known unit kinds and province codes in the unit readings', () => {
    for (const { text, expected } of ALL_UNITS) {
      expect(UNIT_KINDS, text).toContain(expected.kind);
      if (expected.parentKind !== undefined) expect(UNIT_KINDS, text).toContain(expected.parentKind);
      if (expected.province !== null) expect(PROVINCE_CODES.has(expected.province), text).toBe(true);
      expect(text.toLowerCase().includes(expected.name.toLowerCase()), `${text} / ${expected.name}`).toBe(true);
    }
  });

  for (const [set, cases] of Object.entries({ ...OFFICER_SETS })) {
    it(`has no duplicate officer text within the ${set} set`, () => {
      const texts = cases.map((c) => c.text);
      expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    });
  }
  for (const [set, cases] of Object.entries({ ...UNIT_SETS })) {
    it(`has no duplicate unit text within the ${set} set`, () => {
      const texts = cases.map((c) => c.text);
      expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    });
  }

  it('takes the HOLDOUT mentions from other articles than the DEV ones', () => {
    const devUrls = new Set([...OFFICER_SETS.dev, ...REAL_UNIT_MENTIONS_DEV].map((c) => c.url));
    const shared = [...OFFICER_SETS.holdout, ...REAL_UNIT_MENTIONS_HOLDOUT].filter((c) => devUrls.has(c.url));
    expect(shared.map((c) => c.url)).toEqual([]);
  });

  it('holds at least 120 officer mentions from 60 articles and 60 unit mentions in HOLDOUT2', () => {
    expect(OFFICER_SETS.holdout2.length).toBeGreaterThanOrEqual(120);
    expect(new Set(OFFICER_SETS.holdout2.map((c) => c.url)).size).toBeGreaterThanOrEqual(60);
    expect(REAL_UNIT_MENTIONS_HOLDOUT2.length).toBeGreaterThanOrEqual(60);
  });

  it('takes the HOLDOUT2 mentions from other articles than the DEV and HOLDOUT ones', () => {
    const earlier = [
      ...OFFICER_SETS.dev,
      ...REAL_UNIT_MENTIONS_DEV,
      ...OFFICER_SETS.holdout,
      ...REAL_UNIT_MENTIONS_HOLDOUT,
    ];
    const earlierUrls = new Set(earlier.map((c) => c.url));
    const shared = [...OFFICER_SETS.holdout2, ...REAL_UNIT_MENTIONS_HOLDOUT2].filter((c) => earlierUrls.has(c.url));
    expect(shared.map((c) => c.url)).toEqual([]);
  });

  // The held-out sets built fresh after the parser was tuned on the earlier ones: each from articles
  // in no other set, at least 150 mentions from 75 articles (HOLDOUT3) or 200 from 100 (later ones).
  const FRESH_SETS = [
    ['HOLDOUT3', OFFICER_SETS.holdout3, 150, 75],
    ['HOLDOUT4', OFFICER_SETS.holdout4, 200, 100],
    ['HOLDOUT5', OFFICER_SETS.holdout5, 200, 100],
    ['HOLDOUT6', OFFICER_SETS.holdout6, 200, 100],
    ['HOLDOUT7', OFFICER_SETS.holdout7, 200, 100],
    ['HOLDOUT8', OFFICER_SETS.holdout8, 200, 100],
  ] as const;

  for (const [name, set, mentions, articles] of FRESH_SETS) {
    it(`holds at least ${mentions} officer mentions from ${articles} articles in ${name}`, () => {
      expect(set.length).toBeGreaterThanOrEqual(mentions);
      expect(new Set(set.map((c) => c.url)).size).toBeGreaterThanOrEqual(articles);
    });

    it(`takes the ${name} mentions from other articles than every other set`, () => {
      const others = [
        ...ALL_OFFICERS.filter((c) => !(set as readonly RealOfficerMentionCase[]).includes(c)),
        ...ALL_UNITS,
      ];
      const otherArticles = new Set(others.map((c) => articleOf(c.url)));
      const shared = set.filter((c) => otherArticles.has(articleOf(c.url)));
      expect(shared.map((c) => c.url)).toEqual([]);
    });
  }

  it('tells articles apart by their ?p= or ?id= number and not by how the address was copied', () => {
    expect(articleOf('https://riau.info/?p=13825')).not.toBe(articleOf('https://riau.info/?p=13826'));
    expect(articleOf('https://www.example.id/amp/berita/1/x/')).toBe(articleOf('http://m.example.id/berita/1/x'));
    expect(articleOf('https://example.id/a/b?utm_source=x#top')).toBe(articleOf('https://example.id/a/b'));
  });
});
