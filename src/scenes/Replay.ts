// Replay 2012–2013: the four meetings as a campaign. Watch the record walked through (History), let the
// computer play a meeting, or take a delegation; between meetings, what happened (cited); after each, how
// far it departed from history, the meeting just played first.
import { Scene } from 'phaser';
import { phaseFacts } from '../machines/plenary';
import { BRIEFINGS, meetingContext, meetingShortName, TIMELINE } from '../content/index';
import type { TimelineEntry } from '../content/types';
import { CAMPAIGN } from '../machines/campaign';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import { nameOf, shortNameOf } from '../model/session';
import {
  emptyCampaign,
  interlude,
  loadCampaign,
  nextInput,
  nextScenario,
  recordMeeting,
  saveCampaign,
  type CampaignProgress,
} from '../app/campaign-store';
import { currentSession, newSession } from '../app/session-store';
import { citeLabel } from '../app/view-model';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { fontPx, MIN_FONT_PX, palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';
import { Panel } from '../ui/panel';
import { TextBlock, type Para } from '../ui/text-block';
import { goTo } from './registry';

registerHelp('Replay', [
  { keys: '↑ ↓', action: 'Choose' },
  { keys: '← →', action: 'Change the delegation you would play' },
  { keys: 'Enter', action: 'Watch or play the next meeting' },
  { keys: 'PgUp PgDn', action: 'Scroll the story so far' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

function store(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

const PLAYABLE = BRIEFINGS.map((b) => b.delegation);
/** The meetings' names above the track, and the story panel's top edge below it. */
const TRACK_TOP = 80;
const PANEL_TOP = 250;

export default class Replay extends Scene {
  private progress: CampaignProgress = emptyCampaign();
  private roleIx = 0;
  private story!: TextBlock;
  private menu!: Menu;

  constructor() {
    super({ key: 'Replay' });
  }

  create(): void {
    const pal = palette();
    this.progress = loadCampaign(store());
    // Coming back from a meeting of the campaign: record it.
    const s = currentSession();
    if (s && phaseFacts(s.phase).ended) {
      const next = recordMeeting(LIBRARY, this.progress, s.snapshot.context);
      if (next !== this.progress) saveCampaign(store(), (this.progress = next));
    }
    this.add.text(28, 18, 'Replay 2012–2013', textStyle('h1', { color: pal.gold }));
    this.drawTrack();
    this.buildMenu();
    const panel = new Panel(this, 470, PANEL_TOP, 790, 450, { title: this.storyTitle() });
    this.story = new TextBlock(
      this,
      498,
      250 + panel.contentTop,
      740,
      450 - panel.contentTop - 30,
      this.storyParas(),
    );
    this.input.keyboard?.on('keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'PageDown') this.story.page(1);
      else if (ev.key === 'PageUp') this.story.page(-1);
    });
    announce(`Replay 2012–2013. ${this.storyTitle()}.`);
  }

  private storyTitle(): string {
    const next = nextScenario(this.progress);
    if (!next) return 'After 2013: the epilogue';
    const last = this.progress.played.at(-1);
    return last ? `How it went, and what came next` : 'Where the story starts';
  }

  private drawTrack(): void {
    const pal = palette();
    const g = this.add.graphics();
    const xs = CAMPAIGN.map((_, k) => 160 + k * 320);
    const labels = CAMPAIGN.map((id, k) => {
      const sc = scenarioOf(LIBRARY, id);
      const played = this.progress.played[k];
      const isNext = k === this.progress.played.length;
      const mark = played
        ? played.divergence.every((d) => d.points < 0.5)
          ? '✓ as in history'
          : '≠ departed from history'
        : isNext
          ? '▶ next'
          : '· to come';
      const above = this.add
        .text(
          xs[k]!,
          TRACK_TOP,
          `${meetingShortName(sc)}\n${sc.dates}`,
          textStyle('small', { color: pal.text, align: 'center' }),
        )
        .setOrigin(0.5, 0);
      const below = this.add
        .text(
          xs[k]!,
          0,
          `${sc.kind === 'plenary' ? 'Plenary' : 'Intersessional'}\n${mark}`,
          textStyle('small', { color: isNext ? pal.gold : pal.muted, align: 'center' }),
        )
        .setOrigin(0.5, 0);
      return { above, below, played, isNext };
    });
    // The track and its labels fit between the heading and the story panel: in smaller type at large text.
    const all = labels.flatMap((l) => [l.above, l.below]);
    const trackY = () => Math.max(168, TRACK_TOP + Math.max(...labels.map((l) => l.above.height)) + 22);
    const bottom = () => trackY() + 22 + Math.max(...labels.map((l) => l.below.height));
    for (let p = fontPx('small'); p > MIN_FONT_PX && bottom() > PANEL_TOP; p--)
      for (const t of all) t.setFontSize(p - 1);
    const y = trackY();
    g.lineStyle(4, pal.panelEdge, 1).lineBetween(xs[0]!, y, xs.at(-1)!, y);
    labels.forEach(({ below, played, isNext }, k) => {
      g.fillStyle(played ? pal.goldNum : isNext ? 0xf4f7fb : pal.panel, 1).fillCircle(xs[k]!, y, 14);
      g.lineStyle(3, pal.goldNum, 1).strokeCircle(xs[k]!, y, 14);
      below.setY(y + 22);
    });
  }

  private roleLabel(): string {
    const id = PLAYABLE[this.roleIx];
    return id ? shortNameOf(LIBRARY, id) : '—';
  }

  private buildMenu(focus = 0): void {
    this.menu?.buttons.forEach((b) => b.destroy());
    this.menu?.group.destroy();
    const next = nextScenario(this.progress);
    const done = next === null;
    const items: MenuItem[] = [
      {
        label: 'Watch history',
        onActivate: () => void goTo(this, 'History'),
        hint: 'The record of the next meeting, step by step with its sources: what was proposed, who held out, what was decided.',
        ...(done ? { disabledReason: 'campaign complete' } : {}),
      },
      {
        label: 'Let the AI play it',
        onActivate: () => this.start(false),
        hint: 'The computer plays every delegation from its documented stance: the model’s version of the meeting, not the record. You may take over at any time.',
        ...(done ? { disabledReason: 'campaign complete' } : {}),
      },
      {
        label: 'Play as',
        value: this.roleLabel(),
        onActivate: () => this.start(true),
        onAdjust: (dir) => {
          this.roleIx = (this.roleIx + dir + PLAYABLE.length) % PLAYABLE.length;
          this.menu.buttons[2]?.setValue(this.roleLabel());
          const id = PLAYABLE[this.roleIx];
          announce(id ? nameOf(LIBRARY, id) : '');
          return true;
        },
        ...(done ? { disabledReason: 'campaign complete' } : {}),
      },
      {
        label: 'Restart',
        onActivate: () => {
          saveCampaign(store(), (this.progress = emptyCampaign()));
          this.scene.restart();
        },
        ...(this.progress.played.length ? {} : { disabledReason: 'nothing played yet' }),
      },
      { label: 'Back to title', onActivate: () => void goTo(this, 'Title'), hint: 'Escape' },
    ];
    this.menu = new Menu(this, 230, 270, items, {
      width: 410,
      align: 'left',
      gap: 12,
      role: 'small',
      itemHeight: 56,
      onEscape: () => void goTo(this, 'Title'),
    });
    this.menu.focus(focus, true);
  }

  private storyParas(): Para[] {
    const pal = palette();
    const paras: Para[] = [];
    const entry = (t: TimelineEntry): Para => ({
      text: `${t.date}${t.uncertain ? ' (uncertain)' : ''}: ${t.text} [${t.cite.map(citeLabel).join('; ')}]`,
      role: 'small',
      indent: 12,
    });
    // The meeting just played first, then the ones before it.
    const played = this.progress.played.map((m, k) => ({ m, k })).reverse();
    played.forEach(({ m, k }) => {
      const sc = scenarioOf(LIBRARY, m.scenarioId);
      paras.push({
        text: `${sc.title} — ${m.watched ? 'watched (the computer played every seat)' : 'played'}${k === this.progress.played.length - 1 ? ' · just played' : ''}`,
        role: 'body',
        bold: true,
        color: pal.gold,
      });
      for (const d of m.divergence)
        paras.push({ text: `${d.title}: ${d.summary}`, role: 'small', indent: 12 });
      const after = CAMPAIGN[k + 1];
      if (after) {
        const between = interlude(LIBRARY, TIMELINE, m.scenarioId, after);
        if (between.length)
          paras.push({ text: 'Between the meetings', role: 'small', bold: true, color: pal.muted });
        paras.push(...between.map(entry));
      }
    });
    const next = nextScenario(this.progress);
    if (next) {
      const sc = scenarioOf(LIBRARY, next);
      paras.push({
        text: `Next: ${sc.title} (${sc.place}, ${sc.dates})`,
        role: 'body',
        bold: true,
        color: pal.gold,
      });
      paras.push({ text: meetingContext(sc), role: 'small' });
    } else {
      paras.push({ text: 'Epilogue: after 2013', role: 'body', bold: true, color: pal.gold });
      paras.push(...TIMELINE.filter((t) => t.epilogue).map(entry));
    }
    return paras;
  }

  private start(play: boolean): void {
    const humans: Record<string, string> = {};
    const role = PLAYABLE[this.roleIx];
    if (play && role) humans[role] = 'Player';
    const input = nextInput(this.progress, humans);
    if (!input) return;
    const sc = scenarioOf(LIBRARY, input.scenarioId);
    const session = newSession(input, `Campaign: ${sc.title}`);
    session.send({ type: 'START' });
    if (!play) session.send({ type: 'BEGIN' });
    void goTo(this, play ? 'Briefing' : 'Plenary', { campaign: true });
  }
}
