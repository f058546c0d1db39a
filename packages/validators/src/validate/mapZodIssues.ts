// Private: turns zod's issues into ours. zod's codes are generic (`invalid_value`,
// `invalid_format` …); ours say what went wrong in the model (`unknown_rank`, `invalid_id`,
// `missing_source` …), carry the offending value from the snapshot and a suggestion when close.
import type * as z from 'zod';
import type { IssueParams } from '../issues/Issue';
import { SLUG_PATTERN_SOURCE } from '../schemas/IdSchema';
import { PHASE_ID_PATTERN_SOURCE } from '../schemas/PhaseIdSchema';
import { displayValue, typeOfValue } from './display';
import { knownKeysAt } from './knownKeys';
import type { Path, RawIssue } from './RawIssue';
import { valueAt } from './snapshot';
import { suggest } from './suggest';
import { isWrittenCanonically, suggestDate } from './suggestDate';
import { suggestRank } from './suggestRank';

const MAX_LISTED = 8;

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map(String).join(', ');
  return values.length > MAX_LISTED ? `${shown}, … (${values.length})` : shown;
}

function withValue(params: IssueParams, found: { found: boolean; value: unknown }): IssueParams {
  return found.found ? { value: displayValue(found.value), ...params } : params;
}

function mapOne(issue: z.core.$ZodIssue, root: unknown, schema: unknown): RawIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol') as Path;
  const at = valueAt(root, path);
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (!at.found || at.value === undefined) {
        // An event without its sources is the same mistake as `sources: []`, and gets the same help.
        if (last === 'sources' && issue.expected === 'array') return [{ path, code: 'missing_source', params: {} }];
        return [{ path, code: 'required', params: { expected: issue.expected } }];
      }
      if (issue.expected === 'int' && typeof at.value === 'number') {
        return [{ path, code: 'out_of_range', params: withValue({ expected: 'integer' }, at) }];
      }
      return [
        {
          path,
          code: 'invalid_type',
          params: { expected: issue.expected === 'int' ? 'integer' : issue.expected, received: typeOfValue(at.value) },
        },
      ];
    }
    case 'too_big':
      if (issue.origin === 'string') return [{ path, code: 'too_long', params: { limit: Number(issue.maximum) } }];
      if (issue.origin === 'array') return [{ path, code: 'too_many_items', params: { limit: Number(issue.maximum) } }];
      return [{ path, code: 'out_of_range', params: withValue({ expected: `<= ${String(issue.maximum)}` }, at) }];
    case 'too_small':
      if (issue.origin === 'array' && last === 'sources') return [{ path, code: 'missing_source', params: {} }];
      if (issue.origin === 'string' || issue.origin === 'array') {
        return [{ path, code: 'too_short', params: { limit: Number(issue.minimum) } }];
      }
      return [{ path, code: 'out_of_range', params: withValue({ expected: `>= ${String(issue.minimum)}` }, at) }];
    case 'invalid_format': {
      if (issue.format === 'date') return [{ path, code: 'invalid_date', params: withValue(dateParams(at.value), at) }];
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : '';
      if (issue.format === 'regex' && pattern.includes(SLUG_PATTERN_SOURCE)) {
        const lowered = typeof at.value === 'string' ? slugify(at.value) : undefined;
        return [{ path, code: 'invalid_id', params: withValue({ suggestion: lowered }, at) }];
      }
      if (issue.format === 'regex' && pattern.includes(PHASE_ID_PATTERN_SOURCE)) {
        return [
          {
            path,
            code: 'invalid_id',
            params: withValue({ expected: '<electionId>/<stage>, e.g. pemilu-2024/kampanye' }, at),
          },
        ];
      }
      if (issue.format === 'url')
        return [{ path, code: 'invalid_format', params: withValue({ expected: 'http(s) URL' }, at) }];
      if (last === 'code') {
        return [{ path, code: 'invalid_format', params: withValue({ expected: 'Kemendagri code, e.g. 16.07' }, at) }];
      }
      return [{ path, code: 'invalid_format', params: withValue({ expected: pattern || issue.format }, at) }];
    }
    case 'invalid_value': {
      const values = issue.values.filter((v): v is string => typeof v === 'string');
      if (!at.found || at.value === undefined)
        return [{ path, code: 'required', params: { expected: listOf(values) } }];
      if (typeof at.value !== 'string') {
        return [{ path, code: 'invalid_type', params: { expected: 'string', received: typeOfValue(at.value) } }];
      }
      if (last === 'rank') {
        return [{ path, code: 'unknown_rank', params: withValue({ suggestion: suggestRank(at.value) }, at) }];
      }
      if (values.length === 1)
        return [{ path, code: 'invalid_value', params: withValue({ expected: `'${values[0]}'` }, at) }];
      return [
        {
          path,
          code: 'unknown_code',
          params: withValue({ expected: listOf(values), suggestion: suggest(at.value, values) }, at),
        },
      ];
    }
    case 'unrecognized_keys': {
      // Suggest only fields the object does not already have: 'titel' next to 'title' is no typo of it.
      const present = new Set(typeof at.value === 'object' && at.value !== null ? Object.keys(at.value) : []);
      const known = knownKeysAt(schema, root, path).filter((key) => !present.has(key));
      return issue.keys.map((key) => {
        const suggestion = suggest(key, known);
        return {
          path: [...path, key],
          code: 'unknown_key' as const,
          params: suggestion === undefined ? { value: displayValue(key) } : { value: displayValue(key), suggestion },
        };
      });
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        if (!at.found || at.value === undefined)
          return [{ path, code: 'required', params: { expected: listOf(options) } }];
        return [
          {
            path,
            code: 'unknown_code',
            params: withValue({ expected: listOf(options), suggestion: suggest(at.value, options) }, at),
          },
        ];
      }
      return [{ path, code: 'invalid_value', params: withValue({}, at) }];
    }
    case 'custom': {
      if (issue.params?.code === 'invalid_range') {
        const parent = valueAt(root, path.slice(0, -1)).value as Record<string, unknown> | undefined;
        const start = parent?.start;
        return [{ path, code: 'invalid_range', params: withValue({ related: `start ${displayValue(start)}` }, at) }];
      }
      return [{ path, code: 'invalid_value', params: withValue({}, at) }];
    }
    default:
      return [{ path, code: 'invalid_value', params: withValue({}, at) }];
  }
}

/** A date not written YYYY-MM-DD says so (`expected`), with its canonical form when it can be read. */
function dateParams(value: unknown): IssueParams {
  if (typeof value !== 'string' || isWrittenCanonically(value)) return {};
  const suggestion = suggestDate(value);
  return suggestion === undefined ? { expected: 'YYYY-MM-DD' } : { expected: 'YYYY-MM-DD', suggestion };
}

/** 'Polres Banyuasin' → 'polres-banyuasin', when that yields a valid slug; suggestion only. */
function slugify(value: string): string | undefined {
  if (value.length > 200) return undefined;
  let out = '';
  for (const ch of value.normalize('NFKD').toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (out !== '' && !out.endsWith('-')) out += '-';
  }
  while (out.endsWith('-')) out = out.slice(0, -1);
  return out === '' || out === value ? undefined : out;
}

/**
 * Our issues for zod's, in zod's order. `root` is the snapshot zod validated, `schema` the schema
 * it validated against (for the known field names an unknown key is compared with).
 */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown, schema?: unknown): RawIssue[] {
  return issues.flatMap((issue) => mapOne(issue, root, schema));
}
