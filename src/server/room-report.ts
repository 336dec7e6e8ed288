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
import { phaseOf } from '../machines/plenary';
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

/** Where a room stands, for the class dashboard: the meeting replayed from its log. */
export interface RoomStatus {
  readonly code: string;
  readonly label: string | null;
  readonly rule: string;
  readonly phase: string;
  readonly events: number;
  readonly items: readonly { itemId: string; title: string; outcome: string | null; value: number | null }[];
}

export function roomStatus(stored: StoredRoom): RoomStatus {
  const checked = checkSetup(stored.record.setup);
  if (!checked.ok) throw new Error(checked.message);
  const snap = replay(plenaryMachine, checked.input, stored.events);
  const ctx = snap.context;
  const sc = LIBRARY.scenarios.find((s) => s.id === ctx.scenarioId)!;
  return {
    code: stored.record.code,
    label: checked.setup.label ?? null,
    rule: ctx.rule,
    phase: phaseOf(snap),
    events: stored.events.length,
    items: ctx.agenda.map((itemId) => {
      const r = ctx.results.find((x) => x.itemId === itemId);
      return {
        itemId,
        title: sc.agenda.find((a) => a.id === itemId)?.title ?? itemId,
        outcome: r?.outcome ?? null,
        value: r ? Math.round(r.value) : null,
      };
    }),
  };
}
