// Debrief: the report for the class. Timeline, who moved whom (a ranked picture of influence), objectives,
// participation per player, history and divergence, questions for discussion. Exports: Markdown, JSON,
// CSV of decisions and of positions, a print view, and the save file.
import { GameObjects, Scene } from 'phaser';
import { BRIEFINGS } from '../content/index';
import { downloadText } from '../app/download';
import type { SessionController } from '../app/controller';
import { objectiveLines, participationLines } from '../app/result-view';
import { citeLabel } from '../app/view-model';
import { compareRules } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { influenceByIssue } from '../machines/influence';
import { decisionsCsv, playersCsv, positionsCsv } from '../machines/report-csv';
import { buildReport, type DebriefReport } from '../machines/report';
import { reportMarkdown } from '../machines/report-markdown';
import { scenarioOf } from '../model/library';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette } from '../ui/theme';
import { Notice } from '../ui/notice';
import { classroom, fileStem, OUTCOME_WORDS, sceneForPhase, sessionOrResume } from './plenary/classroom';
import { openPrintView } from './plenary/print';
import { ReportView, styled } from './plenary/report-view';
import { panelStyled } from './plenary/panel-style';
import { timelineLines } from '../app/panel-text';
import { historyLines } from '../app/debrief-slides';
import { type Line } from '../ui/scroll-text';
import { fitLabel, lh, px, textWidth, ts } from '../ui/text';
import { influenceView } from '../app/influence-view';
import { goTo } from './registry';

registerHelp('Debrief', [
  { keys: '1–6 or ← →', action: 'Timeline, who moved whom, objectives, participation, history, questions' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the page' },
  { keys: 'U', action: 'Meaning of the next underlined word (or point at it)' },
  { keys: 'Tab, Enter', action: 'Choose an export or finish' },
  {
    keys: 'R / J / C / O / E / P / S',
    action: 'Report (Markdown) / JSON / decisions CSV / positions CSV / players CSV / print / save file',
  },
  { keys: 'T', action: 'Write or change the players’ exit tickets' },
  { keys: 'V', action: 'Debrief slides for the projector' },
  {
    keys: 'Q',
    action: 'Finish',
  },
]);

export default class Debrief extends Scene {
  private s: SessionController | null = null;
  private report!: DebriefReport;
  private view!: ReportView;

  constructor() {
    super({ key: 'Debrief' });
  }

  create(): void {
    const { session, error } = sessionOrResume(false);
    if (!session) {
      new Notice(this, error ?? 'No meeting to debrief.', {
        title: 'Nothing here',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    if (sceneForPhase(session.phase) !== 'Debrief') {
      void goTo(this, sceneForPhase(session.phase));
      return;
    }
    this.s = session;
    const ctx = session.snapshot.context;
    this.report = buildReport(
      LIBRARY,
      ctx,
      compareRules(plenaryMachine, LIBRARY, ctx, session.input),
      BRIEFINGS,
      session.input.carry,
      // Who moved whom per issue and means: the log replayed (as opening a save does).
      influenceByIssue(plenaryMachine, LIBRARY, session.input, ctx.log),
    );
    const r = this.report;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const finish = classroom.campaign ? 'Back to the campaign' : 'Finish: title screen';
    this.view = new ReportView(this, {
      title: 'Debrief',
      subtitle: this.subtitles(r),
      pages: [
        { label: 'Timeline', lines: () => panelStyled(timelineLines(r.timeline)) },
        { label: 'Who moved whom', paint: (layer, box) => this.influence(layer, box) },
        { label: 'Objectives', lines: () => styled(objectiveLines(LIBRARY, r)) },
        { label: 'Participation', lines: () => styled(participationLines(LIBRARY, r)) },
        {
          label: 'History',
          lines: () => styled(historyLines(r, scenarioOf(LIBRARY, r.scenarioId))),
        },
        { label: 'Questions', lines: () => this.questions() },
      ],
      commands: [
        { label: 'Report (Markdown)', key: 'R', run: () => this.exportMd() },
        { label: 'Report (JSON)', key: 'J', run: () => this.exportJson() },
        { label: 'Decisions (CSV)', key: 'C', run: () => this.exportCsv('decisions') },
        { label: 'Positions (CSV)', key: 'O', run: () => this.exportCsv('positions') },
        { label: 'Players, exit tickets (CSV)', key: 'E', run: () => this.exportCsv('players') },
        { label: 'Print view', key: 'P', run: () => this.print() },
        {
          label: 'Debrief slides',
          key: 'V',
          run: () => void goTo(this, 'DebriefSlides', { from: 'Debrief' }),
        },
        ...(classroom.device
          ? []
          : [
              {
                label: 'Write exit tickets',
                key: 'T',
                run: () => void goTo(this, 'ExitTicket', { from: 'Debrief' }),
              },
            ]),
        { label: 'Save file (JSON)', key: 'S', run: () => this.exportSave() },
        { label: finish, key: 'Q', run: () => this.finish() },
      ],
      footer: '1–6 or ← → pages · ↑ ↓ scroll · Tab + Enter commands · letters on the buttons · ? help',
      start: 5,
    });
    announce(
      `Debrief of ${sc.title}. Six pages: timeline, who moved whom, objectives, participation, history, questions. Commands on the right export the report, print it or save the session. Showing the questions first.`,
    );
  }

  /**
   * A ranked picture: arrows from the persuader to the persuaded, bars by points moved, under a heading per
   * issue. A name too long for its column gives way to its short form, then to smaller type; rows that do not
   * fit are counted, and the report has them all.
   */
  private influence(
    layer: GameObjects.Container,
    box: { x: number; y: number; w: number; h: number },
  ): string {
    const pal = palette();
    const v = influenceView(LIBRARY, this.report);
    if (v.empty) {
      layer.add(this.add.text(box.x, box.y, v.empty, ts(20, { color: pal.muted, wrap: box.w })));
      return v.empty;
    }
    let y = box.y;
    const para = (text: string, color: string) => {
      const t = this.add.text(box.x, y, text, ts(16, { color, wrap: box.w }));
      layer.add(t);
      y += t.height + 2;
    };
    para(v.heading, pal.muted);
    for (const t of v.totals) para(t, pal.text);
    y += 6;
    // Columns: persuader → persuaded, the means, then the bar and its points.
    const avail = box.w - 28 - 90;
    const nameW = Math.floor(avail * 0.4);
    const toW = Math.floor(avail * 0.38);
    const meansX = box.x + nameW + 28 + toW;
    const barX = meansX + (avail - nameW - toW);
    const rowH = lh(18) + 2;
    const bottom = box.y + box.h;
    const max = Math.max(...v.rows.map((r) => r.points));
    const cell = (full: string, short: string, w: number, base: number, bold = false) =>
      textWidth(full, base, { bold }) <= w
        ? { text: full, px: px(base) }
        : fitLabel(short, w, base, { bold });
    let issue: string | null = null;
    let shown = 0;
    for (const r of v.rows) {
      const heading = r.issue !== issue && r.issue !== null;
      if (y + rowH * (heading ? 2 : 1) > bottom - (shown < v.rows.length - 1 ? rowH : 0)) break;
      if (heading) {
        issue = r.issue;
        const h = this.add.text(box.x, y, r.issue!, ts(16, { color: pal.gold, bold: true }));
        layer.add(h);
        y += h.height + 2;
      }
      const from = cell(r.from, r.fromShort, nameW - 10, 18, true);
      layer.add(
        this.add.text(
          box.x,
          y,
          from.text,
          ts(18, { bold: true, color: r.player ? pal.gold : pal.text, px: from.px }),
        ),
      );
      layer.add(this.add.text(box.x + nameW, y, '→', ts(18, { color: pal.gold })));
      const to = cell(r.to, r.toShort, toW - 10, 18);
      layer.add(this.add.text(box.x + nameW + 28, y, to.text, ts(18, { px: to.px })));
      if (r.means) {
        const m = fitLabel(r.means, barX - meansX - 8, 16);
        layer.add(this.add.text(meansX, y + 2, m.text, ts(16, { color: pal.muted, px: m.px })));
      }
      const bw = Math.max(4, ((box.x + box.w - barX - 60) * r.points) / max);
      const g = this.add.graphics();
      g.fillStyle(0x56b4e9, 1).fillRect(barX, y + 4, bw, rowH - 10);
      layer.add(g);
      layer.add(this.add.text(barX + bw + 6, y + 2, r.points.toFixed(1), ts(16, { color: pal.muted })));
      y += rowH;
      shown++;
    }
    if (shown < v.rows.length)
      layer.add(
        this.add.text(
          box.x,
          y,
          `${v.rows.length - shown} more in the report (R)`,
          ts(16, { color: pal.muted, italic: true }),
        ),
      );
    return [...v.totals.map((t) => `${t}.`), ...v.rows.map((r) => r.spoken)].join('\n');
  }

  private questions(): Line[] {
    const pal = palette();
    return this.report.questions.flatMap((q, i) => [
      { text: `${i + 1}. ${q.text}`, size: 20, gap: q.cite ? 2 : 10 } as Line,
      ...(q.cite
        ? [{ text: citeLabel(q.cite), size: 16, italic: true, color: pal.muted, indent: 28, gap: 10 } as Line]
        : []),
    ]);
  }

  /**
   * The line under the title, fullest first: without the seed (the least a class needs), then with each
   * item's outcome counted rather than named, where the whole line does not fit.
   */
  private subtitles(r: DebriefReport): string[] {
    const head = `${r.title} · ${r.rule}`;
    const named = r.decisions.map((d) => `${d.title}: ${OUTCOME_WORDS[d.outcome].toLowerCase()}`).join(' · ');
    const counts = new Map<string, number>();
    for (const d of r.decisions) {
      const word = OUTCOME_WORDS[d.outcome].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const counted = [...counts].map(([word, n]) => `${n} ${word}`).join(' · ');
    return [`${head} · seed ${r.seed} · ${named}`, `${head} · ${named}`, `${head} · items: ${counted}`];
  }

  private exportMd(): void {
    downloadText(`${fileStem(this.s!)}.debrief.md`, reportMarkdown(LIBRARY, this.report), 'text/markdown');
    this.view.say('Downloaded the report as Markdown.');
  }

  private exportJson(): void {
    downloadText(
      `${fileStem(this.s!)}.debrief.json`,
      JSON.stringify(this.report, null, 2),
      'application/json',
    );
    this.view.say('Downloaded the report as JSON.');
  }

  private exportCsv(kind: 'decisions' | 'positions' | 'players'): void {
    const csv = { decisions: decisionsCsv, positions: positionsCsv, players: playersCsv }[kind];
    const text = csv(this.report);
    downloadText(`${fileStem(this.s!)}.${kind}.csv`, text, 'text/csv');
    this.view.say(`Downloaded the ${kind} as CSV.`);
  }

  private print(): void {
    const ok = openPrintView(`Debrief: ${this.report.title}`, reportMarkdown(LIBRARY, this.report));
    this.view.say(
      ok
        ? 'The print view opened in a new window.'
        : 'The browser blocked the print window: download the Markdown report instead.',
    );
  }

  private exportSave(): void {
    const s = this.s!;
    downloadText(`${fileStem(s)}.save.json`, JSON.stringify(s.save(), null, 2), 'application/json');
    this.view.say('Downloaded the save file. Import it from New game → Import a save file.');
  }

  private finish(): void {
    void goTo(this, classroom.campaign ? 'Replay' : 'Title');
  }
}
