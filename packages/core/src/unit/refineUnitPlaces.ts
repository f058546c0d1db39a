// Refiner: settles the province (and the district spelling of a Polsek) along a chain, from the
// outermost unit inwards: a Polda states its province; a regency or a unique district infers it; a
// parent hands its province, and its regency narrows a Polsek's homonymous districts.
import { getProvince } from '../region/getProvince';
import type { DistrictHit, UnitCandidate } from './unitCandidate';

function provinceOf(code: string | undefined): { code: string; name: string } | undefined {
  if (code === undefined) return undefined;
  const province = getProvince(code);
  return province === undefined ? undefined : { code: province.code, name: province.name };
}

/** The province code all these districts share, if they share one. */
function sharedProvince(districts: readonly DistrictHit[]): string | undefined {
  const code = districts[0]?.provinceCode;
  for (const district of districts) if (district.provinceCode !== code) return undefined;
  return code;
}

/**
 * Settles `province` of every unit of a chain (innermost first) and, with `withSource`, its
 * `provinceSource`: `'stated'` when a Polda of the chain names it, else `'inferred'`.
 */
export function refineUnitPlaces(chain: readonly UnitCandidate[], withSource: boolean): void {
  let parent: UnitCandidate | undefined;
  let parentStated = false;
  for (let i = chain.length - 1; i >= 0; i--) {
    const current = chain[i]!;
    const { mention } = current;
    let stated = current.provinceStated === true;
    if (mention.province === undefined) {
      const province = provinceOf(current.provinceCode ?? sharedProvince(current.districts ?? []));
      if (province !== undefined) mention.province = province;
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
          if (province !== undefined) mention.province = province;
          current.regencyCode = district.regencyCode;
        }
      }
      if (mention.province === undefined && above.mention.province !== undefined) {
        mention.province = { ...above.mention.province };
        stated = parentStated;
      } else if (parentStated && mention.province?.code === above.mention.province?.code) {
        // The chain names the Polda: the province is stated, whatever else also settles it.
        stated = true;
      }
      if (current.regencyCode === undefined && above.regencyCode !== undefined && mention.kind === 'polsek') {
        current.regencyCode = above.regencyCode;
      }
    }
    if (withSource && mention.province !== undefined) mention.provinceSource = stated ? 'stated' : 'inferred';
    parent = current;
    parentStated = stated && mention.province !== undefined;
  }
}
