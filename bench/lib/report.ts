// Small helpers shared by the benchmark sections: timing with tinybench, number formatting and
// the list of targets that the summary prints with pass/fail.
import os from 'node:os';
import { Bench } from 'tinybench';

export interface Target {
  name: string;
  /** The measured value, in the unit of `limit`. */
  measured: number;
  limit: number;
  unit: string;
  ok: boolean;
  note?: string;
}

export const targets: Target[] = [];

export function target(name: string, measured: number, limit: number, unit = '×', note?: string): void {
  targets.push({ name, measured, limit, unit, ok: measured <= limit, note });
}

/** One line per benchmark: mean time per op, ops/s, relative margin of error. */
export interface Timing {
  name: string;
  meanMs: number;
  hz: number;
  rme: number;
  samples: number;
}

const BENCH_TIME_MS = Number(process.env.BENCH_TIME_MS ?? 300);

/**
 * Runs the tasks in one tinybench Bench (so they share warm-up conditions and the same run)
 * and returns their timings in order. `time` is per task; the run stays short because the
 * machine is shared.
 */
export async function measure(
  tasks: [string, () => unknown][],
  options: { time?: number; iterations?: number; warmupTime?: number } = {},
): Promise<Timing[]> {
  const bench = new Bench({
    time: options.time ?? BENCH_TIME_MS,
    iterations: options.iterations ?? 10,
    warmupTime: options.warmupTime ?? 100,
    warmupIterations: 5,
  });
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result?.state !== 'completed') {
      throw new Error(
        `bench task ${task.name} did not complete: ${result?.state} ${String(result && 'error' in result ? result.error : '')}`,
      );
    }
    return {
      name: task.name,
      meanMs: result.latency.mean,
      hz: result.throughput.mean,
      rme: result.latency.rme,
      samples: result.latency.samplesCount,
    };
  });
}

export function fmtMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function fmtNum(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function printTimings(timings: Timing[], baseline?: string): void {
  const base = baseline ? timings.find((t) => t.name === baseline) : undefined;
  console.table(
    timings.map((t) => ({
      task: t.name,
      'mean / op': fmtMs(t.meanMs),
      'ops/s': fmtNum(t.hz),
      '± %': t.rme.toFixed(1),
      samples: t.samples,
      ...(base ? { [`× ${base.name}`]: (t.meanMs / base.meanMs).toFixed(2) } : {}),
    })),
  );
}

export function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

export function machine(): string {
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical cores, os.availableParallelism ${os.availableParallelism()})`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average (1 min) ${os.loadavg()[0]?.toFixed(2)}`,
    `Node ${process.version} (V8 ${process.versions.v8}) on ${os.type()} ${os.release()} ${os.arch()}`,
  ].join('\n');
}

// No forced collection between batches: a full gc() shrinks the heap, and the next batch then
// pays for collections a real caller would not (validateEvent came out 2.4× instead of 1.6×).
function batchMs(fn: () => unknown, n: number): number {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return performance.now() - start;
}

/**
 * The same, in CPU time of this process (user + system, all its threads: the garbage collector's
 * helpers and the JIT included), so that time spent descheduled on a busy machine is not counted.
 */
function batchCpuMs(fn: () => unknown, n: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface InterleaveOptions {
  /** Rounds of one batch of each function; the median ratio is returned. */
  rounds?: number;
  /** About how long one batch runs, in ms. */
  batch?: number;
  /** 'wall' (default) or 'cpu': see batchCpuMs. */
  clock?: 'wall' | 'cpu';
  /** Rounds run first and not counted, so that both functions are optimised before they are timed. */
  warmup?: number;
}

/**
 * time(slow) / time(fast), robust to a shared machine: both are run in alternating batches of
 * about `batch` ms for `rounds` rounds, and the median of the per-round ratios is returned. A
 * load spike then skews one round, not the comparison (sequential tinybench tasks can see
 * different loads).
 */
export function interleavedRatio(
  slow: () => unknown,
  fast: () => unknown,
  rounds: number | InterleaveOptions = 15,
  batch = 20,
): number {
  const options = typeof rounds === 'number' ? { rounds, batch } : rounds;
  const count = options.rounds ?? 15;
  const batchTarget = options.batch ?? 20;
  const time = options.clock === 'cpu' ? batchCpuMs : batchMs;
  const calibrate = (fn: () => unknown) => {
    let n = 1;
    while (batchMs(fn, n) < batchTarget / 4 && n < 1e7) n *= 2;
    return n * 4;
  };
  const nSlow = calibrate(slow);
  const nFast = calibrate(fast);
  const ratios: number[] = [];
  const warmup = options.warmup ?? 0;
  for (let r = 0; r < warmup + count; r++) {
    let slowMs: number;
    let fastMs: number;
    if (r % 2 === 0) {
      slowMs = time(slow, nSlow);
      fastMs = time(fast, nFast);
    } else {
      fastMs = time(fast, nFast);
      slowMs = time(slow, nSlow);
    }
    if (r >= warmup) ratios.push(slowMs / nSlow / (fastMs / nFast));
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)]!;
}
