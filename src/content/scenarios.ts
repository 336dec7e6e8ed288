// The four meetings of 2012–2013 and a free-play plenary. Who attends follows from the delegations' `since`
// and the scenario's `absent`. An intersessional discusses and decides nothing (washington-2012 ¶2).
//
// Historical values (the engine compares an adopted draft's value with `history.value`):
// - Marange, Washington 2012: 75 (supervised) − 65 (normalise) + 4 (civil-society access) = 14.
// - Administrative support, Washington 2012: 0 + 25 (WDC one-year offer) − 3 (strictly administrative) = 22.
// - Administrative support, Johannesburg 2013: 22 (the one-year mechanism running) + 10 (three-year extension) = 32.
import { CLAUSES, CORE_DEFINITION_TEXT } from './clauses';
import { DELEGATIONS } from './delegations';
import { RECORD, cite } from './sources';
import type { AgendaItem, Citation, Delegation, Scenario } from './types';

const DEFINITION_PREAMBLE = 'For the purposes of the Certification Scheme, “conflict diamonds” means';
/** The chair's text of 2012: the U.S. groundwork with the two reassurances of washington-2012 ¶11 (value 25). */
const CHAIR_TEXT_2012 = ['def-us-groundwork', 'def-mining-related', 'def-systematic'] as const;

const MARANGE_SUPERVISED =
  'Exports from the certified Marange operations continue only under the special KP monitoring arrangement agreed at Kinshasa in November 2011.';
const NO_OFFICE =
  'No administrative support: each Chair runs the KP from its own ministry, and nobody carries continuity from year to year.';
const ONE_YEAR_OFFICE =
  'The World Diamond Council’s administrative support mechanism runs for 2013 only, strictly administrative.';
const CONSENSUS = 'Participants decide every matter by consensus: one formal objection blocks a decision.';
const STATISTICS_PRIVATE =
  'Aggregated national statistics are public; monitoring reports, review reports and mine-level data stay on the private side of the KP website.';

function definitionItem(
  id: string,
  decides: boolean,
  history: AgendaItem['history'],
  title = 'The definition of conflict diamonds',
): AgendaItem {
  return {
    id,
    issue: 'definition',
    title,
    statusQuo: 0,
    statusQuoText: `${CORE_DEFINITION_TEXT}.`,
    base: 0,
    preamble: DEFINITION_PREAMBLE,
    initialClauses: CHAIR_TEXT_2012,
    decides,
    history,
  };
}

const discussed = (summary: string, cites: readonly Citation[]): AgendaItem['history'] => ({
  result: 'discussed',
  summary,
  cite: cites,
});

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'washington-intersessional-2012',
    title: 'Washington intersessional, June 2012',
    shortName: 'Washington',
    place: 'Washington D.C., United States',
    dates: '4–7 June 2012',
    date: '2012-06',
    kind: 'intersessional',
    chair: 'US',
    viceChair: 'ZA',
    seating: 'The news report does not say how many delegations attended.',
    days: 4,
    agenda: [
      definitionItem(
        'wi12-definition',
        false,
        discussed(
          'The most contested item. The United States laid out its groundwork text as a basis for later talks, with the Chair’s reassurance that only systematic, mining-related violence was meant. Nothing was decided.',
          [cite('washington-2012', 6), cite('washington-2012', 8), cite('washington-2012', 11)],
        ),
        'Reviewing the definition of conflict diamonds',
      ),
      {
        id: 'wi12-zimbabwe',
        issue: 'marange',
        title: 'Zimbabwe: Marange exports and revenue',
        statusQuo: 75,
        statusQuoText: MARANGE_SUPERVISED,
        base: 75,
        preamble: 'On Zimbabwe and the Marange diamond fields:',
        initialClauses: [],
        decides: false,
        history: discussed(
          'Raised only briefly. The Chair kept Zimbabwe’s finances outside KP business; civil society warned that revenue was missing from the treasury and might fund election violence.',
          [cite('washington-2012', 14), cite('washington-2012', 16)],
        ),
      },
      {
        id: 'wi12-transparency',
        issue: 'transparency',
        title: 'Financial transparency and published data',
        statusQuo: 20,
        statusQuoText: STATISTICS_PRIVATE,
        base: 20,
        preamble: 'On transparency:',
        initialClauses: [],
        decides: false,
        history: discussed(
          'Civil society pressed on governance and revenue; the Chair said such questions are not strictly KP business. Nothing was decided.',
          [cite('washington-2012', 14), cite('washington-2012', 16)],
        ),
      },
    ],
    context:
      'The KP meets in Washington under its first U.S. chair, seven months after a contentious Kinshasa plenary let Zimbabwe sell Marange diamonds. ' +
      'The Chair wants to rebuild working relations and to open the definition of conflict diamonds, which the KP’s own review has put on the table. ' +
      'Some Asian and African countries resist.',
    contextCite: [
      cite('washington-2012', 2),
      cite('washington-2012', 3),
      cite('washington-2012', 6),
      cite('washington-2012', 7),
      RECORD.milovanovicBriefing,
    ],
    // The meeting's own news; the Kinshasa plenary and Global Witness's exit (late 2011) are background, dated in their
    // cards, which the facilitator can still inject as a reminder.
    events: ['ev-finance-minister', 'ev-election-fears', 'ev-zimbabwe-will-resist'],
  },
  {
    id: 'washington-plenary-2012',
    title: 'Washington plenary, November 2012',
    shortName: 'Washington',
    place: 'U.S. Department of State, Washington D.C.',
    dates: '27–30 November 2012',
    date: '2012-11',
    kind: 'plenary',
    chair: 'US',
    viceChair: 'ZA',
    seating: 'The communiqué records delegations from 39 participants.',
    days: 4,
    agenda: [
      definitionItem('wp12-definition', true, {
        result: 'not-adopted',
        summary:
          'No consensus on a new definition after lengthy discussion; talks were to continue in 2013 under South Africa’s chairmanship. The civil-society coordinator names Zimbabwe, ADPA, China, Russia and South Africa among those who rejected redefinition.',
        cite: [RECORD.nationalJeweler2012, cite('zimbabwe-chapter', 25), cite('zimbabwe-chapter', 28)],
      }),
      {
        id: 'wp12-marange',
        issue: 'marange',
        title: 'Zimbabwe: ending the special Marange arrangement',
        statusQuo: 75,
        statusQuoText: MARANGE_SUPERVISED,
        base: 75,
        preamble: 'On Zimbabwe and the Marange diamond fields, the Plenary decides:',
        initialClauses: ['mar-normalise', 'mar-csc-access'],
        decides: true,
        history: {
          result: 'adopted',
          value: 14,
          summary:
            'The Washington Communiqué ended the special monitoring: Zimbabwe may trade like any other participant, while still letting civil society into Marange.',
          cite: [cite('zimbabwe-chapter', 27), RECORD.voaDec2012, RECORD.ashton2012],
        },
      },
      {
        id: 'wp12-admin',
        issue: 'administrative-support',
        title: 'Administrative support for the KP',
        statusQuo: 0,
        statusQuoText: NO_OFFICE,
        base: 0,
        preamble: 'On administrative support, the Plenary decides:',
        initialClauses: ['asm-wdc-one-year', 'asm-no-policy'],
        decides: true,
        history: {
          result: 'adopted',
          value: 22,
          summary:
            'The KP accepted the World Diamond Council’s offer of an administrative support mechanism for one year from 1 January 2013.',
          cite: [RECORD.count2012, RECORD.asmDecision, cite('zimbabwe-chapter', 29)],
        },
      },
    ],
    context:
      'The tenth plenary, hosted by the U.S. chair. On the table: the Chair’s definition (the 2012 groundwork text with its reassurances), ' +
      'an end to the special Marange arrangement, and the industry’s offer to run a support office. Cameroon joined in August; Panama, Kazakhstan ' +
      'and Cambodia join now, and the African Diamond Producers Association becomes an observer. Decisions need consensus: one formal objection blocks.',
    contextCite: [
      RECORD.communique2012,
      RECORD.count2012,
      cite('zimbabwe-chapter', 27),
      cite('zimbabwe-chapter', 28),
      RECORD.jckNov2012,
    ],
    events: [
      'ev-cameroon-admitted',
      'ev-new-participants-2012',
      'ev-adpa-observer',
      'ev-chair-vision',
      'ev-sanctions-condemned',
      'ev-asm-offer',
      'ev-washington-communique',
    ],
  },
  {
    id: 'kimberley-intersessional-2013',
    title: 'Kimberley intersessional, June 2013',
    shortName: 'Kimberley',
    place: 'Kimberley, South Africa',
    dates: '4–7 June 2013',
    date: '2013-06',
    kind: 'intersessional',
    chair: 'ZA',
    viceChair: 'CN',
    // Suspended by written procedure on 23 May 2013: the game gives it no seat (see seating).
    absent: ['CF'],
    seating:
      'How many delegations attended is not on record here. The Central African Republic, suspended in May 2013, has no seat in the game.',
    days: 4,
    agenda: [
      definitionItem(
        'ki13-definition',
        false,
        discussed(
          'The review committee’s work on the definition went on; South Africa’s minister urged participants to consider the reform proposals. Nothing was decided.',
          [cite('zimbabwe-chapter', 25), RECORD.sanews2013],
        ),
        'Reviewing the definition (Committee on KP Review)',
      ),
      {
        id: 'ki13-decision-rule',
        issue: 'decision-rule',
        title: 'How the KP decides',
        statusQuo: 0,
        statusQuoText: CONSENSUS,
        base: 0,
        preamble: 'On decision-making:',
        initialClauses: [],
        decides: false,
        history: discussed(
          'Decision-making was among the review committee’s questions in 2013; it found no consensus. Nothing was decided here.',
          [cite('zimbabwe-chapter', 28), cite('zimbabwe-chapter', 16)],
        ),
      },
      {
        id: 'ki13-admin',
        issue: 'administrative-support',
        title: 'The support mechanism after its first months',
        statusQuo: 22,
        statusQuoText: ONE_YEAR_OFFICE,
        base: 22,
        preamble: 'On administrative support:',
        initialClauses: [],
        decides: false,
        history: discussed('The new mechanism had begun work; its future was for the plenary.', [
          cite('zimbabwe-chapter', 29),
          RECORD.communique2012,
        ]),
      },
    ],
    context:
      'South Africa chairs in the KP’s tenth year, with China as vice-chair. Zimbabwe now trades normally, so the storm is over, but — as the ' +
      'civil-society coordinator puts it — every reform is read as being about Zimbabwe. The Central African Republic has just been suspended after a rebel coup. The review committee’s mandate ends this year.',
    contextCite: [
      cite('zimbabwe-chapter', 27),
      cite('zimbabwe-chapter', 25),
      RECORD.sanews2013,
      RECORD.carSuspended2013,
    ],
    events: ['ev-car-suspended'],
  },
  {
    id: 'johannesburg-plenary-2013',
    title: 'Johannesburg plenary, November 2013',
    shortName: 'Johannesburg',
    place: 'Johannesburg, South Africa',
    dates: '19–22 November 2013',
    date: '2013-11',
    kind: 'plenary',
    chair: 'ZA',
    viceChair: 'CN',
    // Croatia joined the European Union on 1 July 2013; from then the EU delegation represents it. The Central African
    // Republic stays suspended (the ban was maintained at this plenary): the game gives it no seat.
    absent: ['HR', 'CF'],
    seating:
      'How many delegations attended is not on record here. The KP then counted 54 participants (81 countries), Mali admitted at this plenary and the suspended Central African Republic among them; the Central African Republic has no seat in the game.',
    days: 4,
    agenda: [
      definitionItem('jp13-definition', true, {
        result: 'not-adopted',
        summary:
          'No text for a new definition could be agreed; the Plenary asked the Chair, participants and observers to keep talking. The coalition names Zimbabwe, ADPA, China, Russia and South Africa among those who rejected it.',
        cite: [cite('zimbabwe-chapter', 28), RECORD.bloomberg2013],
      }),
      {
        id: 'jp13-decision-rule',
        issue: 'decision-rule',
        title: 'How the KP decides: an illustrative draft',
        statusQuo: 0,
        statusQuoText: CONSENSUS,
        base: 0,
        preamble: 'On decision-making, the Plenary decides:',
        // Our illustration of a modest change; no 2013 text on voting is documented. The briefing says so (meetingContext).
        initialClauses: ['dr-vote-admin'],
        decides: true,
        history: {
          result: 'not-adopted',
          summary:
            'The review committee could not reach consensus on decision-making and the Plenary left it to further dialogue. (The draft in the game is an illustration, not a documented proposal; the nearest real one came in 2017, when the Diamond Development Initiative proposed a two-thirds vote after failed consensus.)',
          cite: [cite('zimbabwe-chapter', 28), RECORD.ddi2017],
        },
      },
      {
        id: 'jp13-admin',
        issue: 'administrative-support',
        title: 'Renewing the administrative support mechanism',
        statusQuo: 22,
        statusQuoText: ONE_YEAR_OFFICE,
        base: 22,
        preamble: 'On administrative support, the Plenary decides:',
        initialClauses: ['asm-extend-three-years'],
        decides: true,
        history: {
          result: 'adopted',
          value: 32,
          summary:
            'The World Diamond Council’s mechanism was extended for three years. The coalition’s coordinator counts it among the “easy pickings” that moved while the definition did not.',
          cite: [RECORD.idexAsm2013, cite('zimbabwe-chapter', 29)],
        },
      },
    ],
    context:
      'The eleventh plenary closes South Africa’s year and the review committee’s mandate. The definition and decision-making are back on the ' +
      'table; the support office needs renewing. Croatia now sits within the EU delegation.',
    contextCite: [
      cite('zimbabwe-chapter', 25),
      cite('zimbabwe-chapter', 28),
      cite('zimbabwe-chapter', 29),
      RECORD.communique2013,
      RECORD.croatiaEu2013,
    ],
    events: ['ev-ckr-mandate-ends'],
  },
  {
    id: 'free-play',
    title: 'Free play: a reform plenary',
    shortName: 'Free play',
    place: 'A plenary of your choosing',
    dates: 'Three days',
    date: '2012-11',
    kind: 'free',
    // Botswana chaired the Committee on KP Review in 2012–13, a broker's role between reformers and producers, and as
    // the first producer by value it needs a credible scheme whichever way the definition goes.
    chair: 'BW',
    seating: 'A meeting of the game’s own, with the membership of November 2012.',
    days: 3,
    agenda: [
      definitionItem('fp-definition', true, {
        result: 'not-adopted',
        summary: 'In 2012 and 2013 no new definition was agreed.',
        cite: [cite('zimbabwe-chapter', 28), RECORD.nationalJeweler2012],
      }),
      {
        id: 'fp-decision-rule',
        issue: 'decision-rule',
        title: 'How the KP decides: an illustrative draft',
        statusQuo: 0,
        statusQuoText: CONSENSUS,
        base: 0,
        preamble: 'On decision-making, the Plenary decides:',
        initialClauses: ['dr-vote-admin'],
        decides: true,
        history: {
          result: 'not-adopted',
          summary:
            'In 2013 the review committee found no consensus on decision-making; no text on voting is on record for 2012–13. (The draft in the game is an illustration.)',
          cite: [cite('zimbabwe-chapter', 28)],
        },
      },
      {
        id: 'fp-marange',
        issue: 'marange',
        title: 'Zimbabwe and Marange',
        statusQuo: 75,
        statusQuoText: MARANGE_SUPERVISED,
        base: 75,
        preamble: 'On Zimbabwe and the Marange diamond fields, the Plenary decides:',
        initialClauses: ['mar-normalise', 'mar-csc-access'],
        decides: true,
        history: {
          result: 'adopted',
          value: 14,
          summary: 'In November 2012 Zimbabwe was allowed to trade like any other participant.',
          cite: [cite('zimbabwe-chapter', 27)],
        },
      },
      {
        id: 'fp-transparency',
        issue: 'transparency',
        title: 'Transparency of statistics and reports',
        statusQuo: 20,
        statusQuoText: STATISTICS_PRIVATE,
        base: 20,
        preamble: 'On transparency, the Plenary decides:',
        initialClauses: ['tr-publish-reports'],
        decides: true,
        history: {
          result: 'not-adopted',
          summary:
            'Statistics and monitoring reports stayed on the private side of the website, in the coalition’s account.',
          cite: [cite('zimbabwe-chapter', 14)],
        },
      },
      {
        id: 'fp-admin',
        issue: 'administrative-support',
        title: 'Administrative support',
        statusQuo: 0,
        statusQuoText: NO_OFFICE,
        base: 0,
        preamble: 'On administrative support, the Plenary decides:',
        initialClauses: ['asm-wdc-one-year', 'asm-no-policy'],
        decides: true,
        history: {
          result: 'adopted',
          value: 22,
          summary: 'In November 2012 the KP accepted the industry’s one-year support mechanism.',
          cite: [RECORD.count2012, cite('zimbabwe-chapter', 29)],
        },
      },
    ],
    context:
      'All five reform questions at one plenary of the game’s own, with the membership of November 2012; the game puts Botswana, chair of the review committee, in the chair. ' +
      'Every item is for decision. Try another decision rule and see what changes.',
    contextCite: [RECORD.ckr2012, RECORD.count2012, cite('zimbabwe-chapter', 25)],
    events: [
      'ev-stockpiles-unaudited',
      'ev-finance-minister',
      'ev-election-fears',
      'ev-asm-offer',
      'ev-washington-communique',
      'ev-car-suspended',
      'ev-critics-walk-away',
    ],
  },
];

/** Who sits at a meeting: delegations that had joined by its date, less those absent, split by kind. */
export function attendees(scenario: Scenario): {
  readonly participants: readonly Delegation[];
  readonly observers: readonly Delegation[];
} {
  const absent = new Set(scenario.absent ?? []);
  const seated = DELEGATIONS.filter((d) => d.since <= scenario.date && !absent.has(d.id));
  return {
    participants: seated.filter((d) => d.kind === 'participant'),
    observers: seated.filter((d) => d.kind === 'observer'),
  };
}

/** The drafts a meeting tables that the game made up, each said once with the reason the clause gives. */
function illustrationNotes(sc: Scenario): string[] {
  const byId = new Map(CLAUSES.map((c) => [c.id, c] as const));
  return sc.agenda.flatMap((item) =>
    item.initialClauses
      .map((id) => byId.get(id))
      .filter((c) => c?.illustration)
      .map(
        (c) =>
          `The draft tabled on “${item.title}” is the game’s illustration, not a documented motion. ${c!.illustration}`,
      ),
  );
}

/**
 * What a meeting's briefing says of it: its context; for an intersessional, that it decides nothing; any draft the game
 * made up; and who sits, since the game seats every participant of the day for simplicity.
 */
export function meetingContext(sc: Scenario): string {
  const seated = attendees(sc);
  return [
    sc.context,
    ...(sc.kind === 'intersessional' ? ['An intersessional discusses and decides nothing.'] : []),
    ...illustrationNotes(sc),
    `For simplicity the game seats all ${seated.participants.length} participants of the day and ${seated.observers.length} observers.${sc.seating ? ` ${sc.seating}` : ''}`,
  ].join(' ');
}

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * A meeting's name for tight labels: its city, with the year ('Kimberley 2013') or the month and year
 * ('Kimberley, June 2013') when asked; free play is 'Free play' whatever is asked.
 */
export function meetingShortName(sc: Scenario, when: 'none' | 'year' | 'month' = 'none'): string {
  if (sc.kind === 'free' || when === 'none') return sc.shortName;
  const year = sc.date.slice(0, 4);
  if (when === 'year') return `${sc.shortName} ${year}`;
  return `${sc.shortName}, ${MONTHS[Number(sc.date.slice(5, 7)) - 1]} ${year}`;
}
