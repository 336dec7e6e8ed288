// A small hand-made world for testing the rules without the real content.
import type { ArgumentCard, Clause, Delegation, IssueId, Scenario, Stance } from '../../src/content/types';
import { ISSUE_IDS } from '../../src/content/types';
import type { Library } from '../../src/model/library';

const stance = (anchor: number, salience: number, openness = 0.3): Stance => ({
  anchor,
  salience,
  openness,
  confidence: 'bloc',
  cite: [],
});
const stances = (over: Partial<Record<IssueId, Stance>>): Record<IssueId, Stance> =>
  Object.fromEntries(ISSUE_IDS.map((i) => [i, over[i] ?? stance(50, 0.2)])) as Record<IssueId, Stance>;
const interests = { sovereignty: 0.5, 'human-rights': 0.5, trade: 0.5, development: 0.5, rules: 0.5 };

function del(
  id: string,
  kind: 'participant' | 'observer',
  bloc: Delegation['bloc'],
  clout: number,
  value: number,
  over: Partial<Record<IssueId, Stance>>,
): Delegation {
  return {
    id,
    name: `Delegation ${id}`,
    kind,
    bloc,
    since: '2003-01',
    clout,
    cloutNote: 'test',
    interests,
    stances: stances(over),
    ...(value ? { production2012: { carats: value, valueUsd: value, cite: { record: 'test' } } } : {}),
  };
}

export const delegations: Delegation[] = [
  del('CH', 'participant', 'reform-west', 0.9, 0, { definition: stance(70, 0.6), marange: stance(40, 0.3) }),
  del('RA', 'participant', 'reform-west', 0.8, 10, { definition: stance(85, 0.7), marange: stance(60, 0.4) }),
  del('RB', 'participant', 'reform-west', 0.6, 20, { definition: stance(60, 0.5), marange: stance(30, 0.3) }),
  del('MA', 'participant', 'african-producers', 0.6, 40, {
    definition: stance(35, 0.6),
    marange: stance(10, 0.5),
  }),
  del('BL', 'participant', 'african-producers', 0.7, 30, {
    definition: stance(0, 0.95, 0.1),
    marange: stance(0, 0.3),
  }),
  del('OB', 'observer', 'civil-society', 0.4, 0, {
    definition: stance(100, 1, 0.2),
    marange: stance(100, 1),
  }),
];

export const clauses: Clause[] = [
  {
    id: 'wide',
    issue: 'definition',
    label: 'State forces',
    text: 'including violence by state forces',
    effect: 50,
    cite: [{ record: 'test' }],
  },
  {
    id: 'narrow',
    issue: 'definition',
    label: 'Mining-related only',
    text: 'related to mining only',
    effect: -10,
    cite: [{ record: 'test' }],
  },
  {
    id: 'hr',
    issue: 'definition',
    label: 'Human rights',
    text: 'and systematic human-rights abuse',
    effect: 20,
    excludes: ['narrow'],
    cite: [{ record: 'test' }],
  },
  {
    id: 'lift',
    issue: 'marange',
    label: 'Lift supervision',
    text: 'Zimbabwe may trade freely',
    effect: -60,
    cite: [{ record: 'test' }],
  },
];

const card = (id: string, issue: IssueId, position: number, playableBy: string[]): ArgumentCard => ({
  id,
  title: id,
  text: `Argument ${id}`,
  issue,
  position,
  kind: 'principle',
  playableBy,
  moves: ['human-rights'],
  hardens: [],
  strength: 0.8,
  cite: [{ record: 'test' }],
});

export const argumentsList: ArgumentCard[] = [
  card('d-wide', 'definition', 80, ['reform-west', 'civil-society']),
  card('d-mid', 'definition', 50, ['reform-west', 'african-producers']),
  card('d-narrow', 'definition', 5, ['african-producers']),
  card('d-sov', 'definition', 0, ['african-producers']),
  card('m-lift', 'marange', 10, ['african-producers', 'reform-west']),
  card('m-keep', 'marange', 90, ['civil-society', 'reform-west']),
];

export const scenario: Scenario = {
  id: 'free-play',
  title: 'Test plenary',
  shortName: 'Nowhere',
  place: 'Nowhere',
  dates: '1–2 Jan 2012',
  date: '2012-11',
  kind: 'plenary',
  chair: 'CH',
  days: 2,
  context: 'A test.',
  contextCite: [],
  events: [],
  agenda: [
    {
      id: 'def',
      issue: 'definition',
      title: 'The definition',
      statusQuo: 0,
      statusQuoText: 'Core text.',
      base: 0,
      preamble: 'Conflict diamonds means',
      initialClauses: ['wide'],
      decides: true,
      history: { result: 'not-adopted', summary: 'x', cite: [] },
    },
    {
      id: 'mar',
      issue: 'marange',
      title: 'Marange',
      statusQuo: 80,
      statusQuoText: 'Supervision stays.',
      base: 80,
      preamble: 'On Marange:',
      initialClauses: ['lift'],
      decides: true,
      history: { result: 'adopted', value: 20, summary: 'x', cite: [] },
    },
  ],
};

export const intersessional: Scenario = {
  ...scenario,
  id: 'washington-intersessional-2012',
  kind: 'intersessional',
  agenda: scenario.agenda.map((a) => ({ ...a, decides: false })),
};

export const toyLibrary: Library = {
  delegations,
  clauses,
  arguments: argumentsList,
  events: [
    {
      id: 'ev-shift',
      title: 'A report',
      text: 'A report appears.',
      date: '2012-01',
      effects: [
        { kind: 'shift', issue: 'definition', who: ['MA'], delta: 20 },
        { kind: 'walkout', delegation: 'OB' },
      ],
      cite: [{ record: 'test' }],
    },
  ],
  scenarios: [scenario, intersessional],
};
