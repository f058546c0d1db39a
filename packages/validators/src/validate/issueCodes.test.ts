import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../issues/ISSUE_CODES';
import { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_STRING_LENGTH } from '../limits';
import { validDataset, validEvent } from '../testing/examples';
import type { Path } from './RawIssue';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

// One payload per issue code that must produce it at a known path. Each case states the path and,
// where the message must quote it, the offending value.
type Case = { code: IssueCode; path: Path; shows?: string; kind: 'event' | 'dataset'; input: () => unknown };

const event = (patch: Record<string, unknown>) => () => ({ ...validEvent(), ...patch });
const dataset = (edit: (d: ReturnType<typeof validDataset>) => void) => () => {
  const d = validDataset();
  edit(d);
  return d;
};
const cyclic = () => {
  const e: Record<string, unknown> = validEvent() as unknown as Record<string, unknown>;
  e.venue = e;
  return e;
};

const CASES: Case[] = [
  { code: 'invalid_type', path: ['title'], kind: 'event', input: event({ title: 42 }) },
  { code: 'required', path: ['datePrecision'], kind: 'event', input: event({ datePrecision: undefined }) },
  {
    code: 'unknown_key',
    path: ['organiserIds'],
    shows: "'organiserIds'",
    kind: 'event',
    input: event({ organiserIds: [] }),
  },
  {
    code: 'forbidden_key',
    path: ['__proto__'],
    kind: 'event',
    input: () => JSON.parse(JSON.stringify(validEvent()).replace('{', '{"__proto__":{"polluted":true},')),
  },
  {
    code: 'invalid_id',
    path: ['id'],
    shows: "'Polsek Kedurang'",
    kind: 'event',
    input: event({ id: 'Polsek Kedurang' }),
  },
  { code: 'invalid_date', path: ['date'], shows: "'2024-02-30'", kind: 'event', input: event({ date: '2024-02-30' }) },
  {
    code: 'invalid_format',
    path: ['sources', 0, 'url'],
    shows: "'radarkaur.disway.id'",
    kind: 'event',
    input: event({ sources: [{ publisher: 'Radar Kaur', url: 'radarkaur.disway.id' }] }),
  },
  {
    code: 'unknown_rank',
    path: ['people', 0, 'rank'],
    shows: "'KOMBESS'",
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.people[0]!, { rank: 'KOMBESS' })),
  },
  { code: 'unknown_code', path: ['topics', 0], shows: "'hoax'", kind: 'event', input: event({ topics: ['hoax'] }) },
  { code: 'too_short', path: ['title'], kind: 'event', input: event({ title: '' }) },
  { code: 'missing_source', path: ['sources'], kind: 'event', input: event({ sources: [] }) },
  {
    code: 'out_of_range',
    path: ['participantGroups', 0, 'count'],
    shows: '-5',
    kind: 'event',
    input: event({ participantGroups: [{ group: 'ormas', count: -5 }] }),
  },
  {
    code: 'invalid_range',
    path: ['sources', 0, 'evidence', 0, 'end'],
    shows: '3',
    kind: 'event',
    input: event({
      sources: [{ publisher: 'X', evidence: [{ claim: 'event.date', quote: 'Kamis', start: 9, end: 3 }] }],
    }),
  },
  {
    code: 'unknown_code',
    path: ['people', 0, 'kind'],
    shows: "'oficer'",
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.people[0]!, { kind: 'oficer' })),
  },
  { code: 'invalid_type', path: ['kinds', 0], kind: 'event', input: event({ kinds: [7] }) },
  { code: 'too_long', path: ['title'], kind: 'event', input: event({ title: 'x'.repeat(MAX_STRING_LENGTH + 1) }) },
  {
    code: 'too_many_items',
    path: ['topics'],
    kind: 'event',
    input: event({ topics: new Array(MAX_ARRAY_LENGTH + 1).fill('hoaks') }),
  },
  {
    code: 'too_deep',
    // the root is depth 0, so the first object or array at depth MAX_DEPTH is the one refused
    path: ['venue', 'address', 'street', ...new Array<number>(MAX_DEPTH - 3).fill(0)],
    kind: 'event',
    input: () => deepIn(validEvent(), 100),
  },
  { code: 'circular_reference', path: ['venue'], kind: 'event', input: cyclic },
  {
    code: 'unreadable_value',
    path: ['title'],
    kind: 'event',
    input: () =>
      Object.defineProperty({ ...validEvent(), title: undefined }, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
  },
  {
    code: 'duplicate_id',
    path: ['people', 1, 'id'],
    shows: "'suharno'",
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.people[1]!, { id: 'suharno' })),
  },
  {
    code: 'dangling_reference',
    path: ['events', 0, 'participants', 0, 'personId'],
    shows: "'suharmo'",
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.events[0]!.participants[0]!, { personId: 'suharmo' })),
  },
  {
    code: 'self_delegation',
    path: ['participants', 0, 'onBehalfOf'],
    shows: "'suharno'",
    kind: 'event',
    input: event({ participants: [{ personId: 'suharno', role: 'host', onBehalfOf: 'suharno' }] }),
  },
  {
    code: 'missing_parent',
    path: ['units', 3, 'parentId'],
    kind: 'dataset',
    input: dataset((d) => delete d.units[3]!.parentId),
  },
  {
    code: 'invalid_parent_kind',
    path: ['units', 2, 'parentId'],
    shows: 'polsek',
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.units[2]!, { parentId: 'polda-bengkulu' })),
  },
  {
    code: 'parent_cycle',
    path: ['units', 0, 'parentId'],
    kind: 'dataset',
    input: dataset((d) => Object.assign(d.units[0]!, { parentId: 'polres-bengkulu-selatan' })),
  },
  {
    code: 'phase_election_mismatch',
    path: ['election', 'phaseId'],
    shows: "'pemilu-2024/kampanye'",
    kind: 'event',
    input: event({ election: { electionId: 'pilkada-2024', phaseId: 'pemilu-2024/kampanye' } }),
  },
  {
    code: 'weekday_mismatch',
    path: ['dateText'],
    shows: "'Jumat'",
    kind: 'event',
    input: event({ dateText: 'Jumat 5 September 2024' }),
  },
  {
    code: 'rank_outside_position_range',
    path: ['people', 0, 'rank'],
    shows: 'BRIPDA',
    kind: 'dataset',
    input: dataset((d) =>
      Object.assign(d.people[0]!, {
        rank: 'BRIPDA',
        appointments: [{ position: 'kapolres', organizationId: 'polres-bengkulu-selatan' }],
      }),
    ),
  },
  {
    code: 'date_outside_election',
    path: ['date'],
    shows: "'2019-01-10'",
    kind: 'event',
    input: event({ date: '2019-01-10', dateText: undefined, sources: [{ publisher: 'X' }] }),
  },
  {
    code: 'source_before_event',
    path: ['sources', 0, 'publishedOn'],
    shows: "'2024-09-01'",
    kind: 'event',
    input: event({ sources: [{ publisher: 'Radar Kaur', publishedOn: '2024-09-01' }] }),
  },
];

function deepIn(root: ReturnType<typeof validEvent>, depth: number) {
  let nested: unknown = 'bottom';
  for (let i = 0; i < depth; i++) nested = [nested];
  return { ...root, venue: { address: { street: nested } } };
}

// too_large and internal_error: hostile.test.ts; invalid_value (zod issues no schema here
// produces): mapZodIssues.test.ts.
const TESTED_ELSEWHERE: IssueCode[] = ['too_large', 'internal_error', 'invalid_value'];

describe('every issue code', () => {
  it('has a case here (or a dedicated test)', () => {
    const covered = new Set([...CASES.map((c) => c.code), ...TESTED_ELSEWHERE]);
    expect(Object.keys(ISSUE_CODES).filter((code) => !covered.has(code as IssueCode))).toEqual([]);
  });

  it.each(CASES)('$code is reported at its path, in Indonesian and English', ({ code, path, shows, kind, input }) => {
    const validate = kind === 'event' ? validateEvent : validateDataset;
    const [id, en] = (['id', 'en'] as const).map((locale) => {
      const result = validate(input(), { locale });
      const issues = result.ok ? result.advisories : result.issues;
      const found = issues.find((issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(path));
      expect(found, JSON.stringify(issues.map((i) => [i.code, i.path]))).toBeDefined();
      expect(found!.severity).toBe(ISSUE_CODES[code].severity);
      if (ISSUE_CODES[code].severity === 'advisory') expect(result.ok).toBe(true);
      else expect(result.ok).toBe(false);
      return found!.message;
    });
    const field = path
      .map((s) => (typeof s === 'number' ? `[${s}]` : s))
      .join('.')
      .replaceAll('.[', '[');
    for (const message of [id, en]) {
      if (!field.includes('__proto__')) expect(message).toContain(field);
      if (shows !== undefined) expect(message).toContain(shows);
    }
    expect(id).not.toBe(en);
  });
});

describe('messages', () => {
  it('suggest the intended rank for a typo and for an alias', () => {
    const typo = validDataset();
    Object.assign(typo.people[0]!, { rank: 'KOMBESS' });
    const alias = validDataset();
    Object.assign(alias.people[0]!, { rank: 'Kombes Pol' });
    const [typoId, aliasEn] = [validateDataset(typo), validateDataset(alias, { locale: 'en' })];
    expect(typoId.ok ? '' : typoId.issues[0]!.message).toContain("maksud Anda 'KOMBES'?");
    expect(aliasEn.ok ? '' : aliasEn.issues[0]!.message).toContain("did you mean 'KOMBES'?");
  });

  it('suggest the same stage in the named election', () => {
    const result = validateEvent({
      ...validEvent(),
      election: { electionId: 'pilkada-2024', phaseId: 'pemilu-2024/kampanye' },
    });
    expect(result.ok ? undefined : result.issues[0]!.params.suggestion).toBe('pilkada-2024/kampanye');
  });

  it('default to Indonesian', () => {
    const result = validateEvent({ ...validEvent(), sources: [] });
    expect(result.ok ? '' : result.issues[0]!.message).toContain('minimal satu sumber');
  });

  it('name the dataset id a dangling reference was probably meant to be', () => {
    const d = validDataset();
    d.events[0]!.organizerIds = ['polsek-kedurag'];
    const result = validateDataset(d, { locale: 'en' });
    expect(result.ok ? '' : result.issues[0]!.message).toContain("did you mean 'polsek-kedurang'?");
  });
});
