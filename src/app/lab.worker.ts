// Rule Lab worker: runs a slice of sessions with the same code as `npm run simulate`.
import { LIBRARY, plenaryMachine } from '../machines/default';
import { runLabChunk } from '../machines/lab';
import type { LabJob, LabWorkerMessage } from './lab-protocol';

const post = (m: LabWorkerMessage) =>
  (self as unknown as { postMessage(m: LabWorkerMessage): void }).postMessage(m);

self.onmessage = (e: MessageEvent<LabJob>) => {
  const job = e.data;
  let done = 0;
  try {
    const chunks = runLabChunk(plenaryMachine, LIBRARY, job, () => {
      if (++done % 25 === 0) post({ type: 'progress', id: job.id, done: 25 });
    });
    post({ type: 'progress', id: job.id, done: done % 25 });
    post({ type: 'chunks', id: job.id, chunks: chunks! });
  } catch (err) {
    post({ type: 'error', id: job.id, message: (err as Error).message });
  }
};
