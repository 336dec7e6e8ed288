// Briefing: the role card of each human delegation in turn (hot seat: the keyboard passes between them
// behind a cover), or, for a delegation without a card, its bloc and stances. Then BEGIN opens the plenary.
import { Scene, Scenes, type GameObjects } from 'phaser';
import { BLOC_PROFILES, BRIEFINGS, DELEGATIONS, meetingContext, SOURCES } from '../content/index';
import { ISSUE_IDS, type Citation, type Scenario } from '../content/types';
import { citeLabel } from '../app/view-model';
import type { SessionController } from '../app/controller';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import { nameOf } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { Notice, typingInField } from '../ui/widgets';
import type { HandoverData } from './Handover';
import {
  classroom,
  freshClassroom,
  HANDOVER_DONE,
  playersOf,
  sceneForPhase,
  sessionOrResume,
} from './plenary/classroom';
import { ISSUE_ENDS, ISSUE_NAME } from '../content/issues';
import { FocusList, KeyButton } from '../ui/key-button';
import { drawBox } from '../ui/panel';
import { type Line, ScrollText } from '../ui/scroll-text';
import { ts } from '../ui/text';
import { ensureScene, goTo } from './registry';

registerHelp('Briefing', [
  { keys: 'Enter', action: 'Next player’s briefing, or begin the meeting' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the role card' },
  { keys: 'Tab', action: 'Move between the buttons' },
  { keys: 'Esc', action: 'Back to the previous player’s card' },
]);

/** Where a citation points, with our one-line summary of the passage when there is one. */
export function citeLong(c: Citation): string {
  if ('doc' in c) {
    const sum = SOURCES[c.doc]?.summaries[c.para];
    return `${citeLabel(c)}${sum ? `: ${sum}` : ''}`;
  }
  return c.record;
}

export default class Briefing extends Scene {
  private session: SessionController | null = null;
  private order: { id: string; player: string }[] = [];
  private index = 0;
  private card!: ScrollText;
  private focus = new FocusList();
  private buttons: KeyButton[] = [];
  private heading: GameObjects.Text[] = [];
  private covered = false;

  constructor() {
    super({ key: 'Briefing' });
  }

  create(data: { campaign?: boolean } = {}): void {
    const pal = palette();
    const { session, error } = sessionOrResume(false);
    if (data.campaign) freshClassroom('', null, true);
    if (!session) {
      new Notice(this, error ?? 'No meeting is running.', {
        title: 'Nothing to brief',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    if (session.phase !== 'briefing') {
      void goTo(this, sceneForPhase(session.phase));
      return;
    }
    this.session = session;
    this.order = playersOf(session).filter((p) => p.human);
    this.index = 0;
    this.covered = false;
    const sc = scenarioOf(LIBRARY, session.input.scenarioId);
    this.add.text(40, 14, 'Briefing', textStyle('h1', { color: pal.gold }));
    this.add.text(250, 30, fitTitle(sc), ts(20, { color: pal.muted }));
    drawBox(this, 28, 80, 800, 560);
    drawBox(this, 844, 80, 408, 400);
    this.card = new ScrollText(this, 52, 140, 760, 486);
    const ctx = new ScrollText(this, 862, 130, 378, 340);
    this.add.text(862, 92, 'The meeting', ts(22, { color: pal.gold, bold: true }));
    const ctxLines: Line[] = [
      { text: `${sc.title}, ${sc.dates}`, bold: true, size: 18 },
      { text: meetingContext(sc), size: 18 },
      {
        text: `Sources: ${sc.contextCite.map(citeLabel).join('; ')}`,
        size: 16,
        color: pal.muted,
        italic: true,
      },
      { text: `Decision rule this session: ${ruleName(session)}.`, size: 18, color: pal.gold },
    ];
    ctx.setLines(ctxLines);
    this.add.text(
      40,
      652,
      '↑ ↓ PgUp PgDn scroll the card   Enter next   ? help',
      ts(18, { color: pal.muted }),
    );
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    const onHandover = () => {
      this.covered = false;
      this.show();
    };
    this.game.events.on(HANDOVER_DONE, onHandover);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      this.game.events.off(HANDOVER_DONE, onHandover);
      mirrorText('');
    });
    if (this.order.length > 1) void ensureScene(this.game, 'Handover').then(() => this.open(0));
    else this.open(0);
  }

  /** Opens card i: behind a hand-over cover when several people share the keyboard. */
  private open(i: number): void {
    this.index = i;
    const p = this.order[i];
    if (p && this.order.length > 1) {
      this.covered = true;
      this.clearCard();
      const data: HandoverData = {
        delegation: p.id,
        delegationName: nameOf(LIBRARY, p.id),
        player: p.player,
        reason: 'Read your role card before the meeting opens.',
      };
      this.scene.launch('Handover', data);
      this.scene.bringToTop('Handover');
      return;
    }
    this.show();
  }

  private clearCard(): void {
    this.card.setLines([]);
    for (const h of this.heading) h.destroy();
    this.heading = [];
    for (const b of this.buttons) b.destroy();
    this.buttons = [];
  }

  private show(): void {
    if (!this.session) return;
    this.clearCard();
    const pal = palette();
    const p = this.order[this.index];
    const last = this.index >= this.order.length - 1;
    const title = p ? `${nameOf(LIBRARY, p.id)} — played by ${p.player}` : 'You are watching';
    this.heading.push(this.add.text(52, 94, title, ts(24, { color: pal.gold, bold: true })));
    if (this.order.length > 1)
      this.heading.push(
        this.add
          .text(812, 98, `${this.index + 1} of ${this.order.length}`, ts(18, { color: pal.muted }))
          .setOrigin(1, 0),
      );
    const lines = p
      ? roleLines(p.id)
      : watchLines(scenarioOf(LIBRARY, this.session.input.scenarioId), this.session.snapshot.context.agenda);
    this.card.setLines(lines);
    mirrorText(`${title}\n${lines.map((l) => l.text).join('\n')}`);
    const mk = (y: number, label: string, key: string, on: () => void) =>
      new KeyButton(this, 862, y, {
        label,
        key,
        width: 372,
        size: 20,
        onActivate: on,
        onFocus: (b) => this.focus.focus(this.buttons.indexOf(b), true),
      });
    this.buttons = [
      mk(500, last ? 'Begin the meeting' : 'Next player', 'Enter', () => this.next()),
      ...(this.index > 0 ? [mk(560, 'Previous card', 'Esc', () => this.open(this.index - 1))] : []),
    ];
    this.focus.set(this.buttons, false);
    announce(
      `${title}. ${lines
        .slice(0, 2)
        .map((l) => l.text)
        .join(
          ' ',
        )} Scroll with the arrow keys. Press Enter to ${last ? 'begin the meeting' : 'pass to the next player'}.`,
    );
  }

  private next(): void {
    if (!this.session) return;
    if (this.index < this.order.length - 1) {
      this.open(this.index + 1);
      return;
    }
    const snap = this.session.send({ type: 'BEGIN' });
    if (snap.context.rejection) {
      announce(snap.context.rejection.reason);
      return;
    }
    classroom.shown = this.order.at(-1)?.id ?? null;
    void goTo(this, 'Plenary');
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField() || this.covered || !this.session) return;
    switch (ev.key) {
      case 'ArrowDown':
        this.card.scrollBy(1);
        break;
      case 'ArrowUp':
        this.card.scrollBy(-1);
        break;
      case 'PageDown':
        this.card.page(1);
        break;
      case 'PageUp':
        this.card.page(-1);
        break;
      case 'Tab':
        this.focus.move(ev.shiftKey ? -1 : 1);
        break;
      case 'Enter':
      case ' ':
        if (!ev.repeat) this.focus.focused?.activate();
        break;
      case 'Escape':
        if (this.index > 0) this.open(this.index - 1);
        break;
    }
  }
}

function ruleName(s: SessionController): string {
  const r = s.snapshot.context.rule;
  return r === 'consensus' ? 'consensus, the KP’s actual rule' : r;
}

function fitTitle(sc: Scenario): string {
  return `${sc.title} · ${sc.place}`;
}

/** The role card: from BRIEFINGS, or the delegation's bloc and stances. */
export function roleLines(id: string): Line[] {
  const pal = palette();
  const b = BRIEFINGS.find((x) => x.delegation === id);
  const d = DELEGATIONS.find((x) => x.id === id);
  const head = (text: string): Line => ({ text, size: 20, bold: true, color: pal.gold, gap: 4 });
  const item = (text: string, color?: string): Line => ({
    text: `•  ${text}`,
    size: 18,
    indent: 8,
    gap: 4,
    ...(color ? { color } : {}),
  });
  const out: Line[] = [];
  if (b) {
    out.push(head('Who you are'), { text: b.whoYouAre, size: 18 });
    out.push(head('Your objectives (scored at the end)'), ...b.objectives.map((o) => item(o.text)));
    out.push(head('Red lines'), ...b.redLines.map((r) => item(r)));
    out.push(head('Allies'), { text: b.allies.map((a) => nameOf(LIBRARY, a)).join(', ') || '—', size: 18 });
    out.push(head('Opponents'), {
      text: b.opponents.map((a) => nameOf(LIBRARY, a)).join(', ') || '—',
      size: 18,
    });
    out.push(head('Read before you speak'), ...b.read.map((c) => item(citeLong(c), pal.muted)));
    return out;
  }
  if (!d) return [{ text: id }];
  const bloc = BLOC_PROFILES[d.bloc];
  out.push(head('Who you are'), {
    text: `${d.name} (${d.kind}). No role card: on these questions it follows its bloc, ${bloc.label}.`,
    size: 18,
  });
  out.push(head('Where it stands (0–100 on each issue)'));
  for (const issue of ISSUE_IDS) {
    const s = d.stances[issue];
    const [lo, hi] = ISSUE_ENDS[issue];
    out.push(
      item(
        `${ISSUE_NAME[issue]}: ${s.anchor} (0 = ${lo}, 100 = ${hi}); cares ${s.salience >= 0.6 ? 'a lot' : s.salience >= 0.35 ? 'somewhat' : 'little'}. ${
          s.confidence === 'documented' ? 'Documented.' : 'Follows its bloc.'
        }`,
      ),
    );
    if (s.cite.length)
      out.push({
        text: `Source: ${s.cite.map(citeLabel).join('; ')}`,
        size: 16,
        color: pal.muted,
        indent: 30,
        gap: 4,
      });
  }
  const fellows = DELEGATIONS.filter((x) => x.bloc === d.bloc && x.id !== d.id && x.kind === d.kind).map(
    (x) => x.name,
  );
  out.push(head(`Your bloc: ${bloc.label}`), {
    text: fellows.length
      ? `Likely to stand with you: ${fellows.join(', ')}.`
      : 'You stand alone in your bloc.',
    size: 18,
  });
  return out;
}

function watchLines(sc: Scenario, agenda: readonly string[]): Line[] {
  return [
    {
      text: 'Nobody plays a seat: the computer plays every delegation and you watch the meeting unfold.',
      size: 20,
    },
    {
      text: 'Press Space or F to fast-forward, F2 for the facilitator console (pause, events, seats). A seat can be handed to a person from the console at any time.',
      size: 18,
    },
    {
      text: `Agenda: ${sc.agenda
        .filter((a) => agenda.includes(a.id))
        .map((a) => a.title)
        .join('; ')}.`,
      size: 18,
    },
  ];
}
