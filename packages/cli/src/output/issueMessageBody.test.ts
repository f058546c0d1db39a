import { describe, expect, it } from 'vitest';
import { issueMessageBody } from './issueMessageBody';

describe('issueMessageBody', () => {
  it('drops the field the validators start each message with', () => {
    expect(
      issueMessageBody({
        path: ['events', 0, 'sources'],
        message: 'events[0].sources: an event needs at least one source.',
      }),
    ).toBe('an event needs at least one source.');
    expect(issueMessageBody({ path: [], message: '(root): wrong type — expected object, received null.' })).toBe(
      'wrong type — expected object, received null.',
    );
    expect(issueMessageBody({ path: [], message: '(akar): jenis nilai salah.' })).toBe('jenis nilai salah.');
    // Odd keys: the validators quote them with single quotes.
    expect(
      issueMessageBody({
        path: ['venue', 'nama tempat'],
        message: "venue['nama tempat']: unknown field 'nama tempat'.",
      }),
    ).toBe("unknown field 'nama tempat'.");
  });

  it('keeps a message that does not start with its own field whole', () => {
    expect(issueMessageBody({ path: ['sources'], message: 'no source' })).toBe('no source');
    // Another field's name at the start is part of the sentence, not this issue's prefix.
    expect(issueMessageBody({ path: ['title'], message: 'date: must come first' })).toBe('date: must come first');
    expect(issueMessageBody({ path: ['a'], message: '(root): x' })).toBe('(root): x');
  });
});
