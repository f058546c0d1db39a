// Type-checked by scripts/check-packages.mjs as a CommonJS consumer.
import core = require('@kamtibmas/core');
import validators = require('@kamtibmas/validators');

const rank: core.RankCode = 'AKBP';
export const ok: boolean =
  core.isLocalDate('2024-02-14') && validators.LocalDateSchema.safeParse('x').success === false && rank === 'AKBP';
