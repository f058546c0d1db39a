import { describe, expect, it, vi } from 'vitest';

// Simulates a bug inside the pipeline: the pre-check itself throws.
vi.mock('./snapshot', () => ({
  snapshot: () => {
    throw new Error('bug');
  },
  valueAt: () => ({ found: false, value: undefined }),
}));

const { validateEvent } = await import('./validateEvent');

describe('a failure inside the validator', () => {
  it('is returned as internal_error, never thrown', () => {
    const [id, en] = (['id', 'en'] as const).map((locale) => validateEvent({}, { locale }));
    expect(id).toMatchObject({ ok: false, issues: [{ code: 'internal_error', path: [], severity: 'error' }] });
    expect(id!.ok ? '' : id!.issues[0]!.message).toContain('(akar)');
    expect(en!.ok ? '' : en!.issues[0]!.message).toContain('(root)');
  });
});
