import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../issues/ISSUE_CODES';
import { datasetArb, eventArb } from '../testing/arbitraries';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

describe('properties', () => {
  it('generated valid events always pass, and value equals the input', () => {
    fc.assert(
      fc.property(eventArb(), (event) => {
        const result = validateEvent(event);
        expect(result.ok, JSON.stringify(result.ok ? [] : result.issues.slice(0, 2))).toBe(true);
        expect(result.ok && result.value).toEqual(event);
      }),
      { numRuns: 200 },
    );
  });

  it('generated valid datasets always pass', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const result = validateDataset(dataset, { locale: 'en' });
        expect(result.ok, JSON.stringify(result.ok ? [] : result.issues.slice(0, 2))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a JSON round trip keeps the validated value equal', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const direct = validateDataset(dataset);
        const roundTrip = validateDataset(JSON.parse(JSON.stringify(dataset)));
        expect(roundTrip.ok).toBe(true);
        expect(roundTrip.ok && roundTrip.value).toEqual(direct.ok && direct.value);
      }),
      { numRuns: 50 },
    );
  });

  it('arbitrary JSON and arbitrary values never throw and give coded, worded issues', () => {
    const check = (input: unknown) => {
      for (const validate of [validateEvent, validateDataset]) {
        const result = validate(input, { locale: 'en' });
        const issues = result.ok ? result.advisories : result.issues;
        if (!result.ok) expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(Object.hasOwn(ISSUE_CODES, issue.code)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
          expect(Array.isArray(issue.path)).toBe(true);
        }
      }
    };
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        check,
      ),
      {
        numRuns: 300,
      },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('an event with one field replaced by arbitrary JSON never throws', () => {
    fc.assert(
      fc.property(
        eventArb(),
        fc.constantFrom('id', 'kinds', 'date', 'sources', 'participants', 'election'),
        fc.jsonValue(),
        (event, key, junk) => {
          const result = validateEvent({ ...event, [key]: junk });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});
