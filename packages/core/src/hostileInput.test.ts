// Cross-cutting hostile-input properties for every exported function of @kamtibmas/core and
// @kamtibmas/core/districts that reads text or a code: arbitrary strings and arbitrary JSON values
// (what a caller passing parsed JSON can hand over, whatever the TypeScript signature says) never
// make a parser or a lookup throw, and the names of Object.prototype members are never found as
// codes or names. Each parser's own test file has its format-specific properties and 400 kB cases;
// this file covers what they share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as districts from './districts';
import * as core from './index';

/** Functions that take human text (or a name) and answer undefined / [] / '' when nothing matches. */
const TEXT_READERS: Record<string, (text: never) => unknown> = {
  parseRank: core.parseRank,
  parseOfficerMention: core.parseOfficerMention,
  parseOfficerMentions: core.parseOfficerMentions,
  parsePosition: core.parsePosition,
  splitNameAndTitles: core.splitNameAndTitles,
  canonicalTitle: core.canonicalTitle,
  parseUnitMention: core.parseUnitMention,
  findUnitMentions: core.findUnitMentions,
  parseIndonesianDate: core.parseIndonesianDate,
  findDateMentions: core.findDateMentions,
  parseOperationName: core.parseOperationName,
  parseEventKind: core.parseEventKind,
  parseParticipantGroup: core.parseParticipantGroup,
  parseTopic: core.parseTopic,
  getPolda: core.getPolda,
  getEventKind: core.getEventKind,
  getElection: core.getElection,
  findRegencies: core.findRegencies,
  getRegency: core.getRegency,
  getProvince: core.getProvince,
  listRegencies: core.listRegencies,
  timeZoneOfProvince: core.timeZoneOfProvince,
  phasesAt: core.phasesAt,
  isLocalDate: core.isLocalDate,
  isTerritorialKind: core.isTerritorialKind,
  isFunctionalKind: core.isFunctionalKind,
  findDistricts: districts.findDistricts,
  getDistrict: districts.getDistrict,
  listDistricts: districts.listDistricts,
};

/** (electionId, date) readers. */
const ELECTION_DATE_READERS: Record<string, (id: never, date: never) => unknown> = {
  phaseAt: core.phaseAt,
  daysToVoting: core.daysToVoting,
  formatHMinus: core.formatHMinus,
};

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const anyJson = fc.jsonValue();
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('every text reader of core', () => {
  it.each(Object.keys(TEXT_READERS))('%s never throws on arbitrary strings', (name) => {
    const read = TEXT_READERS[name]!;
    fc.assert(
      fc.property(anyText, (text) => {
        read(text as never);
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.keys(TEXT_READERS))('%s never throws on arbitrary JSON values', (name) => {
    const read = TEXT_READERS[name]!;
    fc.assert(
      fc.property(anyJson, (value) => {
        read(value as never);
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.keys(ELECTION_DATE_READERS))('%s never throws on arbitrary strings or JSON', (name) => {
    const read = ELECTION_DATE_READERS[name]!;
    fc.assert(
      fc.property(
        fc.oneof(anyText, anyJson, fc.constantFrom(...core.ELECTION_IDS)),
        fc.oneof(anyText, anyJson),
        (id, date) => {
          read(id as never, date as never);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds nothing for the names of Object.prototype members', () => {
    for (const key of PROTOTYPE_KEYS) {
      for (const [name, read] of Object.entries(TEXT_READERS)) {
        const found = read(key as never);
        const nothing = found === undefined || found === false || (Array.isArray(found) && found.length === 0);
        // splitNameAndTitles and the mention parsers may read a name out of any word; they must
        // still return plain data, never a prototype member.
        if (!nothing) expect(typeof found, `${name}('${key}')`).toBe('object');
        if (!nothing && found !== null && typeof found === 'object') {
          expect(Object.getPrototypeOf(found) === Object.prototype || Array.isArray(found), `${name}('${key}')`).toBe(
            true,
          );
        }
        if (
          [
            'getPolda',
            'getEventKind',
            'getElection',
            'getRegency',
            'getProvince',
            'getDistrict',
            'parseRank',
            'parseTopic',
            'parseEventKind',
            'parseParticipantGroup',
            'timeZoneOfProvince',
            'canonicalTitle',
          ].includes(name)
        ) {
          expect(found, `${name}('${key}')`).toBeUndefined();
        }
      }
      for (const [name, read] of Object.entries(ELECTION_DATE_READERS)) {
        expect(read(key as never, '2024-02-14' as never), `${name}('${key}', …)`).toBeUndefined();
        expect(read('pemilu-2024' as never, key as never), `${name}(…, '${key}')`).toBeUndefined();
      }
    }
  });

  it('code lookups reject the names of Object.prototype members as unknown codes', () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(() => core.getRank(key as never)).toThrow(RangeError);
      expect(() => core.getPosition(key as never)).toThrow(RangeError);
      expect(() => core.compareRanks(key as never, 'AKBP')).toThrow(RangeError);
      expect(() => core.formatRank(key as never)).toThrow(RangeError);
      expect(core.getUnitKindInfo(key as never)).toBeUndefined();
      expect(core.canContain(key as never, 'polres')).toBe(false);
      expect(core.canContain('polda', key as never)).toBe(false);
      expect(core.isTerritorialKind(key)).toBe(false);
      expect(core.isFunctionalKind(key)).toBe(false);
      expect(() => core.labelOf(core.TOPICS, key as never)).toThrow(RangeError);
    }
  });
});
