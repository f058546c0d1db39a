// Refiner: a functional unit's display name carries its parent's ("Ditbinmas" in "Ditbinmas Polda
// Sumsel" is displayed "Ditbinmas Polda Sumsel"), from the outermost unit of a chain inwards.
import { isFunctionalKind } from './isFunctionalKind';
import type { UnitCandidate } from './unitCandidate';

/** Appends the parent's display name to every functional unit of a chain (innermost first). */
export function refineUnitDisplayNames(chain: readonly UnitCandidate[]): void {
  for (let i = chain.length - 2; i >= 0; i--) {
    const { mention } = chain[i]!;
    const parent = chain[i + 1]!.mention;
    if (isFunctionalKind(mention.kind)) mention.displayName = `${mention.displayName} ${parent.displayName}`;
  }
}
