// The teacher's guide: what students learn, two lesson plans with the time for each round, how to run the
// facilitator console, what to say at each step, and how to assess. Timings follow the game's own settings
// (the session timer, the one-lesson agenda). Facts about the Kimberley Process carry their citations; the
// lesson design is the game's own advice to teachers.
import type { ExitQuestion, KitDoc } from './kit-types';
import { RECORD } from './sources';

const WDC_STRUCTURE = {
  record:
    'World Diamond Council, “Structure of the Kimberley Process”: only government participants decide, by consensus; observers cannot block',
  url: 'https://www.worlddiamondcouncil.org/wordpress/structure/',
} as const;

export const TEACHER_GUIDE: KitDoc = {
  title: 'Teacher’s guide',
  intro:
    'For a teacher running Rough Consensus with a class on one computer and a projector. Read it once before the lesson; print it from the print view.',
  pages: [
    {
      heading: 'What students learn',
      paras: [
        {
          text: 'Explain what the Kimberley Process is, why it defines “conflict diamonds” through rebel movements, and why Marange put that definition in question.',
          kind: 'step',
          cite: [RECORD.coreDefinition, { doc: 'zimbabwe-chapter', para: 19 }],
        },
        {
          text: 'Argue a position that is not their own, from a role card with cited evidence, and tell evidence from a delegation’s interest.',
          kind: 'step',
        },
        {
          text: 'See how the decision rule shapes the outcome: under consensus one objection stops a decision; the game replays the same moves under majority, two-thirds and weighted rules.',
          kind: 'step',
          cite: [WDC_STRUCTURE],
        },
        {
          text: 'Use negotiation: amendments, caucus deals and coalitions, and reflect on who moved whom.',
          kind: 'step',
        },
      ],
    },
    {
      heading: 'Before the lesson',
      paras: [
        {
          text: 'Title screen → Classroom → Role cards: choose the Washington plenary (November 2012) and print one card per delegation played. Hand each student their card the day before and ask them to keep it private.',
          kind: 'step',
        },
        {
          text: 'Ask students to read the Student primer (Classroom → Student primer: five screens, about five minutes), or show it at the start of the lesson.',
          kind: 'step',
        },
        {
          text: 'Decide how many students play. Hot seat: up to six players share one keyboard and pass it when the game asks; a team can share a seat under one name (“Team A”). The computer plays every other delegation.',
          kind: 'note',
        },
      ],
    },
    {
      heading: 'A 45-minute lesson',
      paras: [
        { text: '0–5 min · Student primer on the projector: the five screens.', kind: 'step' },
        {
          text: '5–10 min · Classroom → Set up a class: Washington plenary, consensus, one lesson (the definition item), session timer 20 minutes, a facilitator PIN, one row per player. Each player reads their briefing behind the hand-over screen.',
          kind: 'step',
        },
        {
          text: '10–30 min · The plenary (20 minutes on the session timer). Round 1, opening speeches (about 8 minutes); round 2, amendments and caucus deals (about 6 minutes); round 3, the Chair’s draft and the call for consensus (about 6 minutes). Pause once to explain the state of the room; inject one event.',
          kind: 'step',
        },
        {
          text: '30–38 min · On the projector: the outcome screen (what we decided, and the same moves under each rule), then the debrief’s pages History (what the real meeting decided), Who moved whom and Questions (pick one). Or walk the class through the debrief slides (V on the debrief, or Classroom → Debrief slides): the same in large type, a slide at a time.',
          kind: 'step',
        },
        {
          text: '38–45 min · Exit tickets: on the debrief press T (or leave the outcome screen with D, which offers them first); each player in turn answers three questions on screen, and the hand-over screen hides one player’s answers from the next. On paper instead: the last page of this guide.',
          kind: 'step',
        },
      ],
    },
    {
      heading: 'A 90-minute lesson',
      paras: [
        {
          text: '0–10 min · Student primer, then two questions to the class: who decides, and what counts as a conflict diamond?',
          kind: 'step',
        },
        {
          text: '10–20 min · Preparation in delegations: students read their role card, mark the passages it cites and plan one argument and one red line.',
          kind: 'step',
        },
        {
          text: '20–25 min · Set up a class: Washington plenary, consensus, full agenda, session timer 45 minutes, PIN, players. Briefings behind the hand-over screen.',
          kind: 'step',
        },
        {
          text: '25–70 min · The plenary (45 minutes). Round 1, opening speeches (12 minutes); round 2, amendments and caucus (12 minutes); pause, inject an event, let delegations confer (5 minutes); round 3, the Chair’s draft and the call (10 minutes); the next agenda items with the time left.',
          kind: 'step',
        },
        {
          text: '70–75 min · The outcome screen: the communiqué and the same session under each rule.',
          kind: 'step',
        },
        {
          text: '75–85 min · The debrief on the projector and discussion: use two or three of its questions; compare with what the real meeting decided (its History page).',
          kind: 'step',
        },
        { text: '85–90 min · Exit tickets, on screen (T on the debrief) or on paper.', kind: 'step' },
      ],
    },
    {
      heading: 'Running the facilitator console',
      paras: [
        {
          text: 'Open it with F2 (or Ctrl+F) during the meeting and type the PIN. The clocks and the computer’s delegations wait while it is open.',
          kind: 'step',
        },
        {
          text: 'Pause the session: everything waits, and you can still inject an event, skip a speaker, force a call for consensus or end the session. Resume when you have finished explaining.',
          kind: 'step',
        },
        {
          text: 'Inject an event card: the list shows this meeting’s events first, then earlier events (the room hears them as what delegates recall, with their date), then later ones (a what-if). Each entry says what it does to positions.',
          kind: 'step',
        },
        {
          text: 'Skip the current speaker when a speech runs long; force a consensus call to bring the item to a decision.',
          kind: 'step',
        },
        { text: 'Seats: hand a seat to the computer (a student leaves) or back to a person.', kind: 'step' },
        {
          text: 'Projector view: a large-type view of the draft and the room for the class (V in the room).',
          kind: 'step',
        },
        {
          text: 'End the session: the communiqué is drafted and the outcome screen compares the rules. Export the save file first if you want to continue another day.',
          kind: 'step',
        },
        {
          text: 'Escape goes back one step: from a list to the console, from the console to the room.',
          kind: 'note',
        },
      ],
    },
    {
      heading: 'What to say at each step',
      paras: [
        {
          text: 'Opening: “You are delegates at the Kimberley Process plenary in Washington, November 2012. The question on the table: should ‘conflict diamonds’ still mean diamonds that fund rebels, or also violence by governments and security forces? Nothing passes if one government objects.”',
          kind: 'say',
          cite: [RECORD.coreDefinition, WDC_STRUCTURE],
        },
        {
          text: 'Hand-over: “When the screen says ‘Pass the keyboard’, the next delegation comes to the computer; everyone else looks away until they press Enter.”',
          kind: 'say',
        },
        {
          text: 'At a pause: “Look at the meter: who would object now? Who could you win over, and what would it cost you?”',
          kind: 'say',
        },
        {
          text: 'After an injected event: “This is what delegates remember from that date. Does it change anyone’s red line?”',
          kind: 'say',
        },
        {
          text: 'Before the call: “The Chair will ask whether anyone objects. One objection from a participant stops the decision; observers may speak but cannot block.”',
          kind: 'say',
          cite: [WDC_STRUCTURE],
        },
        {
          text: 'At the debrief: “Here is what we decided, and here is what the real meeting decided. Under a two-thirds vote, would we have decided the same? Who moved whom?”',
          kind: 'say',
        },
      ],
    },
    {
      heading: 'How to assess',
      paras: [
        {
          text: 'The debrief pack (Markdown, JSON, CSV or the print view) lists, for each player: speeches, amendments, objections and caucus offers, whether their delegation’s objectives were met, and the answers of their exit ticket (the players’ CSV, key E on the debrief, has one row per player for a gradebook).',
          kind: 'note',
        },
        {
          text: 'Secure: the exit ticket names the delegation’s objective and says accurately whether it was met; cites one argument or deal and its effect; compares two decision rules using the outcome screen.',
          kind: 'step',
        },
        {
          text: 'Developing: two of the three, or answers that describe without explaining why.',
          kind: 'step',
        },
        {
          text: 'Beginning: answers that restate the role card without reference to what happened in the meeting.',
          kind: 'step',
        },
        {
          text: 'Participation counts only what the game logs; a student who argued well in a caucus away from the keyboard should get credit from your own notes.',
          kind: 'note',
        },
      ],
    },
    {
      heading: 'Exit ticket (copy one per player)',
      paras: [
        { text: 'Name, and the delegation you played:', kind: 'note' },
        {
          text: '1. What did your delegation want, and how close did the meeting’s decision come to it? Name one objective from your role card and say whether it was met.',
          kind: 'note',
        },
        {
          text: '2. Which argument, event or deal changed someone’s position, or failed to? Say who moved, who moved them, and why you think it worked.',
          kind: 'note',
        },
        {
          text: '3. Would another decision rule have been fairer at this meeting? Use the outcome screen: what would a two-thirds or simple majority have decided?',
          kind: 'note',
        },
      ],
    },
  ],
};

/** The exit ticket: three guided questions each player answers at the end. */
export const EXIT_QUESTIONS: readonly ExitQuestion[] = [
  {
    id: 'goal',
    text: 'What did your delegation want, and how close did the meeting’s decision come to it?',
    hint: 'Name one objective from your role card and say whether it was met.',
  },
  {
    id: 'moved',
    text: 'Which argument, event or deal changed someone’s position, or failed to?',
    hint: 'Say who moved, who moved them, and why you think it worked.',
  },
  {
    id: 'rule',
    text: 'Would another decision rule have been fairer at this meeting?',
    hint: 'Use the outcome screen: what would a two-thirds or simple majority have decided?',
  },
];
