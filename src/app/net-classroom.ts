// The networked classroom as the browser sees it, without Phaser: what a teacher chooses before
// opening a room, the rooms this device opened (with their keys, kept on this device only), and the
// joining student's choices. Scenes show these and send nothing themselves.
import * as v from 'valibot';
import { BRIEFINGS, SCENARIOS } from '../content';
import type { Scenario } from '../content/types';
import { LIBRARY } from '../machines/default';
import { rosterOf } from '../model/roster';
import type { RuleId } from '../model/rules';
import type { RoomSetup } from '../server/room-setup';
import type { Pace } from './pace';

export const LESSON_MINUTES = [30, 45, 60, 90] as const;

export interface RoomDraft {
  scenarioId: Scenario['id'];
  rule: RuleId;
  agenda: 'lesson' | 'full';
  people: string[];
  lessonMinutes: number;
  pace: Pace;
  onDrop: 'wait' | 'ai';
  label: string;
}

/** Delegations with a role card at this meeting: the ones a class plays first. */
export function briefedSeats(scenarioId: Scenario['id']): string[] {
  const roster = rosterOf(LIBRARY, scenarioId);
  return BRIEFINGS.map((b) => b.delegation).filter((d) => Object.hasOwn(roster.index, d));
}

export function seatName(scenarioId: Scenario['id'], id: string): string {
  const roster = rosterOf(LIBRARY, scenarioId);
  return Object.hasOwn(roster.index, id) ? roster.names[roster.index[id]!]! : id;
}

/** Every seat at the meeting, role-card seats first, then the rest by name. */
export function seatChoices(scenarioId: Scenario['id']): string[] {
  const roster = rosterOf(LIBRARY, scenarioId);
  const briefed = briefedSeats(scenarioId);
  const rest = roster.ids
    .filter((id) => !briefed.includes(id))
    .sort((a, b) => seatName(scenarioId, a).localeCompare(seatName(scenarioId, b)));
  return [...briefed, ...rest];
}

export function defaultDraft(scenarioId: Scenario['id'] = 'washington-plenary-2012'): RoomDraft {
  const sc = SCENARIOS.find((s) => s.id === scenarioId)!;
  return {
    scenarioId,
    rule: 'consensus',
    agenda: 'lesson',
    // The Chair stays with the AI unless the teacher hands it to a group.
    people: briefedSeats(scenarioId).filter((d) => d !== sc.chair),
    lessonMinutes: 45,
    pace: 'classroom',
    onDrop: 'wait',
    label: 'Group A',
  };
}

function definitionItem(sc: Scenario): string {
  return (sc.agenda.find((a) => a.issue === 'definition') ?? sc.agenda[0]!).id;
}

export function setupOf(d: RoomDraft): RoomSetup {
  const sc = SCENARIOS.find((s) => s.id === d.scenarioId)!;
  return {
    scenarioId: d.scenarioId,
    rule: d.rule,
    people: d.people,
    lessonMinutes: d.lessonMinutes,
    pace: d.pace,
    onDrop: d.onDrop,
    ...(d.agenda === 'lesson' ? { items: [definitionItem(sc)] } : {}),
    ...(d.label.trim() ? { label: d.label.trim() } : {}),
    seed: `${d.scenarioId}/${Date.now().toString(36)}`,
  };
}

/** The rooms this device opened, newest first, with the teacher's keys: they never leave this device. */
const KEY = 'roughConsensus.rooms';
const OpenedSchema = v.array(
  v.object({
    code: v.pipe(v.string(), v.regex(/^[A-Z0-9]{5}$/)),
    teacherSecret: v.pipe(v.string(), v.maxLength(100)),
    label: v.pipe(v.string(), v.maxLength(60)),
    rule: v.string(),
    openedAt: v.number(),
  }),
);
export type OpenedRoomEntry = v.InferOutput<typeof OpenedSchema>[number];

export interface SmallStore {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
}

export function openedRooms(store: SmallStore | null): OpenedRoomEntry[] {
  try {
    const parsed = v.safeParse(OpenedSchema, JSON.parse(store?.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.output : [];
  } catch {
    return [];
  }
}

export function rememberRoom(store: SmallStore | null, entry: OpenedRoomEntry): void {
  const list = [entry, ...openedRooms(store).filter((r) => r.code !== entry.code)].slice(0, 12);
  try {
    store?.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or refused: the room still runs; the key is shown on screen
  }
}

/** What a join screen learns about a room from its code (GET /api/rooms/CODE). */
export const RoomInfoSchema = v.object({
  code: v.string(),
  scenarioId: v.string(),
  rule: v.string(),
  people: v.array(v.string()),
  label: v.nullable(v.string()),
  finished: v.boolean(),
});
export type RoomInfo = v.InferOutput<typeof RoomInfoSchema>;

export async function lookUpRoom(baseUrl: string, code: string): Promise<RoomInfo> {
  const clean = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{5}$/.test(clean)) throw new Error('A room code has five letters and digits.');
  const res = await fetch(`${baseUrl}/api/rooms/${clean}`);
  if (res.status === 404) throw new Error(`No room has the code ${clean}. Check it with your teacher.`);
  if (!res.ok) throw new Error(`The classroom server answered ${res.status}.`);
  const parsed = v.safeParse(RoomInfoSchema, await res.json());
  if (!parsed.success) throw new Error('The classroom server sent something this game does not understand.');
  return parsed.output;
}

export type PackFormat = 'md' | 'csv' | 'json';

/** The debrief pack of the rooms this device opened (each with its teacher key), from the server. */
export async function fetchClassPack(
  baseUrl: string,
  rooms: readonly OpenedRoomEntry[],
  format: PackFormat,
): Promise<string> {
  const res = await fetch(`${baseUrl}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rooms: rooms.map((r) => ({ code: r.code, secret: r.teacherSecret })), format }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The classroom server answered ${res.status}.`);
  }
  return res.text();
}
