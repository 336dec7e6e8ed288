// Outcome: the communiqué (each item's decision and text), the same moves under every decision rule (with a
// sentence a class can read aloud), objectives met, and what happened in history. Exports the comparison
// as CSV and JSON. Enter goes on to the debrief.
import { Scene } from 'phaser';
import { BRIEFINGS } from '../content/index';
import { downloadText } from '../app/download';
import type { SessionController } from '../app/controller';
import { citeLabel } from '../app/view-model';
import { divergence } from '../machines/campaign';
import { compareRules, type ItemComparison } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { buildReport, decisionsCsv } from '../machines/report';
import { draftText } from '../model/draft';
import { clausesOf } from '../model/items';
import { scenarioOf } from '../model/library';
import { scoreObjectives } from '../model/objectives';
import { RULE_IDS, RULES } from '../model/rules';
import { nameOf, type ItemOutcome, type SessionContext } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette } from '../ui/theme';
import { Notice } from '../ui/widgets';
import { fileStem, OUTCOME_WORDS, playersOf, sceneForPhase, sessionOrResume } from './plenary/classroom';
import { ReportView } from './plenary/report-view';
import { type Line } from '../ui/scroll-text';
import { GREEN, RED } from '../ui/stance';
import { goTo } from './registry';

registerHelp('Outcome', [
  { keys: '1 2 3 4 or ← →', action: 'Communiqué, under each rule, objectives, history' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the page' },
  { keys: 'Tab, Enter', action: 'Choose a command: debrief, export CSV, export JSON' },
  { keys: 'D / C / J', action: 'Debrief / comparison as CSV / as JSON' },
]);

export default class Outcome extends Scene {
  private s: SessionController | null = null;
  private comparison: ItemComparison[] = [];
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
    if (session.phase !== 'communique') {
      void goTo(this, sceneForPhase(session.phase));
      return;
    }
    this.s = session;
    const ctx = session.snapshot.context;
    this.comparison = compareRules(plenaryMachine, LIBRARY, ctx, session.input);
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    this.view = new ReportView(this, {
      title: 'The communiqué',
      subtitle: `${sc.title} · decided under ${RULES[ctx.rule].label}${ctx.rule === 'consensus' ? '' : ' (the KP itself decides by consensus)'} · seed ${ctx.seed}`,
      pages: [
        { label: 'Communiqué', lines: () => this.communique(ctx) },
        { label: 'Under each rule', lines: () => this.rules() },
        { label: 'Objectives', lines: () => this.objectives(ctx) },
        { label: 'In history', lines: () => this.history(ctx) },
      ],
      commands: [
        { label: 'Go to the debrief', key: 'D', run: () => this.debrief() },
        { label: 'Comparison as CSV', key: 'C', run: () => this.exportCsv() },
        { label: 'Comparison as JSON', key: 'J', run: () => this.exportJson() },
      ],
      footer: '1–4 or ← → pages · ↑ ↓ PgUp PgDn scroll · Tab + Enter commands · D debrief · ? help',
      aside: {
        title: 'What the rule changed',
        text: this.comparison.length
          ? this.comparison.map((c) => c.summary).join('\n\n')
          : 'Nothing came to a decision, so every rule gives the same result.',
      },
    });
    const first = this.comparison[0];
    announce(
      `The communiqué. ${ctx.results.map((r) => `${this.title(r.itemId)}: ${OUTCOME_WORDS[r.outcome]}.`).join(' ')} ${first ? first.summary : ''} Press D or Enter for the debrief.`,
    );
  }

  private title(itemId: string): string {
    const sc = scenarioOf(LIBRARY, this.s!.snapshot.context.scenarioId);
    return sc.agenda.find((a) => a.id === itemId)?.title ?? itemId;
  }

  private communique(ctx: SessionContext): Line[] {
    const pal = palette();
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const out: Line[] = [
      {
        text: `The ${sc.kind === 'plenary' ? 'Plenary' : 'meeting'} closes. On each item:`,
        size: 18,
        color: pal.muted,
      },
    ];
    for (const id of ctx.agenda) {
      const item = sc.agenda.find((a) => a.id === id)!;
      const r = ctx.results.find((x) => x.itemId === id);
      const outcome: ItemOutcome = r?.outcome ?? 'not-reached';
      out.push({
        text: `${item.title}: ${OUTCOME_WORDS[outcome]}`,
        size: 22,
        bold: true,
        color: outcome === 'adopted' ? GREEN : pal.gold,
        gap: 4,
      });
      if (r && outcome === 'adopted')
        out.push({
          text: `“${draftText(item, clausesOf(LIBRARY, r.clauses))}”`,
          serif: true,
          size: 19,
          indent: 16,
        });
      else
        out.push({
          text: `The status quo stands: ${item.statusQuoText}`,
          size: 18,
          indent: 16,
          color: pal.text,
        });
    }
    return out;
  }

  private rules(): Line[] {
    const pal = palette();
    const ctx = this.s!.snapshot.context;
    const out: Line[] = [];
    if (!this.comparison.length)
      out.push({ text: 'No item was decided, so there is nothing to compare.', color: pal.muted });
    for (const c of this.comparison) {
      out.push({ text: c.title, size: 22, bold: true, color: pal.gold, gap: 4 });
      out.push({ text: c.summary, size: 20, bold: true, gap: 8 });
      if (RULE_IDS.every((r) => ['not-reached', 'discussed'].includes(c.rows[r].outcome))) continue;
      for (const rule of RULE_IDS) {
        const row = c.rows[rule];
        const tally =
          RULES[rule].counts === 'objections'
            ? `${row.blockedBy.length ? `blocked by ${row.blockedBy.map((id) => nameOf(LIBRARY, id)).join(', ')}` : 'no objection stood'}`
            : `${row.supporters}–${row.opponents}${
                row.outvoted.length
                  ? `; outvoted: ${row.outvoted
                      .slice(0, 4)
                      .map((id) => nameOf(LIBRARY, id))
                      .join(', ')}${row.outvoted.length > 4 ? '…' : ''}`
                  : ''
              }`;
        const tags = [
          rule === 'consensus' ? 'the KP’s actual rule' : '',
          rule === ctx.rule ? 'this session' : '',
        ]
          .filter(Boolean)
          .join(', ');
        out.push({
          text: `${row.adopted ? '✓ adopted' : '✕ not adopted'} — ${RULES[rule].label}${tags ? ` (${tags})` : ''}: ${tally}${row.pivot ? `; pivot ${nameOf(LIBRARY, row.pivot)}` : ''}`,
          size: 18,
          indent: 16,
          color: row.adopted ? GREEN : RED,
          gap: 3,
        });
      }
      out.push({ text: '', gap: 8 });
    }
    return out;
  }

  private objectives(ctx: SessionContext): Line[] {
    const pal = palette();
    const players = playersOf(this.s!);
    const out: Line[] = [];
    const ids = players.length
      ? players.map((p) => p.id)
      : BRIEFINGS.map((b) => b.delegation).filter((d) => ctx.startHumans[d] !== undefined);
    if (!ids.length)
      out.push({ text: 'Nobody played a seat in this meeting: no objectives to score.', color: pal.muted });
    for (const id of ids) {
      const b = BRIEFINGS.find((x) => x.delegation === id);
      const player = players.find((p) => p.id === id)?.player;
      out.push({
        text: `${nameOf(LIBRARY, id)}${player ? ` — ${player}` : ''}`,
        size: 22,
        bold: true,
        color: pal.gold,
        gap: 4,
      });
      if (!b) {
        out.push({
          text: 'No role card: this delegation followed its bloc, so no objectives are scored.',
          color: pal.muted,
          indent: 16,
        });
        continue;
      }
      const scores = scoreObjectives(b, ctx.results);
      const met = scores.filter((x) => x.met).length;
      out.push({ text: `${met} of ${scores.length} objectives met.`, size: 18, indent: 16, gap: 4 });
      for (const sc of scores)
        out.push({
          text: `${sc.met ? '✓ met' : '✕ not met'} — ${sc.objective.text}${sc.value === null ? ' (not on this agenda)' : ` (final value ${sc.value.toFixed(0)})`}`,
          size: 18,
          indent: 16,
          color: sc.met ? GREEN : RED,
          gap: 3,
        });
    }
    return out;
  }

  private history(ctx: SessionContext): Line[] {
    const pal = palette();
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const div = divergence(LIBRARY, ctx);
    const out: Line[] = [];
    for (const id of ctx.agenda) {
      const item = sc.agenda.find((a) => a.id === id)!;
      out.push({ text: item.title, size: 22, bold: true, color: pal.gold, gap: 4 });
      out.push({ text: `In history: ${item.history.summary}`, size: 18, indent: 16, gap: 4 });
      out.push({
        text: `Sources: ${item.history.cite.map(citeLabel).join('; ')}`,
        size: 16,
        indent: 16,
        italic: true,
        color: pal.muted,
        gap: 4,
      });
      const d = div.find((x) => x.itemId === id);
      if (d)
        out.push({
          text: `This session: ${d.sameOutcome && d.points < 0.5 ? 'the same decision as in history.' : d.summary}`,
          size: 18,
          indent: 16,
          color: d.sameOutcome ? GREEN : pal.gold,
        });
    }
    return out;
  }

  private debrief(): void {
    const s = this.s;
    if (!s) return;
    const snap = s.send({ type: 'DEBRIEF' });
    if (snap.context.rejection) {
      this.view.say(`Refused: ${snap.context.rejection.reason}`);
      return;
    }
    void goTo(this, 'Debrief');
  }

  private exportCsv(): void {
    const s = this.s!;
    const report = buildReport(LIBRARY, s.snapshot.context, this.comparison, BRIEFINGS, s.input.carry);
    downloadText(`${fileStem(s)}.comparison.csv`, decisionsCsv(report), 'text/csv');
    this.view.say('Downloaded the comparison as CSV.');
  }

  private exportJson(): void {
    const s = this.s!;
    downloadText(
      `${fileStem(s)}.comparison.json`,
      JSON.stringify(this.comparison, null, 2),
      'application/json',
    );
    this.view.say('Downloaded the comparison as JSON.');
  }
}
