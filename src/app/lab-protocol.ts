// Messages between the Rule Lab and its workers.
import type { LabChunk, LabJob } from '../machines/lab';

export type { LabJob };

export type LabWorkerMessage =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'chunks'; readonly id: number; readonly chunks: readonly LabChunk[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
