// For `npm run bench`: runs a Rule Lab request in the workers and counts the frames the main thread
// drew meanwhile, so the benchmark can show the page kept rendering.
import type { LabRequest } from '../machines/lab';
import { runLabInWorkers } from './lab-client';

declare global {
  interface Window {
    __labBench?: (req: LabRequest) => Promise<{ seconds: number; frames: number; sessions: number }>;
  }
}

export function installBenchHook(): void {
  window.__labBench = async (req) => {
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const result = await runLabInWorkers(req, () => {}).result;
    const seconds = (performance.now() - t0) / 1000;
    counting = false;
    if (!result) throw new Error('lab run was cancelled');
    return { seconds, frames, sessions: req.runs * req.rules.length };
  };
}
