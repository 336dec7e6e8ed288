// One simulation thread of `npm run simulate`: takes slices of the run until none is left, plays each
// with the Rule Lab's code and sends back its chunks.
import { parentPort, workerData } from 'node:worker_threads';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLabChunk } from '../../src/machines/lab';
import { takeJob, type ThreadData, type ThreadReply } from './threads';

const port = parentPort!;
const send = (reply: ThreadReply) => port.postMessage(reply);
try {
  const data = workerData as ThreadData;
  for (let job = takeJob(data); job; job = takeJob(data))
    send({ type: 'chunks', chunks: runLabChunk(plenaryMachine, LIBRARY, job)! });
  send({ type: 'done' });
} catch (err) {
  send({ type: 'error', message: (err as Error).message });
}
