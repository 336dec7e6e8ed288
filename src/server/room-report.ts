// The debrief pack of a room, built from its stored input and log by the same report functions the
// single-computer game uses, so a room's pack and a hot-seat pack of the same moves are the same.
import Papa from 'papaparse';
import { BRIEFINGS } from '../content';
import { toCsv } from '../machines/csv';
import { RULES, type RuleId } from '../model/rules';
import { compareRules } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { decisionsCsv, positionsCsv } from '../machines/report-csv';
import { buildReport, type DebriefReport } from '../machines/report';
import { reportMarkdown } from '../machines/report-markdown';
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

/** One room of a class pack: its stored meeting, checked by the teacher's key of that room. */
export interface PackRoom {
  readonly stored: StoredRoom;
}

/** A CSV table with the room's code and group name put in front of every row. */
function withRoom(csv: string, code: string, label: string | null, header: boolean): string[][] {
  const rows = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  return rows
    .slice(header ? 0 : 1)
    .map((r, i) => (header && i === 0 ? ['room', 'group', ...r] : [code, label ?? '', ...r]));
}

/**
 * The debrief pack of several rooms (a teacher's parallel rooms): first the same meeting's outcomes side
 * by side, one row per room, then each room's own pack. Built from each room's report, so the whole
 * and its parts cannot disagree.
 */
export function classPack(rooms: readonly PackRoom[], format: 'md' | 'json' | 'csv'): string {
  const parts = rooms.map(({ stored }) => ({ report: roomReport(stored), status: roomStatus(stored) }));
  if (format === 'json')
    return JSON.stringify({ rooms: parts.map((p) => ({ ...p.report.json, status: p.status })) }, null, 2);
  if (format === 'csv') {
    const decisions = parts.flatMap((p, i) =>
      withRoom(decisionsCsv(p.report.json.report), p.status.code, p.status.label, i === 0),
    );
    const positions = parts.flatMap((p, i) =>
      withRoom(positionsCsv(p.report.json.report), p.status.code, p.status.label, i === 0),
    );
    return `${toCsv(decisions)}\n${toCsv(positions)}`;
  }
  const items = [...new Set(parts.flatMap((p) => p.status.items.map((it) => it.title)))];
  const cell = (s: RoomStatus, title: string) => {
    const it = s.items.find((x) => x.title === title);
    if (!it?.outcome) return 'still open';
    return `${it.outcome}${it.value !== null ? ` (${it.value})` : ''}`;
  };
  const esc = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const table = [
    `| Room | Decision rule | ${items.map(esc).join(' | ')} |`,
    `|---|---|${items.map(() => '---').join('|')}|`,
    ...parts.map(
      ({ status: s }) =>
        `| ${esc(s.label ?? s.code)} (${s.code}) | ${esc(RULES[s.rule as RuleId]?.label ?? s.rule)} | ${items.map((t) => esc(cell(s, t))).join(' | ')} |`,
    ),
  ];
  // Each room's own pack follows, its headings one level down.
  const rooms2 = parts.map(
    ({ report, status }) =>
      `## ${status.label ?? 'Room'} (${status.code})\n\n${report.markdown.replace(/^(#+) /gm, '#$1 ')}`,
  );
  return [
    `# Debrief pack: ${parts.length} room${parts.length === 1 ? '' : 's'} of one class`,
    '',
    'The same meeting, played by different groups: what each room decided, item by item (value on the scale in brackets).',
    '',
    ...table,
    '',
    ...rooms2,
  ].join('\n');
}
