// No screen shows the data's own ids ("administrative-support", "wp12-admin", "consensusCall") or an
// issue's name lower-cased ("marange / zimbabwe"): every meeting is played with people in seats, and at
// every move everything the screens are drawn from is read (the hall, the draft, the panels, the floor
// line, the projector, the actions, what a move changed and why the computer made it, the Hand, Draft
// and Transcript panels as drawn, the Seat panel of every seat, "Would it pass?" as laid out and as
// spoken), then at the end the Outcome's and Debrief's pages (who moved whom included), the slides, the
// history walk and the Markdown report. Scenes draw text from
// these view functions, so what they show is what is read here.
import { describe, expect, it } from 'vitest';
import { aiReason } from '../../src/app/ai-why';
import { changesLines, changesTitle } from '../../src/app/changes-text';
import { cardChoice, clauseChoice } from '../../src/app/choice-text';
import { consequences, previewSentence } from '../../src/app/consequences';
import { debriefSlides, historyLines, influenceLines } from '../../src/app/debrief-slides';
import { headerStatus, headerTitle, nowLines, projectorData, speakerLine } from '../../src/app/floor-text';
import { effectLines } from '../../src/app/event-effects';
import { historyWalk } from '../../src/app/history-walk';
import { influenceView } from '../../src/app/influence-view';
import { meterSpoken, meterView } from '../../src/app/meter-view';
import { draftLines, handLines, timelineLines, transcriptLines } from '../../src/app/panel-text';
import { seatPanel } from '../../src/app/seat-panel';
import {
  communiqueLines,
  comparisonLines,
  objectiveLines,
  participationLines,
} from '../../src/app/result-view';
import { actions, amendments, draftView, hand, meter, seats } from '../../src/app/view-model';
import { BRIEFINGS } from '../../src/content/index';
import { ISSUE_NAME } from '../../src/content/issues';
import { DOC_KEYS } from '../../src/content/types';
import { TIMELINE } from '../../src/content/timeline';
import { compareRules } from '../../src/machines/compare';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseFacts, phaseOf } from '../../src/machines/plenary';
import { buildReport } from '../../src/machines/report';
import { reportMarkdown } from '../../src/machines/report-markdown';
import { startSession } from '../../src/machines/runner';
import { nextAiEvent } from '../../src/model/ai';
import { PHASES } from '../../src/model/phase';
import { rosterOf } from '../../src/model/roster';
import { RULE_IDS, type RuleId } from '../../src/model/rules';
import type { SessionContext, SessionEvent, SessionInput } from '../../src/model/session';
import { awaitedHumans } from '../../src/model/turns';
import { repeats } from './mutation-run';

/** Ids that are never words: hyphenated or camel-cased (issues, rules, items, clauses, cards, phases). */
const RAW_IDS = [
  ...Object.keys(ISSUE_NAME),
  ...RULE_IDS,
  ...PHASES,
  ...LIBRARY.scenarios.flatMap((s) => [s.id, ...s.agenda.map((a) => a.id)]),
  ...LIBRARY.clauses.map((c) => c.id),
  ...LIBRARY.arguments.map((a) => a.id),
  ...LIBRARY.events.map((e) => e.id),
  ...DOC_KEYS,
].filter((id) => /-|[a-z][A-Z]/.test(id) && id !== 'two-thirds'); // (a word as well as an id)

/** An issue's name as a word in prose, lower-cased where it holds a proper name. */
const LOWERED_NAMES = Object.values(ISSUE_NAME)
  .filter((n) => /[A-Z]/.test(n.slice(1)))
  .map((n) => n.toLowerCase());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const RAW = new RegExp(
  `(?<![\\w-])(${[...RAW_IDS, ...LOWERED_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w-])`,
);

/**
 * Every string in what a screen is drawn from. A string that is wholly an id is a field the screen
 * looks up (a seat's id, an issue key), not text; a raw id inside any other string is shown as it is.
 */
function texts(value: unknown, out: string[] = [], seen = new Set<object>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of value instanceof Map || value instanceof Set ? value.values() : Object.values(value))
      texts(v, out, seen);
  }
  return out;
}

const ID_SET = new Set<string>(RAW_IDS);

function rawIn(where: string, value: unknown): string[] {
  return texts(value)
    .filter((t) => !ID_SET.has(t) && RAW.test(t))
    .map((t) => `${where}: ${t.match(RAW)![0]} in “${t.slice(0, 120)}”`);
}

function play(input: SessionInput): string[] {
  const found = new Set<string>();
  const note = (where: string, value: unknown) => rawIn(where, value).forEach((f) => found.add(f));
  const people = Object.keys(input.humans ?? {});
  const actor = startSession(plenaryMachine, input);
  // Why the computer made each move, by sequence number, as the controller keeps it for the transcript.
  const reasons = new Map<number, string>();
  const send = (ev: SessionEvent) => {
    const before = actor.getSnapshot().context;
    const why = aiReason(LIBRARY, before, ev);
    note('why', why);
    actor.send(ev);
    const after = actor.getSnapshot().context;
    if (!after.rejection) {
      if (why) reasons.set(after.seq, why);
      const c = consequences(LIBRARY, before, after, ev, people[0]);
      const panel = changesLines({ title: changesTitle(LIBRARY, ev, 'accepted'), c });
      note('what changed', [c, previewSentence(c, ev), panel]);
    }
  };
  const look = (ctx: SessionContext) => {
    const phase = phaseOf(actor.getSnapshot());
    const awaiting = awaitedHumans(LIBRARY, phaseFacts(phase), ctx);
    note('screens', [
      seats(LIBRARY, ctx),
      // The Seat panel, for every seat (built in the scene before; its words now come from app/).
      seats(LIBRARY, ctx).map((seat) => seatPanel(LIBRARY, ctx, seat)),
      draftView(LIBRARY, ctx),
      meter(LIBRARY, ctx),
      meterView(LIBRARY, ctx),
      meterSpoken(meter(LIBRARY, ctx)),
      // The Plenary's Hand (each person's, shown and hidden), Draft and Transcript panels as drawn.
      people.map((me) => [
        handLines(LIBRARY, ctx, { me, covering: null, hidden: false }),
        handLines(LIBRARY, ctx, { me, covering: null, hidden: true }),
      ]),
      draftLines(LIBRARY, ctx),
      transcriptLines(ctx, (seq) => reasons.get(seq) ?? null),
      amendments(LIBRARY, ctx).map((a) => a.clause.text),
      speakerLine(LIBRARY, phase, ctx),
      headerStatus(LIBRARY, phase, ctx),
      headerTitle(LIBRARY, ctx),
      projectorData(LIBRARY, phase, ctx, false),
      nowLines(LIBRARY, phase, ctx, awaiting, {
        me: people[0] ?? null,
        paused: false,
        covering: null,
        fast: false,
        clockRunning: true,
      }),
      people.map((id) => [hand(LIBRARY, ctx, id), actions(LIBRARY, phase, ctx, id)]),
      // The lists a person picks a card or a clause from.
      people.map((id) => hand(LIBRARY, ctx, id).map((c) => cardChoice(c))),
      amendments(LIBRARY, ctx).map((a) => clauseChoice(a.clause, a.op)),
      ctx.transcript.at(-1),
      ctx.rejection?.reason,
    ]);
  };
  send({ type: 'START' });
  send({ type: 'BEGIN' });
  for (let guard = 0; guard < 20000; guard++) {
    const snap = actor.getSnapshot();
    const ctx = snap.context;
    const phase = phaseOf(snap);
    if (phase === 'communique') break;
    look(ctx);
    const ai = nextAiEvent(LIBRARY, phaseFacts(phase), ctx);
    if (ai && !awaitedHumans(LIBRARY, phaseFacts(phase), ctx).length) {
      send(ai);
      continue;
    }
    const speaker = ctx.item?.speakers[0];
    if (phase === 'floor' && speaker && people.includes(speaker)) send({ type: 'YIELD', by: speaker });
    else if (phase === 'caucus') send({ type: 'CAUCUS_REFUSE', by: ctx.caucus!.to });
    else if (phase === 'consensusCall') {
      const waiting = people.find((id) => !ctx.item!.call!.responded.includes(id))!;
      send({ type: 'OBJECT', by: waiting });
    } else throw new Error(`stuck in ${phase}`);
  }
  const ctx = actor.getSnapshot().context;
  note('transcript', ctx.transcript);
  const sc = LIBRARY.scenarios.find((s) => s.id === input.scenarioId)!;
  const report = buildReport(LIBRARY, ctx, compareRules(plenaryMachine, LIBRARY, ctx, input), BRIEFINGS);
  const rule = input.rule ?? 'consensus';
  note('outcome and debrief', [
    communiqueLines(report, true),
    comparisonLines(LIBRARY, report, rule),
    objectiveLines(LIBRARY, report),
    participationLines(LIBRARY, report),
    historyLines(report, sc),
    timelineLines(report.timeline),
    influenceLines(LIBRARY, report),
    influenceView(LIBRARY, report),
  ]);
  note('slides', debriefSlides(LIBRARY, report, sc, rule));
  note('markdown', reportMarkdown(LIBRARY, report));
  note('history walk', historyWalk(LIBRARY, sc.id, TIMELINE));
  return [...found];
}

const MEETINGS = LIBRARY.scenarios.filter((s) => s.agenda.length > 0);

describe('no raw ids on screen', () => {
  it('the facilitator console says what each event card does in words', () => {
    const found = LIBRARY.events.flatMap((e) => rawIn(e.title, effectLines(LIBRARY, e.effects)));
    expect(found).toEqual([]);
  });

  it('a card in the list says whom it appeals to and hardens in words', () => {
    // Interests are ids too ('human-rights'), but the word is also English prose, so it is looked for
    // where the list names interests: the line that says what the card argues.
    const said = LIBRARY.arguments.map(
      (c) => cardChoice(c).detail.find((l) => l.text.startsWith('Argues for'))!.text,
    );
    expect(said.filter((t) => /\bhuman-rights\b|(about|,) rules\b|\bA [aeiou]/.test(t))).toEqual([]);
    const preamble = LIBRARY.arguments.find((c) => c.id === 'arg-def-preamble')!;
    expect(cardChoice(preamble).detail.map((l) => l.text)).toContain(
      'Argues for 70 of 100 (rebels only (Core Document) = 0). A precedent argument; it appeals to delegations that care about human rights, the scheme’s rules.',
    );
  });

  it('the pattern finds what reached the screen before', () => {
    expect(RAW.test('Administrative support: administrative-support')).toBe(true);
    expect(RAW.test('objective on marange / zimbabwe not met')).toBe(true);
    expect(RAW.test('Marange / Zimbabwe, Administrative support, consensus call')).toBe(false);
  });

  it.each(
    // Both rules for every meeting; in the mutation run (mutation-run.ts) one rule each, in turn.
    MEETINGS.flatMap((s, m) =>
      repeats(2, m).map((r) => [s.id, (['consensus', 'weighted'] as RuleId[])[r]!] as const),
    ),
  )('%s under %s: every screen names issues, items and rules in words', (scenarioId, rule) => {
    const roster = rosterOf(LIBRARY, scenarioId);
    const participants = roster.ids.filter(
      (id, i) => roster.kind[i] === 'participant' && id !== roster.chair,
    );
    const input: SessionInput = {
      scenarioId,
      rule,
      seed: 7,
      humans: Object.fromEntries(participants.slice(0, 2).map((id, k) => [id, `Player ${k + 1}`])),
    };
    expect(play(input)).toEqual([]);
  });
});
