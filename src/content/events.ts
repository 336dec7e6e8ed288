// Event cards the facilitator can inject (and that belong to the meetings in scenarios.ts). Effects are small and
// concrete: a shift moves current positions (and, in the engine, the anchors) by a few points; a salience change
// makes an issue matter more or less to some actors. Every card is dated in its own words: one injected at a later
// meeting reads as background, in the past tense, not as that meeting's news.
import { RECORD, cite } from './sources';
import { ILLUSTRATION_TAG, type EventCard } from './types';

export const EVENTS: readonly EventCard[] = [
  {
    id: 'ev-review-mission-2009',
    title: 'Review mission to Zimbabwe (2009)',
    text: 'Background: a KP review mission visited Zimbabwe from 30 June to 4 July 2009. It found non-compliance — smuggling, weak controls, poor security at the mines — and, according to the coalition’s coordinator, civil society’s evidence put abuses by security forces into its report too.',
    date: '2009-06',
    effects: [
      { kind: 'shift', issue: 'marange', who: ['reform-west', 'civil-society'], delta: 10 },
      { kind: 'salience', issue: 'marange', who: ['reform-west'], delta: 0.1 },
      { kind: 'shift', issue: 'definition', who: ['civil-society', 'reform-west'], delta: 3 },
    ],
    cite: [cite('zimbabwe-chapter', 21), cite('zimbabwe-chapter', 6), RECORD.reviewMission2009],
  },
  {
    id: 'ev-joint-work-plan',
    title: 'Joint Work Plan and a KP Monitor (2009)',
    text: 'Background: in November 2009 the Swakopmund plenary agreed a Joint Work Plan with Zimbabwe, held Marange exports pending compliance and named a KP Monitor.',
    date: '2009-11',
    effects: [
      { kind: 'shift', issue: 'marange', who: 'all', delta: 5 },
      { kind: 'salience', issue: 'marange', who: ['ZW'], delta: 0.05 },
    ],
    cite: [cite('zimbabwe-chapter', 6), RECORD.swakopmund2009],
  },
  {
    id: 'ev-stockpiles-unaudited',
    title: 'Stockpiles the auditors never saw (2010)',
    text: 'Background: the coalition’s coordinator reports that the September 2010 forensic audit did not physically verify 357 118.12 carats seized by the police, and that 56 867 carats at Canadile were not fully accounted for.',
    date: '2010-09',
    effects: [
      { kind: 'shift', issue: 'marange', who: ['reform-west', 'civil-society', 'development'], delta: 10 },
      { kind: 'salience', issue: 'marange', who: ['civil-society'], delta: 0.05 },
      { kind: 'shift', issue: 'transparency', who: ['reform-west', 'other'], delta: 5 },
    ],
    cite: [cite('zimbabwe-chapter', 11)],
  },
  {
    id: 'ev-civil-society-walkout-2011',
    title: `Civil society walks out ${ILLUSTRATION_TAG}`,
    text: 'The game’s what-if: civil society walks out of this meeting, as the Civil Society Coalition did at the Kinshasa intersessional in June 2011, when the Chair endorsed Marange exports, in a vote of no confidence.',
    date: '2011-06',
    effects: [
      { kind: 'walkout', delegation: 'CSC' },
      { kind: 'shift', issue: 'marange', who: ['african-producers'], delta: -5 },
    ],
    illustration:
      'Nobody walked out of the 2012–13 meetings in the record; the card replays the June 2011 walkout at the meeting being played.',
    cite: [RECORD.cscWalkout2011, cite('zimbabwe-chapter', 24)],
  },
  {
    id: 'ev-kinshasa-plenary',
    title: 'Kinshasa let Zimbabwe sell (2011)',
    text: 'Background: in November 2011 the Kinshasa plenary allowed exports from two Marange operations under a KP monitoring team, to the dismay of the NGOs.',
    date: '2011-11',
    effects: [
      { kind: 'shift', issue: 'marange', who: 'all', delta: -10 },
      { kind: 'salience', issue: 'definition', who: ['civil-society', 'reform-west'], delta: 0.05 },
    ],
    cite: [cite('washington-2012', 3), RECORD.kinshasa2011],
  },
  {
    id: 'ev-global-witness-leaves',
    title: 'Global Witness left the KP (2011)',
    text: 'Background: on 5 December 2011 Global Witness, a founding member of the civil-society coalition, withdrew, saying the scheme had failed to address the links between diamonds, violence and tyranny.',
    date: '2011-12',
    effects: [
      { kind: 'shift', issue: 'definition', who: ['civil-society'], delta: 3 },
      { kind: 'salience', issue: 'definition', who: ['industry', 'reform-west'], delta: 0.05 },
    ],
    cite: [cite('zimbabwe-chapter', 24), RECORD.globalWitness2011],
  },
  {
    id: 'ev-critics-walk-away',
    title: 'The critics walked away (2009–2011)',
    text: 'Background: Ian Smillie quit in 2009, Martin Rapaport had walked away earlier and Global Witness left in December 2011, each, in the coalition coordinator’s account, judging that the scheme had failed to adapt to smuggling, money laundering and abuse.',
    date: '2011-12',
    effects: [
      { kind: 'shift', issue: 'definition', who: ['reform-west', 'industry', 'other'], delta: 5 },
      { kind: 'salience', issue: 'definition', who: ['industry'], delta: 0.05 },
    ],
    cite: [cite('zimbabwe-chapter', 24), RECORD.smillieQuits, RECORD.globalWitness2011],
  },
  {
    id: 'ev-finance-minister',
    title: 'The finance minister’s complaint',
    text: 'Zimbabwe’s finance minister complains that diamond revenue from state-linked mining is not reaching his ministry. Civil society raises it at the Washington intersessional (June 2012).',
    date: '2012-06',
    effects: [
      {
        kind: 'shift',
        issue: 'transparency',
        who: ['reform-west', 'other', 'latin-america', 'civil-society'],
        delta: 8,
      },
      { kind: 'shift', issue: 'marange', who: ['reform-west'], delta: 5 },
    ],
    cite: [cite('washington-2012', 16)],
  },
  {
    id: 'ev-election-fears',
    title: 'Fears of election violence',
    text: 'At the Washington intersessional (June 2012) civil society warns that Zimbabwe’s elections have brought violence before and that diamond money could pay for it again.',
    date: '2012-06',
    effects: [
      { kind: 'shift', issue: 'marange', who: ['reform-west', 'civil-society'], delta: 5 },
      { kind: 'salience', issue: 'marange', who: ['reform-west'], delta: 0.05 },
      { kind: 'shift', issue: 'definition', who: ['civil-society'], delta: 2 },
    ],
    cite: [cite('washington-2012', 16), cite('zimbabwe-chapter', 13)],
  },
  {
    id: 'ev-zimbabwe-will-resist',
    title: 'Harare will resist',
    text: 'As the Washington intersessional opens (June 2012), Zimbabwe’s mines minister says his country will resist every Western effort to redefine conflict diamonds, which the state press calls a bid to tarnish Zimbabwean gems.',
    date: '2012-06',
    effects: [
      { kind: 'salience', issue: 'definition', who: ['ZW', 'african-producers'], delta: 0.05 },
      { kind: 'shift', issue: 'definition', who: ['african-producers'], delta: -3 },
    ],
    cite: [RECORD.herald2012, cite('zimbabwe-chapter', 23)],
  },
  {
    id: 'ev-cameroon-admitted',
    title: 'Cameroon admitted',
    text: 'Cameroon becomes a participant in August 2012 by written procedure.',
    date: '2012-08',
    effects: [{ kind: 'admit', delegation: 'CM' }],
    cite: [RECORD.communique2012],
  },
  {
    id: 'ev-chair-vision',
    title: 'The Chair’s vision statement',
    text: 'In August 2012 the Chair circulates a vision for an updated definition: armed conflict by accepted standards, and systematic violence over time, while isolated incidents stay out.',
    date: '2012-08',
    effects: [
      { kind: 'shift', issue: 'definition', who: ['reform-west', 'other', 'latin-america'], delta: 4 },
      { kind: 'salience', issue: 'definition', who: ['african-producers', 'asian-traders'], delta: 0.05 },
    ],
    cite: [RECORD.visionStatement, cite('washington-2012', 11)],
  },
  {
    id: 'ev-sanctions-condemned',
    title: 'Sanctions condemned at Victoria Falls',
    text: 'At a diamond conference in Victoria Falls (November 2012), South Africa’s minister and Namibia condemn U.S. sanctions on Marange firms as a blow to the whole continent.',
    date: '2012-11',
    effects: [
      { kind: 'shift', issue: 'marange', who: ['african-producers'], delta: -5 },
      { kind: 'salience', issue: 'definition', who: ['african-producers'], delta: 0.05 },
    ],
    cite: [RECORD.miningmxSanctions, cite('zimbabwe-chapter', 12)],
  },
  {
    id: 'ev-asm-offer',
    title: 'The World Diamond Council offers an office',
    text: 'At the Washington plenary (November 2012) the industry offers to provide an administrative support mechanism for the KP for one year.',
    date: '2012-11',
    effects: [
      { kind: 'shift', issue: 'administrative-support', who: 'all', delta: 5 },
      { kind: 'salience', issue: 'administrative-support', who: ['industry'], delta: 0.1 },
    ],
    cite: [RECORD.communique2012, cite('zimbabwe-chapter', 29)],
  },
  {
    id: 'ev-new-participants-2012',
    title: 'Panama, Kazakhstan and Cambodia join',
    text: 'The Washington plenary (November 2012) admits three new participants, bringing the KP to 54 participants representing 80 countries.',
    date: '2012-11',
    effects: [
      { kind: 'admit', delegation: 'PA' },
      { kind: 'admit', delegation: 'KZ' },
      { kind: 'admit', delegation: 'KH' },
    ],
    cite: [RECORD.communique2012, RECORD.count2012],
  },
  {
    id: 'ev-adpa-observer',
    title: 'ADPA becomes an observer',
    text: 'The Washington plenary (November 2012) admits the African Diamond Producers Association as an independent observer. The coalition’s coordinator later names ADPA among those who rejected redefinition.',
    date: '2012-11',
    effects: [
      { kind: 'admit', delegation: 'ADPA' },
      { kind: 'salience', issue: 'definition', who: ['african-producers'], delta: 0.05 },
    ],
    cite: [RECORD.communique2012, cite('zimbabwe-chapter', 28)],
  },
  {
    id: 'ev-washington-communique',
    title: 'Washington Communiqué: Zimbabwe trades normally',
    text: 'The November 2012 communiqué ends the special Marange arrangement: Zimbabwe may trade like any other participant. The coalition’s coordinator later writes that the storm ended, but that every reform was then read as being about Zimbabwe.',
    date: '2012-11',
    effects: [
      { kind: 'shift', issue: 'marange', who: 'all', delta: -15 },
      { kind: 'salience', issue: 'marange', who: 'all', delta: -0.2 },
      { kind: 'salience', issue: 'definition', who: ['african-producers'], delta: 0.05 },
    ],
    cite: [cite('zimbabwe-chapter', 27), RECORD.voaDec2012],
  },
  {
    id: 'ev-car-suspended',
    title: 'The Central African Republic suspended',
    text: 'In May 2013, after the Séléka rebels seized power, the KP suspended the Central African Republic by written procedure: a rebel case that the Core Document definition already covers.',
    date: '2013-05',
    effects: [
      {
        kind: 'shift',
        issue: 'definition',
        who: ['asian-traders', 'african-producers', 'russia-cis'],
        delta: -3,
      },
      { kind: 'salience', issue: 'definition', who: ['reform-west'], delta: -0.05 },
    ],
    cite: [RECORD.carSuspended2013, cite('zimbabwe-chapter', 29)],
  },
  {
    id: 'ev-ckr-mandate-ends',
    title: 'The review committee runs out of time',
    text: 'The Committee on KP Review reaches no agreement on the definition or on decision-making, and its mandate ends at the 2013 plenary; a forum for new ideas is proposed.',
    date: '2013-11',
    effects: [
      { kind: 'salience', issue: 'definition', who: 'all', delta: -0.05 },
      { kind: 'shift', issue: 'decision-rule', who: ['civil-society', 'development'], delta: 5 },
    ],
    cite: [cite('zimbabwe-chapter', 25), cite('zimbabwe-chapter', 28)],
  },
];
