// Worker thread of `kamtibmas extract`: receives batches of NDJSON lines, answers with the output
// lines in the same order. Built as its own entry (dist/extractWorker.js) beside the bin.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractBatch, ExtractBatchResult } from './ExtractPool';
import { type ExtractLineOptions, extractLine } from './extractLine';

const options = workerData as ExtractLineOptions;
parentPort?.on('message', (batch: ExtractBatch) => {
  const result: ExtractBatchResult = {
    id: batch.id,
    results: batch.lines.map((item) => extractLine(item.text, batch.file, item.line, options)),
  };
  parentPort?.postMessage(result);
});
