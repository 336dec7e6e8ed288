// Rule Lab: many AI-only sessions of one meeting under each rule, run in Web Workers, with the
// outcome distributions, voting power and a picture of why consensus holds to the status quo.
import { GameObjects, Scene, Scenes } from 'phaser';
import { BASE_FONT_PX, DESIGN_WIDTH, fontPx, MIN_FONT_PX, palette, textStyle } from '../ui/theme';
import { fitLabel, textWidth } from '../ui/text';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { meetingShortName, SCENARIOS } from '../content/index';
import type { ScenarioId } from '../content/types';
import { LIBRARY } from '../machines/default';
import { labCsv, labJson } from '../machines/cli';
import type { LabResult } from '../machines/lab';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import { runLabInWorkers, type LabRun } from '../app/lab-client';
import { issueLine, powerTable, swingCount } from '../app/lab-view';
import { downloadText } from '../app/download';
import { goTo } from './registry';

registerHelp('RuleLab', [
  { keys: '↑ ↓', action: 'Choose a setting or command' },
  { keys: '← →', action: 'Change the highlighted setting' },
  { keys: 'Enter', action: 'Run, cancel or export' },
  { keys: '1 2 3', action: 'Show outcomes, voting power, or why consensus holds' },
  { keys: 'C', action: 'Cancel a run' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

const RULE_SETS: readonly { label: string; rules: readonly RuleId[] }[] = [
  { label: 'All five', rules: RULE_IDS },
  { label: 'Consensus vs majority', rules: ['consensus', 'majority'] },
  { label: 'Consensus vs two-thirds', rules: ['consensus', 'two-thirds'] },
  { label: 'Consensus, minus one', rules: ['consensus', 'consensus-minus-one'] },
  { label: 'Votes only', rules: ['two-thirds', 'majority', 'weighted'] },
];
const SIZES = [100, 1000, 10000] as const;
/** Where the figures beside each histogram start (the histograms end at 684). */
const TEXT_X = 698;
/**
 * The charts are figures drawn to fit the canvas: their labels keep a fixed size (the rows are
 * spaced for it) rather than growing with the text-size setting and running into each other.
 */
const CHART_PX = 18;
const ROW_PX = 15;
const ISSUE_SHORT: Record<string, string> = {
  definition: 'definition',
  marange: 'Marange',
  'administrative-support': 'support',
  transparency: 'transparency',
  'decision-rule': 'voting rule',
};

// Only plenaries and free play decide, so the place and year name each one ("Washington 2012").
const DECIDING = SCENARIOS.filter((s) => s.agenda.some((a) => a.decides));

type Tab = 'outcomes' | 'power' | 'why';

export default class RuleLab extends Scene {
  private scenarioIx = 0;
  private ruleSetIx = 0;
  private sizeIx = 1;
  private seed = 1;
  private tab: Tab = 'outcomes';
  private run: LabRun | null = null;
  private result: LabResult | null = null;
  private progress = 0;
  private startedAt = 0;
  private menu!: Menu;
  private view!: GameObjects.Container;
  private status!: GameObjects.Text;
  private bar!: GameObjects.Graphics;

  constructor() {
    super({ key: 'RuleLab' });
  }

  create(): void {
    const pal = palette();
    const title = this.add.text(28, 18, 'Rule Lab', textStyle('h1', { color: pal.gold }));
    // One line beside the title at any text size (in smaller type if it must): a second line would run
    // into the settings below.
    const subtitle = 'The same meeting, played many times by the computer, under each decision rule.';
    const subX = Math.max(260, title.x + title.width + 28);
    const sub = fitLabel(subtitle, DESIGN_WIDTH - 24 - subX, BASE_FONT_PX.small);
    this.add
      .text(subX, 34, sub.text, textStyle('small', { color: pal.muted, px: sub.px }))
      .setY(18 + title.height / 2)
      .setOrigin(0, 0.5);
    this.status = this.add.text(
      470,
      84,
      '',
      textStyle('small', { color: pal.text, wrap: 790, px: CHART_PX }),
    );
    this.bar = this.add.graphics();
    this.view = this.add.container(0, 0);
    this.buildMenu();
    this.input.keyboard?.on('keydown', this.onKey, this);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.run?.cancel();
      this.input.keyboard?.off('keydown', this.onKey, this);
    });
    this.render();
    announce('Rule Lab. Choose a meeting, rules, how many sessions and a seed, then Run.');
  }

  private get scenarioId(): ScenarioId {
    return DECIDING[this.scenarioIx]!.id;
  }

  private buildMenu(focus = 0): void {
    this.menu?.buttons.forEach((b) => b.destroy());
    this.menu?.group.destroy();
    const cycle = (get: () => number, set: (v: number) => void, n: number) => (dir: -1 | 1) => {
      if (this.run) return false;
      set((((get() + dir) % n) + n) % n);
      this.result = null;
      this.rebuildAndSay();
      return true;
    };
    const running = this.run !== null;
    const items: MenuItem[] = [
      {
        label: 'Meeting',
        value: meetingShortName(DECIDING[this.scenarioIx]!, 'year'),
        onAdjust: cycle(
          () => this.scenarioIx,
          (v) => (this.scenarioIx = v),
          DECIDING.length,
        ),
      },
      {
        label: 'Rules',
        value: RULE_SETS[this.ruleSetIx]!.label,
        onAdjust: cycle(
          () => this.ruleSetIx,
          (v) => (this.ruleSetIx = v),
          RULE_SETS.length,
        ),
      },
      {
        // Per rule, on the row itself: the progress line counts all rules together.
        label: 'Sessions per rule',
        value: SIZES[this.sizeIx]!.toLocaleString('en'),
        onAdjust: cycle(
          () => this.sizeIx,
          (v) => (this.sizeIx = v),
          SIZES.length,
        ),
      },
      {
        label: 'Seed',
        value: String(this.seed),
        onAdjust: (dir) => {
          if (this.run) return false;
          this.seed = Math.max(1, this.seed + dir);
          this.result = null;
          this.rebuildAndSay();
          return true;
        },
      },
      running
        ? { label: 'Cancel the run', onActivate: () => this.cancel(), hint: 'C' }
        : { label: 'Run ▶', onActivate: () => this.start() },
      {
        label: 'Export CSV',
        onActivate: () => this.export('csv'),
        ...(this.result ? {} : { disabledReason: 'run first' }),
      },
      {
        label: 'Export JSON',
        onActivate: () => this.export('json'),
        ...(this.result ? {} : { disabledReason: 'run first' }),
      },
      { label: 'Back to title', onActivate: () => void goTo(this, 'Title'), hint: 'Escape' },
    ];
    this.menu = new Menu(this, 234, 86, items, {
      width: 428,
      align: 'left',
      gap: 8,
      role: 'small',
      itemHeight: 52,
      onEscape: () => (this.run ? this.cancel() : void goTo(this, 'Title')),
    });
    this.menu.focus(Math.min(focus, items.length - 1), true);
  }

  /** A value changed: the menu is rebuilt with it, and the focused row says its new value. */
  private rebuildAndSay(): void {
    const i = this.menu.group.focusIndex;
    this.buildMenu(i);
    this.render();
    const b = this.menu.buttons[i];
    if (b) announce(b.spoken);
  }

  private onKey(ev: KeyboardEvent): void {
    if (ev.key === '1') this.setTab('outcomes');
    else if (ev.key === '2') this.setTab('power');
    else if (ev.key === '3') this.setTab('why');
    else if ((ev.key === 'c' || ev.key === 'C') && this.run) this.cancel();
  }

  private setTab(tab: Tab): void {
    this.tab = tab;
    this.render();
    announce({ outcomes: 'Outcomes', power: 'Voting power', why: 'Why consensus holds' }[tab]);
  }

  private start(): void {
    const req = {
      scenarioId: this.scenarioId,
      rules: RULE_SETS[this.ruleSetIx]!.rules,
      runs: SIZES[this.sizeIx]!,
      seed: this.seed,
    };
    this.result = null;
    this.progress = 0;
    this.startedAt = performance.now();
    this.tab = 'outcomes';
    const run = runLabInWorkers(req, (done, total) => {
      this.progress = done / total;
      this.drawProgress(done, total);
    });
    this.run = run;
    this.buildMenu(4);
    this.render();
    const meeting = meetingShortName(DECIDING[this.scenarioIx]!, 'year');
    announce(
      `Running ${(req.runs * req.rules.length).toLocaleString('en')} sessions: ${req.runs.toLocaleString('en')} per rule under ${req.rules.length} rule${req.rules.length === 1 ? '' : 's'}, ${meeting}.`,
    );
    run.result.then(
      (r) => {
        if (this.run !== run) return;
        this.run = null;
        if (!this.sys.isActive()) return;
        this.result = r;
        this.buildMenu(5);
        this.render();
        if (r) announce(`Done in ${((performance.now() - this.startedAt) / 1000).toFixed(1)} seconds.`);
      },
      (e: Error) => {
        this.run = null;
        if (!this.sys.isActive()) return;
        this.buildMenu(4);
        this.render();
        new Notice(this, `The run failed: ${e.message}`, { title: 'Rule Lab' });
      },
    );
  }

  private cancel(): void {
    if (!this.run) return;
    this.run.cancel();
    this.run = null;
    this.buildMenu(4);
    this.render();
    this.status.setText('Run cancelled. Nothing was kept.');
    announce('Run cancelled.');
  }

  private export(kind: 'csv' | 'json'): void {
    if (!this.result) return;
    const name = `rule-lab-${this.result.scenario}-seed${this.result.seed}-${this.result.runs}.${kind}`;
    downloadText(
      name,
      kind === 'csv' ? labCsv(this.result) : labJson(this.result),
      kind === 'csv' ? 'text/csv' : 'application/json',
    );
    announce(`Saved ${name}.`);
  }

  private drawProgress(done: number, total: number): void {
    const pal = palette();
    const x = 470;
    const y = 122;
    const w = 780;
    this.bar.clear();
    this.bar.fillStyle(pal.panel, 1).fillRoundedRect(x, y, w, 26, 8);
    this.bar.fillStyle(pal.goldNum, 1).fillRoundedRect(x, y, Math.max(8, w * (done / total)), 26, 8);
    this.bar.lineStyle(2, pal.panelEdge, 1).strokeRoundedRect(x, y, w, 26, 8);
    const secs = (performance.now() - this.startedAt) / 1000;
    this.status.setText(
      `${done.toLocaleString('en')} of ${total.toLocaleString('en')} sessions (all rules) · ${(done / Math.max(secs, 0.001)).toFixed(0)} per second · C or Esc cancels`,
    );
  }

  private render(): void {
    this.view.removeAll(true);
    const pal = palette();
    if (this.run) this.drawProgress(Math.round(this.progress * 100), 100);
    else {
      this.bar.clear();
      if (!this.result)
        this.status.setText('Press Run. 1 outcomes · 2 voting power · 3 why consensus holds.');
      else
        this.status.setText(
          `${this.result.runs.toLocaleString('en')} sessions per rule, seed ${this.result.seed}; stances drawn within their uncertainty (±5 documented, ±15 following a bloc). Left: how wide the adopted definition is (0 Core Document … 100 widest). Right: how often each item is adopted; whisker: the 90% interval.`,
        );
    }
    const tabs: [Tab, string][] = [
      ['outcomes', '1 Outcomes'],
      ['power', '2 Voting power'],
      ['why', '3 Why consensus holds'],
    ];
    // The three tabs 260 px apart, or packed closer in smaller type at large text, ending on the screen.
    const tabText = (t: Tab, label: string) => `${this.tab === t ? '▶ ' : ''}${label}`;
    const placed = (p: number) => {
      let x = 470;
      return tabs.map(([t, label]) => {
        const w = textWidth(tabText(t, label), BASE_FONT_PX.small, { bold: true, px: p });
        const at = x;
        x += Math.max(260, w + 36);
        return { at, end: at + w };
      });
    };
    let tabPx = fontPx('small');
    while (tabPx > MIN_FONT_PX && placed(tabPx).at(-1)!.end > DESIGN_WIDTH - 24) tabPx--;
    placed(tabPx).forEach(({ at }, k) => {
      const [t, label] = tabs[k]!;
      const on = this.tab === t;
      this.view.add(
        this.add.text(
          at,
          162,
          tabText(t, label),
          textStyle('small', { color: on ? pal.gold : pal.muted, bold: on, px: tabPx }),
        ),
      );
    });
    if (this.tab === 'outcomes') this.renderOutcomes();
    else if (this.tab === 'power') this.renderPower();
    else this.renderWhy();
  }

  private renderOutcomes(): void {
    const pal = palette();
    const r = this.result;
    const top = 200;
    if (!r) {
      this.view.add(
        this.add.text(
          470,
          top,
          'No results yet. Each rule’s row will show how wide the adopted definition is across sessions (0 = the Core Document text, 100 = the widest reform), and how often each item is adopted.',
          textStyle('body', { color: pal.text, wrap: 780 }),
        ),
      );
      return;
    }
    const rules = Object.keys(r.rules) as RuleId[];
    const rowH = Math.min(100, (680 - top) / rules.length);
    rules.forEach((rule, k) => {
      const s = r.rules[rule]!;
      const y = top + k * rowH;
      this.view.add(
        this.add.text(
          470,
          y,
          RULES[rule].label,
          textStyle('small', { color: pal.gold, bold: true, px: CHART_PX }),
        ),
      );
      const g = this.add.graphics();
      const hx = 470;
      const hy = y + 28;
      const hw = 214;
      const hh = rowH - 40;
      const max = Math.max(1, ...s.definitionHistogram);
      g.lineStyle(2, pal.panelEdge, 1).strokeRect(hx, hy, hw, hh);
      s.definitionHistogram.forEach((c, b) => {
        const bh = (hh - 4) * (c / max);
        g.fillStyle(pal.goldNum, 1).fillRect(hx + 2 + b * (hw / 10), hy + hh - 2 - bh, hw / 10 - 4, bh);
      });
      this.view.add(g);
      if (k === rules.length - 1)
        this.view.add(
          this.add.text(
            hx,
            hy + hh + 2,
            '0  ← scope →  100',
            textStyle('small', { color: pal.muted, px: ROW_PX }),
          ),
        );
      const d = s.definitionScope;
      this.view.add(
        this.add.text(
          TEXT_X,
          y,
          `Scope: median ${d.p50.toFixed(0)}, 10–90% of sessions ${d.p10.toFixed(0)}–${d.p90.toFixed(0)}`,
          textStyle('small', { color: pal.text, px: CHART_PX }),
        ),
      );
      // How often each item is adopted: a bar per item, its 90% interval as a whisker.
      const issues = Object.keys(s.adopted) as (keyof typeof s.adopted)[];
      const barX = TEXT_X + 120;
      const barW = DESIGN_WIDTH - 12 - barX - 150;
      const step = Math.min(22, (rowH - 34) / Math.max(1, issues.length));
      const bars = this.add.graphics();
      issues.forEach((issue, j) => {
        const by = y + 30 + j * step;
        const share = s.adopted[issue] ?? 0;
        const [lo, hi] = s.adoptedInterval?.[issue] ?? [share, share];
        bars.fillStyle(pal.panelEdge, 1).fillRect(barX, by + 2, barW, step - 6);
        bars.fillStyle(pal.goldNum, 1).fillRect(barX, by + 2, barW * share, step - 6);
        bars
          .lineStyle(2, 0xf4f7fb, 1)
          .lineBetween(barX + barW * lo, by + (step - 2) / 2, barX + barW * hi, by + (step - 2) / 2);
        this.view.add(
          this.add.text(
            TEXT_X,
            by - 2,
            ISSUE_SHORT[issue] ?? issue,
            textStyle('small', { color: pal.muted, px: ROW_PX }),
          ),
        );
        this.view.add(
          this.add.text(
            barX + barW + 8,
            by - 2,
            `${Math.round(100 * share)}% (${Math.round(100 * lo)}–${Math.round(100 * hi)})`,
            textStyle('small', { color: pal.text, px: ROW_PX }),
          ),
        );
      });
      this.view.add(bars);
    });
  }

  private renderPower(): void {
    const pal = palette();
    const rows = powerTable(LIBRARY, this.scenarioId)
      .sort((a, b) => b.power.weighted - a.power.weighted)
      .slice(0, 10);
    const rules = RULE_SETS[0]!.rules;
    // Numbers right-aligned under right-aligned headers, so nothing collides; under each share, the
    // swing count it is normalised from.
    const right = [850, 960, 1055, 1155, 1262];
    const head = ['Consensus', 'Cons. −1', '⅔ vote', 'Majority', 'Weighted'];
    const short = (n: string) => (n.length > 24 ? `${n.slice(0, 23)}…` : n);
    const rowH = 38;
    const bold = (color: string) => textStyle('small', { color, bold: true, px: CHART_PX });
    this.view.add(this.add.text(470, 200, 'Delegation', bold(pal.gold)));
    head.forEach((h, k) => this.view.add(this.add.text(right[k]!, 200, h, bold(pal.gold)).setOrigin(1, 0)));
    rows.forEach((row, j) => {
      const y = 230 + j * rowH;
      this.view.add(
        this.add.text(470, y + 6, short(row.name), textStyle('small', { color: pal.text, px: CHART_PX })),
      );
      rules.forEach((rule, k) => {
        this.view.add(
          this.add
            .text(
              right[k]!,
              y,
              `${(100 * row.power[rule]).toFixed(1)}%`,
              textStyle('small', { color: pal.text, px: CHART_PX }),
            )
            .setOrigin(1, 0),
        );
        this.view.add(
          this.add
            .text(
              right[k]!,
              y + 20,
              swingCount(row.swings[rule]),
              textStyle('small', { color: pal.muted, px: 13 }),
            )
            .setOrigin(1, 0),
        );
      });
    });
    this.view.add(
      this.add.text(
        470,
        236 + rows.length * rowH,
        'Banzhaf power: how often a vote turns a losing coalition into a winning one. Under each share, its swing count: the coalitions of the others that this vote turns; the share is that count over everyone’s. Under consensus and one-member-one-vote rules every participant weighs the same; weighting by 2012 production hands power to the big producers (largest shown).',
        textStyle('small', { color: pal.muted, wrap: 800, px: 15 }),
      ),
    );
  }

  private renderWhy(): void {
    const pal = palette();
    const line = issueLine(LIBRARY, this.scenarioId);
    const x0 = 500;
    const x1 = 1230;
    const y = 320;
    const sx = (v: number) => x0 + ((x1 - x0) * v) / 100;
    const g = this.add.graphics();
    g.fillStyle(0x7a2e2e, 0.55).fillRect(
      sx(line.gridlock[0]),
      y - 34,
      sx(line.gridlock[1]) - sx(line.gridlock[0]),
      68,
    );
    g.lineStyle(4, 0xf4f7fb, 1).lineBetween(x0, y, x1, y);
    for (const p of line.positions)
      g.fillStyle(line.blockers.includes(p.id) ? 0xe0605a : 0xf4f7fb, 1).fillCircle(
        sx(p.x),
        y - 14 - (p.x % 3) * 6,
        line.blockers.includes(p.id) ? 7 : 5,
      );
    g.fillStyle(pal.goldNum, 1).fillTriangle(
      sx(line.statusQuo) - 12,
      y + 30,
      sx(line.statusQuo) + 12,
      y + 30,
      sx(line.statusQuo),
      y + 8,
    );
    this.view.add(g);
    this.view.add(
      this.add
        .text(sx(line.statusQuo), y + 40, 'status quo', textStyle('small', { color: pal.gold, px: CHART_PX }))
        .setOrigin(0.5, 0),
    );
    this.view.add(
      this.add.text(
        470,
        200,
        'Dots: where each participant stands on the definition; red: those who would object alone to a draft at the majority pivot. Shaded: where nothing could pass under strict unanimity, which the game’s consensus is not.',
        textStyle('small', { color: pal.muted, wrap: 790, px: CHART_PX }),
      ),
    );
    this.view.add(this.add.text(x0, y + 8, '0', textStyle('small', { color: pal.muted })).setOrigin(0.5, 0));
    this.view.add(
      this.add.text(x1, y + 8, '100', textStyle('small', { color: pal.muted })).setOrigin(0.5, 0),
    );
    const marks: [RuleId, string][] = [
      ['majority', 'majority pivot'],
      ['two-thirds', '⅔ pivot'],
    ];
    marks.forEach(([rule, label], k) => {
      const px = sx(line.pivot[rule]);
      const mg = this.add
        .graphics()
        .lineStyle(3, pal.goldNum, 1)
        .lineBetween(px, y - 40, px, y + 40 + k * 26);
      this.view.add(mg);
      this.view.add(
        this.add.text(
          px + 6,
          y + 40 + k * 26,
          `${label} (${line.pivot[rule].toFixed(0)})`,
          textStyle('small', { color: pal.gold, px: CHART_PX }),
        ),
      );
    });
    this.view.add(
      this.add.text(
        470,
        440,
        line.explanation,
        textStyle('body', { color: pal.text, wrap: 790, px: CHART_PX }),
      ),
    );
  }
}
