// The teacher's door into the game, from the title screen: set up a class (hot seat on this computer), the
// teacher's guide, role cards to print for a meeting, the student primer and the debrief slides.
import { GameObjects, Scene } from 'phaser';
import { meetingShortName } from '../content/index';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { consumeKey, FocusGroup } from '../ui/focus';
import { Menu, type MenuItem } from '../ui/menu';
import { printableMeetings, roleCardDelegations, roleCardsMd } from '../app/role-cards';
import { openKitPrint } from './kit/kit-print';
import { asSentence } from '../model/prose';
import { ListPicker } from './plenary/picker';
import { goTo } from './registry';

registerHelp('Classroom', [
  { keys: '↑ ↓ Enter', action: 'Choose and open' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

interface Entry extends MenuItem {
  readonly about: string;
}

export default class Classroom extends Scene {
  private menu!: Menu;
  private about!: GameObjects.Text;
  private picker: ListPicker | null = null;

  constructor() {
    super({ key: 'Classroom' });
  }

  create(): void {
    const pal = palette();
    const { width: W } = this.scale;
    this.picker = null;
    this.add.text(W / 2, 28, 'Classroom', textStyle('h1', { color: pal.gold })).setOrigin(0.5, 0);
    this.add
      .text(
        W / 2,
        100,
        'For teachers: run a lesson, print what students need, show the debrief.',
        textStyle('body', { color: pal.muted }),
      )
      .setOrigin(0.5, 0);
    const entries: Entry[] = [
      {
        label: 'Set up a class (hot seat)',
        about:
          'Up to six players share this computer; a hand-over screen hides each hand. Choose the meeting, the rule, the timers and a facilitator PIN.',
        onActivate: () => void goTo(this, 'Setup'),
      },
      {
        label: 'Open a classroom room (a device per group)',
        about:
          'Each group plays one delegation on its own device; you run the meeting from yours, and can open parallel rooms under other rules and compare them. Needs the classroom server: start it with “npm run serve” and open the address it prints.',
        onActivate: () => void goTo(this, 'NetRoom'),
      },
      {
        label: 'Join a classroom room (students)',
        about:
          'On a student’s device: type the room code your teacher shows, your name, and take your delegation.',
        onActivate: () => void goTo(this, 'NetJoin'),
      },
      {
        label: 'Teacher’s guide',
        about:
          'Learning objectives, 45- and 90-minute lesson plans, the facilitator console, what to say, how to assess. Printable.',
        onActivate: () => void goTo(this, 'KitReader', { doc: 'guide' }),
      },
      {
        label: 'Role cards to print…',
        about:
          'Every delegation’s briefing for a meeting, one card per page: objectives, red lines, allies and the passages to read.',
        onActivate: () => this.pickMeeting(),
      },
      {
        label: 'Student primer',
        about:
          'Five short screens to read before the first meeting: conflict diamonds, Sierra Leone and Angola, the 2000 UN resolution and the 2003 scheme, Marange, who sits at the table.',
        onActivate: () => void goTo(this, 'KitReader', { doc: 'primer' }),
      },
      {
        label: 'Debrief slides',
        about:
          'For the projector after a meeting, a slide at a time: what we decided, what history decided, the same moves under each rule, who moved whom, the discussion questions. Shows the meeting that ended last (also from its debrief: key V).',
        onActivate: () => void goTo(this, 'DebriefSlides', { from: 'Classroom' }),
      },
      {
        label: 'Back to title',
        about: 'Back to the title screen (Esc).',
        onActivate: () => void goTo(this, 'Title'),
      },
    ];
    this.about = this.add
      .text(W / 2, 545, '', textStyle('small', { color: pal.muted, align: 'center', wrap: 1100 }))
      .setOrigin(0.5, 0);
    // The meeting list takes its keys before the menu: registered first, so the Enter that opens the list
    // reaches the list only after it has opened it (it used to choose the first meeting at once).
    this.input.keyboard?.on('keydown', (ev: KeyboardEvent) => {
      if (this.picker?.handleKey(ev)) consumeKey(ev);
    });
    this.menu = new Menu(this, W / 2, 150, entries, {
      width: 820, // the longest label at the largest text
      itemHeight: 42,
      gap: 5,
      onEscape: () => void goTo(this, 'Title'),
      onFocus: (_it, i) => this.about.setText(entries[i]?.about ?? ''),
    });
    this.menu.focus(0, true);
    this.about.setText(entries[0]!.about);
    announce(`Classroom. ${this.menu.buttons[0]!.spoken} ${entries[0]!.about}`);
  }

  private pickMeeting(): void {
    const pal = palette();
    const meetings = printableMeetings();
    const { width: W, height: H } = this.scale;
    // The list takes the keys while it is open (the menu below waits: it is not the top group).
    const hold = new FocusGroup(this);
    this.picker = new ListPicker(
      this,
      { x: 60, y: 60, w: W - 120, h: H - 120 },
      {
        title: 'Role cards: choose a meeting',
        modal: true,
        items: meetings.map((sc) => ({
          label: sc.title,
          tag: meetingShortName(sc).split(', ')[1] ?? '',
          detail: [
            { text: sc.title, bold: true, color: pal.gold },
            { text: asSentence(`${sc.dates}, ${sc.place}`) },
            {
              text: `${roleCardDelegations(sc).length} role cards, one per page. Enter opens the print view in a new window.`,
            },
          ],
        })),
        onPick: (i) => {
          const sc = meetings[i]!;
          const ok = openKitPrint(`Role cards: ${sc.title}`, roleCardsMd(sc));
          close();
          announce(
            ok
              ? `Role cards for ${sc.title}: the print view opened in a new window.`
              : 'The browser blocked the print window: allow pop-ups for this page.',
          );
        },
        onCancel: () => {
          close();
          announce('Back to the classroom menu.');
        },
      },
    );
    const close = () => {
      this.picker?.close();
      this.picker = null;
      hold.destroy();
    };
  }
}
