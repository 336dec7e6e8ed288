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
import { labCsv, labJson } from '../machines/cli';
import type { LabResult } from '../machines/lab';
import { RULE_IDS, type RuleId } from '../model/rules';
import { runLabInWorkers, type LabRun } from '../app/lab-client';
import { downloadText } from '../app/download';
import { goTo } from './registry';
import { chartPx, fitSizes } from './rulelab/chart-sizes';
import { drawWhy } from './rulelab/consensus-line';
import { drawOutcomes, type ItemsShown } from './rulelab/outcomes-chart';
import { drawPower } from './rulelab/power-table';

registerHelp('RuleLab', [
  { keys: '↑ ↓', action: 'Choose a setting or command' },
  { keys: '← →', action: 'Change the highlighted setting' },
  { keys: 'Enter', action: 'Run, cancel or export' },
  { keys: '1 2 3', action: 'Show outcomes, voting power, or why consensus holds' },
  { keys: 'PgDn PgUp', action: 'Further or earlier items, or delegations' },
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
// Only plenaries and free play decide, so the place and year name each one ("Washington 2012").
const DECIDING = SCENARIOS.filter((s) => s.agenda.some((a) => a.decides));

type Tab = 'outcomes' | 'power' | 'why';

export default class RuleLab extends Scene {
  private scenarioIx = 0;
  private ruleSetIx = 0;
  private sizeIx = 1;
  private seed = 1;
  private tab: Tab = 'outcomes';
  /** The paged tab's rows shown now, and where the pages before it started (Page Up goes back to them). */
  private itemsShown: ItemsShown = { first: 0, shown: 0, total: 0 };
  private pagesBack: number[] = [];
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
      textStyle('small', { color: pal.text, wrap: 790, px: chartPx() }),
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
      this.firstPage();
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
          this.firstPage();
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
    else if ((ev.key === 'PageDown' || ev.key === 'PageUp') && this.paged) {
      const { first, shown, total } = this.itemsShown;
      const next = ev.key === 'PageDown' ? first + shown : (this.pagesBack.at(-1) ?? 0);
      if (next === first || next >= total) return;
      if (ev.key === 'PageDown') this.pagesBack.push(first);
      else this.pagesBack.pop();
      this.itemsShown = { first: next, shown, total };
      this.render();
      const what = this.tab === 'power' ? 'Delegations' : 'Items';
      const { first: now, shown: n } = this.itemsShown;
      announce(`${what} ${now + 1} to ${Math.min(total, now + n)} of ${total}.`);
    }
  }

  /** The outcomes (once there are some) and the power table page when they do not fit. */
  private get paged(): boolean {
    return (this.tab === 'outcomes' && this.result !== null) || this.tab === 'power';
  }

  /** Back to a paged tab's first page (another tab, meeting or result). */
  private firstPage(): void {
    this.itemsShown = { first: 0, shown: 0, total: 0 };
    this.pagesBack = [];
  }

  private setTab(tab: Tab): void {
    if (tab !== this.tab) this.firstPage();
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
    this.firstPage();
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
    this.setStatus('Run cancelled. Nothing was kept.');
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
    this.setStatus(
      `${done.toLocaleString('en')} of ${total.toLocaleString('en')} sessions (all rules) · ${(done / Math.max(secs, 0.001)).toFixed(0)} per second · C or Esc cancels`,
      y - 84 - 2,
    );
  }

  /** The status line over the tabs (from y 84), in the largest type that ends `room` px lower at most. */
  private setStatus(text: string, room = 162 - 84 - 4): void {
    const sizes = fitSizes();
    for (const px of sizes) {
      this.status.setFontSize(px).setText(text);
      if (this.status.height <= room) return;
    }
  }

  private render(): void {
    this.view.removeAll(true);
    const pal = palette();
    if (this.run) this.drawProgress(Math.round(this.progress * 100), 100);
    else {
      this.bar.clear();
      if (!this.result) this.setStatus('Press Run. 1 outcomes · 2 voting power · 3 why consensus holds.');
      else
        this.setStatus(
          `${this.result.runs.toLocaleString('en')} sessions per rule, seed ${this.result.seed}; stances drawn within their uncertainty (±5 documented, ±15 following a bloc). Bars: how often each rule adopts each item (whisker: the 90% interval); ‘at’: the value adopted, on the item’s 0–100 scale, in 10–90% of those sessions.`,
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
    if (this.tab === 'outcomes')
      this.itemsShown = drawOutcomes(this, this.view, this.result, this.itemsShown.first);
    else if (this.tab === 'power')
      this.itemsShown = drawPower(this, this.view, this.scenarioId, this.itemsShown.first);
    else drawWhy(this, this.view, this.scenarioId);
  }
}
