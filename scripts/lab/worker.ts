// One simulation thread of `npm run simulate`: runs the slices it is sent with the Rule Lab's code.
import { parentPort } from 'node:worker_threads';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLabChunk, type LabJob } from '../../src/machines/lab';
import type { ThreadReply } from './threads';

const port = parentPort!;
port.on('message', (job: LabJob) => {
  let reply: ThreadReply;
  try {
    reply = { type: 'chunks', chunks: runLabChunk(plenaryMachine, LIBRARY, job)! };
  } catch (err) {
    reply = { type: 'error', message: (err as Error).message };
  }
  port.postMessage(reply);
});
