// Type-check cost in the benchmark report: tsc --extendedDiagnostics on the consumer of every
// schema and exported type (bench/types/consumer.ts, checked against the built declarations).
import { heading, target } from '../lib/report';
import { checkConsumer } from './check-types.mjs';

export async function benchTypes(): Promise<void> {
  heading('type-check cost (tsc --extendedDiagnostics, bench/types/consumer.ts against dist/*.d.ts)');
  const r = checkConsumer();
  console.table([
    {
      'exported types named': r.types,
      instantiations: r.stats.instantiations.toLocaleString('en-US'),
      types: r.stats.types.toLocaleString('en-US'),
      'check time': r.stats.checkTime,
      'total time': r.stats.totalTime,
      memory: r.stats.memory,
      errors: r.errors.length,
    },
  ]);
  for (const line of r.errors.slice(0, 5)) console.log(line);
  target('consumer type-checks without errors (no TS2589 "excessively deep")', r.errors.length, 0, 'errors');
}
