// Types of check-types.mjs for the TypeScript benchmark runner.
export interface ConsumerCheck {
  ok: boolean;
  types: number;
  errors: string[];
  deep: string[];
  stats: { instantiations: number; types: number; checkTime?: string; totalTime?: string; memory?: string };
  output: string;
}
export function writeAllTypes(): number;
export function checkConsumer(): ConsumerCheck;
