// Refiner: settles the province (and the district spelling of a Polsek) along a chain, from the
// outermost unit inwards: a Polda states its province; a regency or a unique district infers it; a
// parent hands its province, and its regency narrows a Polsek's homonymous districts.
import { getProvince } from '../region/getProvince';
import type { UnitCandidate } from './unitCandidate';

function provinceOf(code: string | undefined): { code: string; name: string } | undefined {
  if (code === undefined) return undefined;
  const province = getProvince(code);
  return province === undefined ? undefined : { code: province.code, name: province.name };
}

/** Settles `province` and `provinceSource` of every unit of a chain (innermost first). */
export function refineUnitPlaces(chain: readonly UnitCandidate[]): void {
  let parent: UnitCandidate | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const current = chain[i]!;
    const { mention } = current;
    if (mention.province === undefined) {
      const districts = current.districts ?? [];
      const provinces = new Set(districts.map((d) => d.provinceCode));
      const fromName = current.provinceCode ?? (provinces.size === 1 ? districts[0]?.provinceCode : undefined);
      const province = provinceOf(fromName);
      if (province !== undefined) {
        mention.province = province;
        mention.provinceSource = 'inferred';
      }
    }
    if (parent !== undefined) {
      const districts = current.districts;
      const above = parent;
      if (districts !== undefined && districts.length > 1 && current.regencyCode === undefined) {
        const narrowed = districts.filter((d) =>
          above.regencyCode !== undefined
            ? d.regencyCode === above.regencyCode
            : d.provinceCode === above.mention.province?.code,
        );
        if (narrowed.length === 1) {
          const district = narrowed[0]!;
          if (current.nameIsDistrict === true) mention.displayName = `${current.label ?? 'Polsek'} ${district.name}`;
          const province = provinceOf(district.provinceCode);
          if (province !== undefined) {
            mention.province = province;
            mention.provinceSource = 'inferred';
          }
          current.regencyCode = district.regencyCode;
        }
      }
      if (mention.province === undefined && above.mention.province !== undefined) {
        mention.province = { ...above.mention.province };
        mention.provinceSource = above.mention.provinceSource ?? 'inferred';
      } else if (above.mention.provinceSource === 'stated' && mention.province?.code === above.mention.province?.code) {
        // The chain names the Polda: the province is stated, whatever else also settles it.
        mention.provinceSource = 'stated';
      }
      if (current.regencyCode === undefined && above.regencyCode !== undefined && mention.kind === 'polsek') {
        current.regencyCode = above.regencyCode;
      }
    }
    parent = current;
  }
}
