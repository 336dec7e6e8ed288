// Messages between the Rule Lab and its workers.
import type { ScenarioId } from '../content/types';
import type { LabChunk } from '../machines/lab';
import type { RuleId } from '../model/rules';

export interface LabJob {
  readonly id: number;
  readonly scenarioId: ScenarioId;
  readonly rule: RuleId;
  readonly seed: number | string;
  readonly from: number;
  readonly to: number;
}

export type LabWorkerMessage =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'chunk'; readonly id: number; readonly chunk: LabChunk }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
