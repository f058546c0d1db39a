import { expectTypeOf, test } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { isLocalDate } from './isLocalDate';

test('isLocalDate narrows unknown to LocalDate', () => {
  const value: unknown = '2024-02-14';
  if (isLocalDate(value)) expectTypeOf(value).toEqualTypeOf<LocalDate>();
  expectTypeOf<'2024-02-14'>().toMatchTypeOf<LocalDate>();
  expectTypeOf<'14/02/2024'>().not.toMatchTypeOf<LocalDate>();
});
