// The session boundary, declared once: what an event, a session's input and a save file may hold.
// The TypeScript types are derived from these schemas (v.InferOutput), so what the code assumes and
// what the boundary lets in cannot drift apart. Everything that enters a session from outside (a
// scene, the automation hook, a save file, the network) passes checkEvent / checkInput first, and
// what a session logs is the normalised copy these return, never the caller's object.
//
// Why valibot (not zod): the rules core ships in the browser bundle, and valibot is built of small
// functions that a bundler drops when unused (a few kB for these schemas, against zod's ~50 kB that
// mostly stays), it has no dependencies, and its issues carry the path we turn into readable reasons.
import * as v from 'valibot';
import { ISSUE_IDS, SCENARIO_IDS, type IssueId } from '../content/types';
import { ROUNDS } from './rounds';
import { RULE_IDS } from './rules';

/** Speech timer lengths offered at setup and in the facilitator console (seconds). */
export const SPEECH_SECONDS_CHOICES = [60, 90, 120, 180, 240] as const;
/** The range any speech timer must fall in (seconds). */
export const SPEECH_SECONDS_MIN = 15;
/** A session's time limit: whole minutes in this range. */
export const SESSION_MINUTES_MAX = 600;
export const SPEECH_SECONDS_MAX = 600;
/** Longest player name (Setup's field allows 24). */
export const PLAYER_NAME_MAX = 40;

/** Longest answer to one exit-ticket question (a few sentences). */
export const EXIT_ANSWER_MAX = 600;
/** How many guided questions an exit ticket asks (content/teacher-guide.ts: EXIT_QUESTIONS). */
export const EXIT_QUESTION_COUNT = 3;

export const SAVE_FORMAT = 'rough-consensus-save';
export const SAVE_VERSION = 1;

// ---------- building blocks ----------

/** Content ids (delegations, cards, clauses, agenda items): short, printable, never a name on Object.prototype. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const notInherited = (id: string) => !(id in Object.prototype);

const DelegationId = v.pipe(
  v.string('must be a delegation id (text such as "ZA")'),
  v.regex(ID_PATTERN, 'must be a delegation id (text such as "ZA")'),
  v.check(notInherited, 'is not a delegation'),
);
const ContentId = v.pipe(
  v.string('must be an id (text)'),
  v.regex(ID_PATTERN, 'must be an id (letters, digits and dashes)'),
  v.check(notInherited, 'is not an id in this game'),
);
// No control characters, line or paragraph separators, or bidirectional overrides: a name is one
// plain line wherever it is shown or exported.
const PLAIN_LINE = /^[^\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]*$/u;
const PlayerName = v.pipe(
  v.string('must be a name (text)'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(PLAYER_NAME_MAX, `must be at most ${PLAYER_NAME_MAX} characters`),
  v.regex(PLAIN_LINE, 'must not contain control characters or line breaks'),
);
/** One answer on an exit ticket: a paragraph of plain text (may be empty: a question left blank). */
const ExitAnswer = v.pipe(
  v.string('must be text'),
  v.maxLength(EXIT_ANSWER_MAX, `must be at most ${EXIT_ANSWER_MAX} characters`),
  v.regex(PLAIN_LINE, 'must not contain control characters or line breaks'),
);
const Issue = v.picklist(ISSUE_IDS, `must be an issue id (${ISSUE_IDS.join(', ')})`);
const FiniteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const Position = v.pipe(
  v.number('must be a number from 0 to 100'),
  v.minValue(0, 'must be a number from 0 to 100'),
  v.maxValue(100, 'must be a number from 0 to 100'),
);
const SessionMinutes = v.pipe(
  v.number('must be a number of minutes'),
  v.integer('must be a whole number of minutes'),
  v.minValue(1, 'must be at least 1 minute'),
  v.maxValue(SESSION_MINUTES_MAX, `must be at most ${SESSION_MINUTES_MAX} minutes`),
);

const SpeechSeconds = v.pipe(
  v.number('must be a number of seconds'),
  v.integer('must be a whole number of seconds'),
  v.minValue(SPEECH_SECONDS_MIN, `must be at least ${SPEECH_SECONDS_MIN} seconds`),
  v.maxValue(SPEECH_SECONDS_MAX, `must be at most ${SPEECH_SECONDS_MAX} seconds`),
);
const Flag = v.boolean('must be true or false');

// ---------- events ----------

function eventOf<const T extends string, const E extends v.ObjectEntries>(type: T, entries: E) {
  return v.pipe(v.object({ type: v.literal(type), ...entries }), v.readonly());
}
/** An event a delegation makes: `by` names it, and the model checks it is in the room (and its rights). */
function actOf<const T extends string, const E extends v.ObjectEntries>(type: T, entries: E) {
  return eventOf(type, { by: DelegationId, ...entries });
}

const EVENT_SCHEMAS = [
  eventOf('CHOOSE_ROLE', { delegation: DelegationId, player: PlayerName }),
  eventOf('RELEASE_ROLE', { delegation: DelegationId }),
  eventOf('SET_CONTROL', {
    delegation: DelegationId,
    human: Flag,
    player: v.exactOptional(PlayerName),
  }),
  eventOf('START', {}),
  eventOf('BEGIN', {}),
  actOf('OPEN_FLOOR', {}),
  actOf('REQUEST_FLOOR', {}),
  /** `yield`: yield the floor after speaking. */
  actOf('SPEAK', { card: ContentId, yield: v.exactOptional(Flag) }),
  actOf('AMEND', { op: v.picklist(['add', 'remove'], 'must be "add" or "remove"'), clause: ContentId }),
  actOf('YIELD', {}),
  actOf('CAUCUS_OFFER', { to: DelegationId, give: Issue, ask: Issue }),
  actOf('CAUCUS_ACCEPT', {}),
  actOf('CAUCUS_REFUSE', {}),
  actOf('PRESSURE', { to: DelegationId }),
  actOf('TABLE_DRAFT', {}),
  actOf('CALL_CONSENSUS', {}),
  actOf('OBJECT', {}),
  actOf('WITHDRAW_OBJECTION', {}),
  actOf('CONCUR', {}),
  actOf('CLOSE_CALL', {}),
  actOf('NEXT_ITEM', {}),
  actOf('CONSULT', {}),
  actOf('REFER', {}),
  actOf('DEFER', {}),
  actOf('CONCLUDE', {}),
  actOf('WALK_OUT', {}),
  actOf('ADJOURN', {}),
  actOf('NEXT_DAY', {}),
  eventOf('PAUSE', {}),
  eventOf('RESUME', {}),
  eventOf('INJECT', { card: ContentId }),
  eventOf('SKIP_SPEAKER', {}),
  eventOf('FORCE_CALL', {}),
  eventOf('END', {}),
  eventOf('TICK', { seconds: FiniteNumber }),
  /** The facilitator changes the speech timer mid-session: seconds per speech, or null for none. */
  eventOf('SET_SPEECH_TIMER', { seconds: v.nullable(FiniteNumber) }),
  eventOf('SET_TIME_LIMIT', { minutes: v.nullable(FiniteNumber) }),
  /** The facilitator runs the rounds (the chair waits for them to open each) or leaves them to the chair. */
  eventOf('SET_ROUNDS', { byFacilitator: Flag }),
  /** The facilitator opens the next round of the item (the one named). */
  eventOf('OPEN_ROUND', { round: v.picklist(ROUNDS, `must be one of: ${ROUNDS.join(', ')}`) }),
  eventOf('DEBRIEF', {}),
  /** A player's reflection once the meeting has ended: one answer per guided question, in order. */
  actOf('EXIT_TICKET', {
    answers: v.tuple([ExitAnswer, ExitAnswer, ExitAnswer], 'must be three answers (text)'),
  }),
] as const;

export const SessionEventSchema = v.variant('type', EVENT_SCHEMAS, 'must be an event');
export type SessionEvent = v.InferOutput<typeof SessionEventSchema>;
export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

const BY_TYPE: ReadonlyMap<string, (typeof EVENT_SCHEMAS)[number]> = new Map(
  EVENT_SCHEMAS.map((s) => [s.entries.type.literal, s]),
);
export const EVENT_TYPES: readonly SessionEventType[] = [...BY_TYPE.keys()] as SessionEventType[];

/** Event types that act for a delegation and so must say which (`by`). */
export const ACTS_FOR_DELEGATION: ReadonlySet<SessionEventType> = new Set(
  EVENT_SCHEMAS.filter((s) => 'by' in s.entries).map((s) => s.entries.type.literal),
);

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const EXAMPLE = '{ type: "SPEAK", by: "ZA", card: "…" }';

/**
 * The one gate for events: a normalised copy of a well-formed event (own known fields only, fresh
 * object), or the reason it is not one. Never throws, whatever it is given.
 */
export function checkEvent(raw: unknown): Checked<SessionEvent> {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return refuse(`An event must be an object such as ${EXAMPLE}.`);
    const type: unknown = (raw as { type?: unknown }).type;
    if (typeof type !== 'string') return refuse(`An event needs a "type" (text), as in ${EXAMPLE}.`);
    const schema = BY_TYPE.get(type);
    if (!schema) return refuse(`There is no event "${printable(type)}" in this game.`);
    const r = v.safeParse(schema, raw);
    if (r.success) return { ok: true, value: r.output as SessionEvent };
    return refuse(`“${type}” refused: ${describe(r.issues[0])}.`);
  } catch {
    // A proxy or a getter that throws: nothing we can read is an event.
    return refuse('This event cannot be read (reading its fields failed).');
  }
}

// ---------- session input ----------

const PerIssuePosition = v.object(
  Object.fromEntries(ISSUE_IDS.map((i) => [i, v.exactOptional(Position)])) as {
    [I in IssueId]: v.ExactOptionalSchema<typeof Position, undefined>;
  },
);

export const SessionInputSchema = v.pipe(
  v.object({
    scenarioId: v.picklist(SCENARIO_IDS, 'must be one of the game’s scenarios'),
    rule: v.picklist(RULE_IDS, `must be a decision rule (${RULE_IDS.join(', ')})`),
    seed: v.union(
      [FiniteNumber, v.pipe(v.string(), v.maxLength(64, 'must be at most 64 characters'))],
      'must be a number or a text of at most 64 characters',
    ),
    /** Delegation id → player label, for seats taken by people. */
    humans: v.exactOptional(v.record(DelegationId, PlayerName, 'must map delegation ids to player names')),
    /** Agenda item ids to play (a preset); all when absent. */
    items: v.exactOptional(
      v.pipe(
        v.array(ContentId, 'must be a list of agenda item ids'),
        v.minLength(1, 'must name at least one agenda item'),
        v.maxLength(100, 'is too long'),
      ),
    ),
    /** Positions carried over from an earlier meeting (campaign), by delegation id. */
    carry: v.exactOptional(v.record(DelegationId, PerIssuePosition, 'must map delegation ids to positions')),
    /** Seconds per speech before the floor passes on; none when absent. */
    speechSeconds: v.exactOptional(SpeechSeconds),
    /** The session's time limit in minutes: when its clock reaches it, the meeting ends; none when absent. */
    minutes: v.exactOptional(SessionMinutes),
  }),
  v.readonly(),
);
export type SessionInput = v.InferOutput<typeof SessionInputSchema>;

/** The one gate for a session's input (setup, a save, a campaign, the CLI): normalised copy or reason. */
export function checkInput(raw: unknown): Checked<SessionInput> {
  return gate(SessionInputSchema, raw, 'The session settings');
}

// ---------- save file ----------

const Text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));

export const SaveFileSchema = v.pipe(
  v.object({
    format: v.literal(SAVE_FORMAT, 'is not a Rough Consensus save'),
    version: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** The game version that wrote it. */
    game: Text(64),
    savedAt: Text(64),
    title: Text(200),
    input: SessionInputSchema,
    log: v.pipe(v.array(SessionEventSchema, 'must be a list of events'), v.readonly()),
    checksum: Text(16),
  }),
  v.readonly(),
);
export type SaveFile = v.InferOutput<typeof SaveFileSchema>;

/** Checks a save's fields, then each logged event with checkEvent's reasons (the entry's number included). */
export function checkSaveFields(raw: Record<string, unknown>): Checked<SaveFile> {
  const { log, ...rest } = raw;
  if (!Array.isArray(log)) return refuse('The save has no event log.');
  const head = gate(v.omit(v.object(SaveFileSchema.entries), ['log']), rest, 'The save');
  if (!head.ok) return head;
  const events: SessionEvent[] = new Array(log.length);
  for (let i = 0; i < log.length; i++) {
    const e = checkEvent(log[i]);
    if (!e.ok) return refuse(`Event ${i + 1} of the save’s log is not valid. ${e.reason}`);
    events[i] = e.value;
  }
  return { ok: true, value: { ...head.value, log: events } as SaveFile };
}

// ---------- readable reasons ----------

function gate<S extends v.GenericSchema>(schema: S, raw: unknown, what: string): Checked<v.InferOutput<S>> {
  try {
    const r = v.safeParse(schema, raw);
    return r.success ? { ok: true, value: r.output } : refuse(`${what}: ${describe(r.issues[0])}.`);
  } catch {
    return refuse(`${what} cannot be read.`);
  }
}

function refuse(reason: string): { readonly ok: false; readonly reason: string } {
  return { ok: false, reason };
}

/** “by” must be …, or “by” is missing, or “carry › ZA › definition” must be …. */
function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => printable(String(p.key))).join(' › ');
  const where = path ? `“${path}”` : 'it';
  const missing = issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined;
  return missing ? `${where} is missing` : `${where} ${issue.message}`;
}

/** A caller's text shown in a reason: one line, no control characters, not too long. */
function printable(s: string): string {
  const line = s.replace(/[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/gu, '?');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
