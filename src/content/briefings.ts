// Role cards for the delegations a person can play. Objectives are scored on the final value of an issue
// (the adopted draft's, or the status quo). Where a delegation's stance is inferred from its bloc, the card says so.
//
// Reference points on the scales: definition — the chair's text is 25, the AI floor 19, state forces +15, human
// rights +20; marange — supervised status quo 75, normalisation 14; administrative support — one-year office 22,
// three-year extension 32, permanent secretariat 45+; decision rule — a two-thirds vote on administrative matters 25;
// transparency — status quo 20, published reports 40.
import { RECORD, cite } from './sources';
import type { RoleBriefing } from './types';

const BLOC_NOTE =
  'No statement of its own position on these questions is on record for 2012–13: its stances follow its bloc, and the game says so.';

/** For every role with an objective on decision-making: the drafts it will meet there are the game's. */
export const DECISION_RULE_NOTE =
  'On decision-making, the voting drafts you will meet are the game’s illustration: no 2012–13 proposal to vote is on record, and the review committee found no consensus on the question. The nearest real proposal came in 2017, when the Diamond Development Initiative proposed seeking consensus first, then a two-thirds vote.';

/** For China and Russia: nothing in their own words on the definition is on record for 2012–13. */
const REPORTED_STANCE = (who: string) =>
  `${who} own words on the definition in 2012–13 are not on record here: the stance the game gives you is known through others’ reports (the civil-society coordinator’s chapter, Ian Smillie, the trade press).`;

export const BRIEFINGS: readonly RoleBriefing[] = [
  {
    delegation: 'US',
    whoYouAre:
      'The United States holds the KP chair for the first time (2012). Your Chair has laid a groundwork text on the table that reaches beyond rebel movements, and has reassured doubters that only systematic, mining-related violence is meant. You also want the KP to stop fighting about Zimbabwe and to get an office that gives it continuity.',
    objectives: [
      {
        text: 'Get any wider definition adopted (at least the chair’s text after amendments).',
        issue: 'definition',
        test: { op: 'atLeast', value: 15 },
      },
      {
        text: 'Give the KP administrative support.',
        issue: 'administrative-support',
        test: { op: 'atLeast', value: 20 },
      },
      {
        text: 'Close the Zimbabwe file: end the special Marange arrangement.',
        issue: 'marange',
        test: { op: 'atMost', value: 30 },
      },
    ],
    redLines: [
      'Do not let the definition become a take-it-or-leave-it ultimatum: the Chair promised a text open to amendment.',
      'Keep financial transparency outside certification, as the Chair said in Washington.',
    ],
    allies: ['CA', 'EU', 'AU', 'WDC'],
    opponents: ['ZW', 'CN', 'RU'],
    read: [
      cite('washington-2012', 7),
      cite('washington-2012', 8),
      cite('washington-2012', 11),
      cite('washington-2012', 18),
      RECORD.jckNov2012,
    ],
  },
  {
    delegation: 'ZA',
    whoYouAre: `South Africa is vice-chair in 2012 and Chair in 2013. The civil-society coordinator counts you among those who rejected redefinition, yet your minister says you are behind the reform initiatives. You defend African producers against the charge that their minerals are conflict minerals, and you want your chair year to deliver something. ${DECISION_RULE_NOTE}`,
    objectives: [
      { text: 'Keep any new definition narrow.', issue: 'definition', test: { op: 'atMost', value: 20 } },
      {
        text: 'Renew the support office under your chairmanship.',
        issue: 'administrative-support',
        test: { op: 'atLeast', value: 30 },
      },
      { text: 'Keep consensus.', issue: 'decision-rule', test: { op: 'atMost', value: 10 } },
    ],
    redLines: ['No text that brands African production as suspect.', 'No new pressure on Zimbabwe.'],
    allies: ['NA', 'BW', 'AO', 'ZW', 'CN'],
    opponents: ['CSC'],
    read: [cite('zimbabwe-chapter', 28), RECORD.sanews2013, RECORD.nhlapoAfrica, RECORD.miningmxSanctions],
  },
  {
    delegation: 'ZW',
    whoYouAre: `Zimbabwe: Marange made you the test case of the whole debate. You see the redefinition as a Western attempt to stop your trade, and you want to sell like any other participant, without monitors. Your production reached 12 million carats in 2012. ${DECISION_RULE_NOTE}`,
    objectives: [
      {
        text: 'Keep the Core Document definition unchanged.',
        issue: 'definition',
        test: { op: 'atMost', value: 5 },
      },
      { text: 'Trade like any other participant.', issue: 'marange', test: { op: 'atMost', value: 20 } },
      { text: 'Keep your veto: consensus stays.', issue: 'decision-rule', test: { op: 'atMost', value: 5 } },
    ],
    redLines: ['Any text covering state security forces.', 'Any return of supervision over Marange exports.'],
    allies: ['ZA', 'NA', 'CD', 'AO', 'CN', 'RU', 'ADPA'],
    opponents: ['CSC', 'US', 'CA'],
    read: [
      cite('zimbabwe-chapter', 23),
      cite('zimbabwe-chapter', 27),
      cite('washington-2012', 3),
      RECORD.herald2012,
    ],
  },
  {
    delegation: 'EU',
    whoYouAre:
      'The European Union speaks for 27 member states (28 from 1 July 2013, when Croatia joined) and the world’s largest rough-trading hub. You belong to the western group that wants a stronger human-rights element in the definition, but on Zimbabwe you have been a middle player, insisting on due process and then welcoming the end of the Marange measures.',
    objectives: [
      { text: 'Widen the definition.', issue: 'definition', test: { op: 'atLeast', value: 15 } },
      { text: 'Publish more of the KP’s data.', issue: 'transparency', test: { op: 'atLeast', value: 35 } },
      { text: 'Give the KP an office.', issue: 'administrative-support', test: { op: 'atLeast', value: 20 } },
    ],
    redLines: ['No unilateral decisions that bypass KP procedure.'],
    allies: ['US', 'CA', 'CH', 'NO', 'AU'],
    opponents: ['RU', 'ZW'],
    read: [cite('washington-2012', 6), RECORD.indiaPosition, RECORD.ashton2012, RECORD.brussels2007],
  },
  {
    delegation: 'CN',
    whoYouAre: `China is a large rough importer, a permanent member of the UN Security Council and the KP’s vice-chair in 2013. The coordinator names you among those who rejected redefinition, and the game has you distrust rules that could be used to judge a country’s internal affairs. ${REPORTED_STANCE('China’s')} ${DECISION_RULE_NOTE}`,
    objectives: [
      { text: 'Keep the definition as it is.', issue: 'definition', test: { op: 'atMost', value: 5 } },
      { text: 'Keep consensus.', issue: 'decision-rule', test: { op: 'atMost', value: 10 } },
    ],
    redLines: ['Any wording on human rights as a condition of certification.'],
    allies: ['RU', 'ZW', 'IN', 'ZA'],
    opponents: ['CSC', 'US'],
    read: [cite('zimbabwe-chapter', 28), cite('washington-2012', 6)],
  },
  {
    delegation: 'RU',
    whoYouAre: `Russia is the first producer by volume (34.9 million carats in 2012). In 2009 Ian Smillie reported that the Russians called the KP not a human-rights organisation, and the coordinator counts you among those who rejected redefinition. ${REPORTED_STANCE('Russia’s')} Its own words come later: in 2022 Russia said it had championed the work on the definition while opposing its politicisation. ${DECISION_RULE_NOTE}`,
    objectives: [
      { text: 'Keep the definition as it is.', issue: 'definition', test: { op: 'atMost', value: 5 } },
      {
        text: 'Keep consensus, with no vote of any kind.',
        issue: 'decision-rule',
        test: { op: 'atMost', value: 5 },
      },
      { text: 'Keep mine-level data private.', issue: 'transparency', test: { op: 'atMost', value: 25 } },
    ],
    redLines: ['Any vote that could bind a participant against its will.'],
    allies: ['CN', 'BY', 'ZW'],
    opponents: ['CSC', 'US', 'CA'],
    read: [cite('zimbabwe-chapter', 28), RECORD.smillieRussia, RECORD.russiaOwn2022],
  },
  {
    delegation: 'BW',
    whoYouAre: `Botswana is the first producer by value ($2.98 bn in 2012) and chairs the Committee on KP Review, a broker between reformers and producers. ${BLOC_NOTE}`,
    objectives: [
      {
        text: 'Deliver the uncontroversial reform: an office.',
        issue: 'administrative-support',
        test: { op: 'atLeast', value: 20 },
      },
      {
        text: 'Keep any definition change narrow enough for producers.',
        issue: 'definition',
        test: { op: 'atMost', value: 25 },
      },
    ],
    redLines: ['Nothing that damages consumer confidence in diamonds as a whole.'],
    allies: ['ZA', 'NA', 'WDC'],
    opponents: [],
    read: [RECORD.ckr2012, cite('zimbabwe-chapter', 25), cite('zimbabwe-chapter', 29)],
  },
  {
    delegation: 'CA',
    whoYouAre: `Canada is the third producer by value ($2.0 bn in 2012) and vice-chair of the review committee. In 2011 your foreign minister protested that the Chair’s Marange notice broke KP rules. Your definition stance is inferred from the western group: no 2012–13 Canadian text is on record.`,
    objectives: [
      { text: 'Widen the definition clearly.', issue: 'definition', test: { op: 'atLeast', value: 20 } },
      {
        text: 'Keep some check on Marange (civil-society access at least).',
        issue: 'marange',
        test: { op: 'atLeast', value: 14 },
      },
    ],
    redLines: ['No decision taken outside KP rules and procedures.'],
    allies: ['US', 'EU', 'AU', 'CSC'],
    opponents: ['ZW'],
    read: [RECORD.baird2011, cite('washington-2012', 10), cite('zimbabwe-chapter', 11)],
  },
  {
    delegation: 'IN',
    whoYouAre:
      'India is the cutting centre of the world: $14.3 bn of rough imports and 1.3 million jobs. Your industry calls you a “middle country” walking a tightrope, and the trade press reported that you threw cold water on a stronger human-rights definition.',
    objectives: [
      { text: 'Keep any widening small.', issue: 'definition', test: { op: 'atMost', value: 20 } },
      { text: 'Keep trading data confidential.', issue: 'transparency', test: { op: 'atMost', value: 30 } },
    ],
    redLines: ['Nothing that splits certificates into first and second class.'],
    allies: ['CN', 'AE', 'IL', 'WDC'],
    opponents: ['CSC'],
    read: [RECORD.indiaPosition, RECORD.indiaTrade, cite('washington-2012', 6)],
  },
  {
    delegation: 'AO',
    whoYouAre: `Angola is the fourth producer by value ($1.11 bn in 2012), a founder and host of the African Diamond Producers Association, and a former rebel-diamond war zone. ${BLOC_NOTE} ${DECISION_RULE_NOTE}`,
    objectives: [
      { text: 'Keep the definition narrow.', issue: 'definition', test: { op: 'atMost', value: 20 } },
      { text: 'Keep consensus.', issue: 'decision-rule', test: { op: 'atMost', value: 10 } },
    ],
    redLines: ['No text that treats African production as suspect.'],
    allies: ['ZA', 'ZW', 'NA', 'ADPA'],
    opponents: ['CSC'],
    read: [cite('zimbabwe-chapter', 28), RECORD.nhlapoAfrica],
  },
  {
    delegation: 'CD',
    whoYouAre:
      'The Democratic Republic of the Congo chaired the KP in 2011: your Chair authorised Marange exports and hosted the Kinshasa plenary that let Zimbabwe sell. You mine more carats than almost anyone, mostly low-value alluvial stones. Your definition stance follows the African producers’ bloc.',
    objectives: [
      { text: 'End the special Marange arrangement.', issue: 'marange', test: { op: 'atMost', value: 20 } },
      { text: 'Keep the definition narrow.', issue: 'definition', test: { op: 'atMost', value: 20 } },
    ],
    redLines: ['No measure against a participant without verification and due process.'],
    allies: ['ZW', 'ZA', 'AO'],
    opponents: ['CSC'],
    read: [RECORD.yamba2011, cite('washington-2012', 3)],
  },
  {
    delegation: 'NA',
    whoYouAre:
      'Namibia chaired the KP in 2009; its Chair said then, as Ian Smillie reported, that the KP is not a human-rights organisation — that is what the UN is for. In November 2012 you condemned U.S. sanctions over Marange.',
    objectives: [
      {
        text: 'Keep the definition close to what it is.',
        issue: 'definition',
        test: { op: 'atMost', value: 10 },
      },
      { text: 'End the special Marange arrangement.', issue: 'marange', test: { op: 'atMost', value: 20 } },
    ],
    redLines: ['Human rights as a condition of certification.'],
    allies: ['ZA', 'ZW', 'BW'],
    opponents: ['CSC'],
    read: [RECORD.smillieIdc, RECORD.miningmxSanctions],
  },
  {
    delegation: 'AE',
    whoYouAre: `The United Arab Emirates run the Dubai trading hub ($5.9 bn of rough exports in 2011). ${BLOC_NOTE}`,
    objectives: [
      {
        text: 'Keep the rules simple for trade: no wide definition.',
        issue: 'definition',
        test: { op: 'atMost', value: 25 },
      },
      { text: 'Keep trading data confidential.', issue: 'transparency', test: { op: 'atMost', value: 30 } },
    ],
    redLines: ['Certificates that differ in legitimacy.'],
    allies: ['IN', 'IL', 'WDC'],
    opponents: [],
    read: [RECORD.trade2011, RECORD.unga5556],
  },
  {
    delegation: 'SL',
    whoYouAre: `Sierra Leone is the country whose civil war made “blood diamonds” known; the scheme was built after it. You are an alluvial producer with little leverage and much at stake in development. ${BLOC_NOTE}`,
    objectives: [
      {
        text: 'A definition that moves at least a little.',
        issue: 'definition',
        test: { op: 'atLeast', value: 10 },
      },
      {
        text: 'An office that helps small administrations.',
        issue: 'administrative-support',
        test: { op: 'atLeast', value: 20 },
      },
    ],
    redLines: ['Nothing that puts legitimate alluvial exports under suspicion.'],
    allies: ['LR', 'GN', 'DDI'],
    opponents: [],
    read: [cite('zimbabwe-chapter', 10), cite('zimbabwe-chapter', 13)],
  },
  {
    delegation: 'CSC',
    whoYouAre:
      'You are the KP Civil Society Coalition (Partnership Africa Canada, ZELA and others): an observer with a voice but no vote. Your coordinator argues the definition is outdated, that Marange was the modern face of conflict diamonds and that the stockpiles were never accounted for. You can speak, caucus and walk out; you cannot block.',
    objectives: [
      {
        text: 'A definition that covers state forces.',
        issue: 'definition',
        test: { op: 'atLeast', value: 40 },
      },
      { text: 'Keep supervision of Marange.', issue: 'marange', test: { op: 'atLeast', value: 60 } },
      {
        text: 'Publish the KP’s reports and data.',
        issue: 'transparency',
        test: { op: 'atLeast', value: 40 },
      },
      { text: 'A KP office.', issue: 'administrative-support', test: { op: 'atLeast', value: 20 } },
    ],
    redLines: ['Pretending that failure is success.'],
    allies: ['DDI', 'CA', 'US', 'EU'],
    opponents: ['ZW', 'ADPA', 'CN', 'RU'],
    read: [
      cite('zimbabwe-chapter', 10),
      cite('zimbabwe-chapter', 11),
      cite('zimbabwe-chapter', 14),
      cite('zimbabwe-chapter', 19),
      cite('washington-2012', 16),
    ],
  },
  {
    delegation: 'WDC',
    whoYouAre:
      'You are the World Diamond Council, the industry’s observer. Your May 2012 resolution backed discussing a wider definition on the basis of “diamond-related violence in rough diamond producing and trading areas” and called the Chair’s proposal a good basis; you praised the Chair for ending years of mistrust, and you offer to run an administrative support mechanism. You speak but cannot block.',
    objectives: [
      {
        text: 'Get the support mechanism adopted.',
        issue: 'administrative-support',
        test: { op: 'atLeast', value: 20 },
      },
      {
        text: 'Settle Zimbabwe so that certificates are trusted.',
        issue: 'marange',
        test: { op: 'atMost', value: 30 },
      },
      {
        text: 'A clearer, modestly wider definition.',
        issue: 'definition',
        test: { op: 'atLeast', value: 10 },
      },
    ],
    redLines: ['Anything that splits certificates into more and less legitimate.'],
    allies: ['US', 'BW', 'IN', 'AE'],
    opponents: [],
    read: [cite('washington-2012', 4), RECORD.wdcVicenza, RECORD.communique2012],
  },
  {
    delegation: 'DDI',
    whoYouAre:
      'You are the Diamond Development Initiative, an observer working with artisanal diggers. You care more about miners’ welfare and development than about the wording of the definition. No 2012–13 DDI statement on these questions is on record: your stances follow the development bloc’s profile, and your decision-rule stance is inferred from later (2017) proposals.',
    objectives: [
      { text: 'Data that serve development.', issue: 'transparency', test: { op: 'atLeast', value: 40 } },
      { text: 'A KP office.', issue: 'administrative-support', test: { op: 'atLeast', value: 20 } },
    ],
    redLines: ['Rules that push artisanal miners out of the legal trade.'],
    allies: ['CSC', 'SL'],
    opponents: [],
    read: [cite('zimbabwe-chapter', 13), RECORD.ddi],
  },
  {
    delegation: 'ADPA',
    whoYouAre:
      'You are the African Diamond Producers Association, an observer from November 2012. The coordinator names you among those who rejected redefinition. You speak for African producers but cannot block.',
    objectives: [
      { text: 'Keep the definition as it is.', issue: 'definition', test: { op: 'atMost', value: 5 } },
    ],
    redLines: ['A definition that stigmatises African diamonds.'],
    allies: ['AO', 'ZA', 'ZW', 'NA'],
    opponents: ['CSC'],
    read: [cite('zimbabwe-chapter', 28), RECORD.communique2012],
  },
];
