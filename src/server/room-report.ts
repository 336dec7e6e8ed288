// The debrief pack of a room, built from its stored input and log by the same report functions the
// single-computer game uses, so a room's pack and a hot-seat pack of the same moves are the same.
import { BRIEFINGS } from '../content';
import { compareRules } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import {
  buildReport,
  decisionsCsv,
  positionsCsv,
  reportMarkdown,
  type DebriefReport,
} from '../machines/report';
import { replay } from '../machines/runner';
import type { StoredRoom } from './log-store';
import { checkSetup } from './room-setup';

export interface RoomReport {
  readonly json: { code: string; label: string | null; report: DebriefReport };
  readonly markdown: string;
  readonly csv: string;
}

export function roomReport(stored: StoredRoom): RoomReport {
  const checked = checkSetup(stored.record.setup);
  if (!checked.ok) throw new Error(checked.message);
  const ctx = replay(plenaryMachine, checked.input, stored.events).context;
  const report = buildReport(
    LIBRARY,
    ctx,
    compareRules(plenaryMachine, LIBRARY, ctx, checked.input),
    BRIEFINGS,
    checked.input.carry,
  );
  const label = checked.setup.label ?? null;
  return {
    json: { code: stored.record.code, label, report },
    markdown: reportMarkdown(LIBRARY, report),
    csv: `${decisionsCsv(report)}\n${positionsCsv(report)}`,
  };
}
