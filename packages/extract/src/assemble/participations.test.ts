import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extractArticle';

describe('assembleParticipations', () => {
  it('records a role once per person, with the principal when the person acted for one', () => {
    // Seed 004: "Menurut Kapolres BS AKBP Florentus Situngkir, S.IK melakui Kapolsek Kedurang Ipda
    // Suharno, SH, ada banyak cara …" and later "… jelas Kapolsek": the Kapolsek speaks for the
    // Kapolres; his later statements are the same role.
    const text = readFileSync(join(__dirname, '../../../fixtures/test/articles/004_b6255de1fb23a302.txt'), 'utf8');
    const participants = extractArticle(text).event?.participants ?? [];
    const suharno = participants.filter((p) => p.personId === 'suharno');
    expect(suharno).toContainEqual({ personId: 'suharno', role: 'spokesperson', onBehalfOf: 'florentus-situngkir' });
    expect(suharno.filter((p) => p.role === 'spokesperson')).toHaveLength(1);
  });
});
