// Outcome: the communiqué (each item's decision and text), the same moves under every decision rule (with a
// sentence a class can read aloud), objectives met, and what happened in history. Exports the comparison
// as CSV and JSON. Enter goes on to the debrief.
import { Scene } from 'phaser';
import { BRIEFINGS } from '../content/index';
import { downloadText } from '../app/download';
import type { SessionController } from '../app/controller';
import { historyLines } from '../app/debrief-slides';
import { ticketWriters } from '../app/exit-tickets';
import { communiqueLines, comparisonLines, objectiveLines } from '../app/result-view';
import { compareRules } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { decisionsCsv } from '../machines/report-csv';
import { buildReport, type DebriefReport } from '../machines/report';
import { scenarioOf } from '../model/library';
import { RULES } from '../model/rules';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { Notice } from '../ui/notice';
import { classroom, fileStem, OUTCOME_WORDS, sceneForPhase, sessionOrResume } from './plenary/classroom';
import { ReportView, styled } from './plenary/report-view';
import { goTo } from './registry';

registerHelp('Outcome', [
  { keys: '1 2 3 4 or ← →', action: 'Communiqué, under each rule, objectives, history' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the page' },
  { keys: 'U', action: 'Meaning of the next underlined word (or point at it)' },
  { keys: 'Tab, Enter', action: 'Choose a command: debrief, export CSV, export JSON' },
  { keys: 'D / C / J', action: 'Debrief / comparison as CSV / as JSON' },
]);

export default class Outcome extends Scene {
  private s: SessionController | null = null;
  private report!: DebriefReport;
  private view!: ReportView;

  constructor() {
    super({ key: 'Outcome' });
  }

  create(): void {
    const { session, error } = sessionOrResume(false);
    if (!session) {
      new Notice(this, error ?? 'No meeting to show.', {
        title: 'Nothing here',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    // The chart says which screen each state has (its meta): another state's screen opens instead.
    if (sceneForPhase(session.phase) !== 'Outcome') {
      void goTo(this, sceneForPhase(session.phase));
      return;
    }
    this.s = session;
    // A classroom room's device moves on with the room when the teacher opens the debrief.
    if (classroom.device) {
      const off = session.subscribe(() => {
        if (sceneForPhase(session.phase) === 'Debrief' && this.scene.isActive()) void goTo(this, 'Debrief');
      });
      this.events.once('shutdown', off);
    }
    const ctx = session.snapshot.context;
    // The one report of this meeting: the Debrief and every export read the same.
    this.report = buildReport(
      LIBRARY,
      ctx,
      compareRules(plenaryMachine, LIBRARY, ctx, session.input),
      BRIEFINGS,
      session.input.carry,
    );
    const r = this.report;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    this.view = new ReportView(this, {
      title: 'The communiqué',
      subtitle: [` · seed ${ctx.seed}`, ''].map(
        (seed) =>
          `${sc.title} · decided under ${RULES[ctx.rule].label}${ctx.rule === 'consensus' ? '' : ' (the KP itself decides by consensus)'}${seed}`,
      ),
      pages: [
        { label: 'Communiqué', lines: () => styled(communiqueLines(r, sc.kind === 'plenary')) },
        { label: 'Under each rule', lines: () => styled(comparisonLines(LIBRARY, r, ctx.rule)) },
        { label: 'Objectives', lines: () => styled(objectiveLines(LIBRARY, r)) },
        { label: 'In history', lines: () => styled(historyLines(r, sc)) },
      ],
      commands: [
        { label: 'Go to the debrief', key: 'D', run: () => this.debrief() },
        { label: 'Comparison as CSV', key: 'C', run: () => this.exportCsv() },
        { label: 'Comparison as JSON', key: 'J', run: () => this.exportJson() },
      ],
      footer: '1–4 or ← → pages · ↑ ↓ PgUp PgDn scroll · Tab + Enter commands · D debrief · ? help',
      aside: {
        title: 'What the rule changed',
        text: r.comparison.length
          ? r.comparison.map((c) => c.summary).join('\n\n')
          : 'Nothing came to a decision, so every rule gives the same result.',
      },
    });
    const first = r.comparison[0];
    announce(
      `The communiqué. ${r.decisions.map((d) => `${d.title}: ${OUTCOME_WORDS[d.outcome]}.`).join(' ')} ${first ? first.summary : ''} Press D or Enter for the debrief.`,
    );
  }

  private debrief(): void {
    const s = this.s;
    if (!s) return;
    if (classroom.device?.role === 'student') {
      this.view.say('Your teacher opens the debrief for everyone; this screen follows.');
      return;
    }
    // On one computer the players write their exit tickets first (the screen offers to skip them).
    if (!classroom.device && ticketWriters(LIBRARY, s.snapshot.context).some((w) => !w.handedIn)) {
      void goTo(this, 'ExitTicket', { from: 'Outcome' });
      return;
    }
    const snap = s.send({ type: 'DEBRIEF' });
    if (snap.context.rejection) {
      this.view.say(`Refused: ${snap.context.rejection.reason}`);
      return;
    }
    // In a classroom room the server's DEBRIEF moves every screen (see create).
    if (!classroom.device) void goTo(this, 'Debrief');
  }

  private exportCsv(): void {
    const s = this.s!;
    downloadText(`${fileStem(s)}.comparison.csv`, decisionsCsv(this.report), 'text/csv');
    this.view.say('Downloaded the comparison as CSV.');
  }

  private exportJson(): void {
    const s = this.s!;
    downloadText(
      `${fileStem(s)}.comparison.json`,
      JSON.stringify(this.report.comparison, null, 2),
      'application/json',
    );
    this.view.say('Downloaded the comparison as JSON.');
  }
}
