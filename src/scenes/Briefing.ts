// Briefing: the role card of each human delegation in turn (hot seat: the keyboard passes between them
// behind a cover), or, for a delegation without a card, its bloc and stances. Then BEGIN opens the plenary.
import { Scene, Scenes, type GameObjects } from 'phaser';
import { BLOC_PROFILES, BRIEFINGS, DELEGATIONS, meetingContext } from '../content/index';
import { ISSUE_IDS, type IssueId, type Scenario } from '../content/types';
import { careWords, MOVE_GUIDE, positionWords } from '../app/guide';
import { explainedSpans, termsIn } from '../app/terms';
import { openSource } from './source-link';
import { citeLong } from '../app/citations';
import { citeLabel } from '../app/view-model';
import type { SessionController } from '../app/controller';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import { briefingObjectives } from '../app/briefing-objectives';
import { discussesIssue, type ObjectiveSource } from '../model/objectives';
import { nameOf } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { typingInField } from '../ui/focus';
import { Notice } from '../ui/notice';
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
import { type Line, ScrollText, scrollTarget } from '../ui/scroll-text';
import { ts } from '../ui/text';
import { ensureScene, goTo } from './registry';

registerHelp('Briefing', [
  { keys: 'Enter', action: 'Next player’s briefing, or begin the meeting' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the role card' },
  { keys: 'Tab', action: 'Move between the buttons' },
  { keys: 'U', action: 'Meaning of the next underlined word (or point at it)' },
  { keys: 'Esc', action: 'Back to the previous player’s card' },
]);

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
    const device = classroom.device;
    if (device) {
      // A classroom room: this device's own card only (the teacher's, none), and every device moves on
      // when the teacher begins the meeting.
      this.order = this.order.filter((p) => p.id === device.seat);
      const off = session.subscribe(() => {
        if (session.phase !== 'briefing') void goTo(this, sceneForPhase(session.phase));
      });
      this.events.once(Scenes.Events.SHUTDOWN, off);
    }
    this.index = 0;
    this.covered = false;
    const sc = scenarioOf(LIBRARY, session.input.scenarioId);
    this.add.text(40, 14, 'Briefing', textStyle('h1', { color: pal.gold }));
    this.add.text(250, 30, fitTitle(sc), ts(20, { color: pal.muted }));
    drawBox(this, 28, 80, 800, 560);
    drawBox(this, 844, 80, 408, 400);
    this.card = new ScrollText(this, 52, 140, 760, 486).explainTerms(explainedSpans, (link) =>
      openSource(this, link),
    );
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
    const sc = scenarioOf(LIBRARY, this.session.input.scenarioId);
    const agenda = this.session.snapshot.context.agenda;
    const lines = p ? withWords(roleLines(p.id, { scenarioId: sc.id, agenda })) : watchLines(sc, agenda);
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
      mk(500, last ? beginLabel() : 'Next player', 'Enter', () => this.next()),
      ...(this.index > 0 ? [mk(560, 'Previous card', 'Esc', () => this.open(this.index - 1))] : []),
    ];
    this.focus.set(this.buttons, false);
    const then =
      classroom.device?.role === 'student'
        ? 'Your teacher begins the meeting for everyone.'
        : `Press Enter to ${last ? 'begin the meeting' : 'pass to the next player'}.`;
    announce(
      `${title}. ${lines
        .slice(0, 2)
        .map((l) => l.text)
        .join(' ')} Scroll with the arrow keys. ${then}`,
    );
  }

  private next(): void {
    if (!this.session) return;
    if (this.index < this.order.length - 1) {
      this.open(this.index + 1);
      return;
    }
    if (classroom.device) {
      if (classroom.device.role === 'teacher') this.session.send({ type: 'BEGIN' });
      else announce('Your teacher begins the meeting for everyone: every screen then shows the hall.');
      return;
    }
    const snap = this.session.send({ type: 'BEGIN' });
    if (snap.context.rejection) {
      announce(snap.context.rejection.reason);
      return;
    }
    // The classroom's choice of who opens the rounds, into the session's log.
    if (classroom.rounds && !snap.context.rounds.byFacilitator)
      this.session.send({ type: 'SET_ROUNDS', byFacilitator: true });
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
        scrollTarget(this, this.card).page(1);
        break;
      case 'PageUp':
        scrollTarget(this, this.card).page(-1);
        break;
      case 'Tab':
        this.focus.move(ev.shiftKey ? -1 : 1);
        break;
      case 'Enter':
      case ' ':
        if (ev.key === 'Enter' && this.card.openStepped()) break;
        if (!ev.repeat) this.focus.focused?.activate();
        break;
      case 'Escape':
        if (this.index > 0) this.open(this.index - 1);
        break;
      case 'u':
      case 'U':
        if (!this.card.nextTerm()) announce('No explained words in view on this card.');
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

/** "Words on this card": the glossary terms the lines use, each with its definition and source. */
function withWords(lines: Line[]): Line[] {
  const pal = palette();
  const found = termsIn(lines.map((l) => l.text).join('\n'));
  if (!found.length) return lines;
  return [
    ...lines,
    { text: 'Words on this card', size: 20, bold: true, color: pal.gold, gap: 4 },
    ...found.flatMap((e): Line[] => [
      { text: `${e.term}: ${e.definition}`, size: 18, indent: 8, gap: e.cite.length ? 2 : 6 },
      ...(e.cite.length
        ? [
            {
              text: `Source: ${e.cite.map(citeLabel).join('; ')}`,
              size: 16,
              color: pal.muted,
              indent: 30,
              gap: 6,
            },
          ]
        : []),
    ]),
  ];
}

/** What each move does and risks (the same words as the tutorial). */
function moveLines(): Line[] {
  const pal = palette();
  return [
    { text: 'Your moves in the room', size: 20, bold: true, color: pal.gold, gap: 4 },
    ...MOVE_GUIDE.flatMap((m): Line[] => [
      { text: `•  ${m.action} (key ${m.key}): ${m.does}`, size: 18, indent: 8, gap: 2 },
      { text: `Risk: ${m.risks}`, size: 17, color: pal.muted, indent: 30, gap: 6 },
    ]),
  ];
}

/** How much the delegation cares about each issue and where it starts, in plain words. */
function careLines(id: string, agendaIssues: readonly IssueId[]): Line[] {
  const pal = palette();
  const d = DELEGATIONS.find((x) => x.id === id);
  if (!d) return [];
  const order = [...ISSUE_IDS].sort((a, b) => d.stances[b].salience - d.stances[a].salience);
  return [
    {
      text: 'How much you care about each issue (salience), and where you start',
      size: 20,
      bold: true,
      color: pal.gold,
      gap: 4,
    },
    {
      text: 'A deal works where you and the other side care about the issues differently: give on what you care little about, ask on what you care a lot about.',
      size: 17,
      color: pal.muted,
      gap: 4,
    },
    ...order.map((issue): Line => ({
      text: `•  ${ISSUE_NAME[issue]}${agendaIssues.includes(issue) ? ' (on this meeting’s agenda)' : ''}: ${careWords(d.stances[issue].salience, 'you')}. You start at ${positionWords(issue, d.stances[issue].anchor)}.`,
      size: 18,
      indent: 8,
      gap: 4,
    })),
  ];
}

/**
 * The role card: from BRIEFINGS, or the delegation's bloc and stances; then how much it cares about each
 * issue and what each move does. `meeting`: the scenario and the agenda this session plays.
 */
export function roleLines(id: string, meeting: Omit<ObjectiveSource, 'results'>): Line[] {
  const agendaIssues = ISSUE_IDS.filter((issue) => discussesIssue(LIBRARY, meeting, issue));
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
    // Which objectives this meeting can decide, and where each stands: the Outcome's own scoring.
    const objectives = briefingObjectives(LIBRARY, meeting, b);
    out.push(
      head('Your objectives (scored at the end)'),
      ...objectives.lines.map((o) => item(o.text, o.decidable ? undefined : pal.muted)),
      { text: objectives.summary, size: 18, color: pal.gold, gap: 6 },
    );
    out.push(head('Red lines'), ...b.redLines.map((r) => item(r)));
    out.push(head('Allies'), { text: b.allies.map((a) => nameOf(LIBRARY, a)).join(', ') || '—', size: 18 });
    out.push(head('Opponents'), {
      text: b.opponents.map((a) => nameOf(LIBRARY, a)).join(', ') || '—',
      size: 18,
    });
    out.push(head('Read before you speak'), ...b.read.map((c) => item(citeLong(c), pal.muted)));
    return [...out, ...careLines(id, agendaIssues), ...moveLines()];
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
        `${ISSUE_NAME[issue]}: ${s.anchor} (0 = ${lo}, 100 = ${hi}). ${
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
  return [...out, ...careLines(id, agendaIssues), ...moveLines()];
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

/** The last card's button: on a classroom room's student device the teacher begins, for everyone. */
function beginLabel(): string {
  return classroom.device?.role === 'student' ? 'Waiting for your teacher…' : 'Begin the meeting';
}
