// What a teacher chooses when opening a classroom room, checked before any room exists. The session
// input is derived from it, so a room cannot hold a setup its session could not start from.
import * as v from 'valibot';
import { SCENARIOS } from '../content';
import type { ScenarioId } from '../content/types';
import { RULE_IDS } from '../model/rules';
import type { SessionInput } from '../model/session';
import { rosterOf } from '../model/roster';
import { LIBRARY } from '../machines/default';
import { PACES } from '../app/pace';

const SCENARIO_IDS = SCENARIOS.map((s) => s.id) as [ScenarioId, ...ScenarioId[]];

const shortText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'is empty'),
    v.maxLength(max, `is longer than ${max} characters`),
    // eslint-disable-next-line no-control-regex
    v.regex(/^[^\u0000-\u001f\u007f]*$/, 'has a control character'),
  );

export const RoomSetupSchema = v.strictObject({
  scenarioId: v.picklist(SCENARIO_IDS, 'is not a meeting of this game'),
  rule: v.picklist(RULE_IDS, 'is not a decision rule of this game'),
  seed: v.optional(shortText(40)),
  /** Agenda item ids to play; the whole agenda when absent. */
  items: v.optional(v.pipe(v.array(shortText(60)), v.minLength(1), v.maxLength(20))),
  /** Delegations played by people (teams of devices); the AI plays every other seat. */
  people: v.pipe(v.array(shortText(12)), v.maxLength(60)),
  lessonMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(240)), 45),
  pace: v.optional(v.picklist(PACES), 'classroom'),
  speechSeconds: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(600)))),
  /** When a device drops: the room waits for it, or the AI covers its seat until it is back. */
  onDrop: v.optional(v.picklist(['wait', 'ai']), 'wait'),
  /** A label for the class dashboard ("Group A"). */
  label: v.optional(shortText(40)),
});

export type RoomSetup = v.InferOutput<typeof RoomSetupSchema>;

export type SetupCheck = { ok: true; setup: RoomSetup; input: SessionInput } | { ok: false; message: string };

/** Checks a setup from the network: the right shape, and delegations and items of that meeting. */
export function checkSetup(raw: unknown): SetupCheck {
  const parsed = v.safeParse(RoomSetupSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') || 'the setup';
    return { ok: false, message: `The room's ${where} ${issue.message}.` };
  }
  const setup = parsed.output;
  const sc = SCENARIOS.find((s) => s.id === setup.scenarioId)!;
  const roster = rosterOf(LIBRARY, sc.id);
  const stranger = setup.people.find((id) => !Object.hasOwn(roster.index, id));
  if (stranger !== undefined) return { ok: false, message: `${stranger} has no seat at ${sc.shortName}.` };
  if (new Set(setup.people).size !== setup.people.length)
    return { ok: false, message: 'A delegation is listed twice among the seats played by people.' };
  const agenda = new Set(sc.agenda.map((a) => a.id));
  const unknownItem = setup.items?.find((i) => !agenda.has(i));
  if (unknownItem !== undefined)
    return { ok: false, message: `${unknownItem} is not on the agenda of ${sc.shortName}.` };
  const input: SessionInput = {
    scenarioId: sc.id,
    rule: setup.rule,
    seed: setup.seed ?? 'classroom',
    humans: Object.fromEntries(setup.people.map((id) => [id, roster.names[roster.index[id]!]!])),
    ...(setup.items ? { items: setup.items } : {}),
    ...(setup.speechSeconds ? { speechSeconds: setup.speechSeconds } : {}),
    // The lesson's length is the session's time limit: the chart ends the meeting when it is up.
    minutes: setup.lessonMinutes,
  };
  return { ok: true, setup, input };
}
