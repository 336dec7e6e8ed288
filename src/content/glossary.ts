// Terms a player meets in the game, in our own words, each with where it comes from.
import { RECORD, cite } from './sources';
import type { GlossaryEntry } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Kimberley Process (KP)',
    definition:
      'The forum of governments, industry and civil society that runs the certification scheme for rough diamonds, named after the South African town where talks began in 2000.',
    cite: [RECORD.kimberley2000, RECORD.wdcStructure],
  },
  {
    term: 'Kimberley Process Certification Scheme (KPCS)',
    definition:
      'The scheme itself, in force since 1 January 2003: every shipment of rough diamonds between participants travels with a certificate saying it is free of conflict diamonds.',
    cite: [RECORD.kpcsStart2003],
  },
  {
    term: 'Core Document',
    definition:
      'The founding text of the scheme: its preamble, definitions, minimum requirements and rules on meetings and administration.',
    cite: [RECORD.coreDefinition, RECORD.corePreamble],
  },
  {
    term: 'Conflict diamonds',
    definition:
      'In the Core Document, rough diamonds used by rebel movements or their allies to finance conflict aimed at undermining legitimate governments. Whether to widen this is the game’s main question.',
    cite: [RECORD.coreDefinition, cite('washington-2012', 6)],
  },
  {
    term: 'Rough diamonds',
    definition: 'Diamonds as mined, before cutting and polishing. The scheme certifies only these.',
    cite: [RECORD.coreDefinition],
  },
  {
    term: 'Participant',
    definition:
      'A state, or the European Union for all its member states, that meets the minimum requirements and takes part in decisions. There were 54 after the Washington plenary of 2012.',
    cite: [RECORD.count2012, RECORD.wdcStructure],
  },
  {
    term: 'Observer',
    definition:
      'An organisation that attends, speaks and sits on working groups but does not decide: the World Diamond Council, the Civil Society Coalition, the Diamond Development Initiative and, from 2012, ADPA.',
    cite: [RECORD.wdcStructure, RECORD.communique2012],
  },
  {
    term: 'Plenary',
    definition:
      'The annual meeting of all participants and observers, usually in November, where decisions are taken and a final communiqué is issued.',
    cite: [RECORD.wdcStructure],
  },
  {
    term: 'Intersessional',
    definition:
      'The mid-year meeting hosted by the Chair. It is for discussion and hearing outside organisations, not for decisions.',
    cite: [cite('washington-2012', 2)],
  },
  {
    term: 'Chair',
    definition:
      'An official of the participant chosen to lead the KP for a calendar year; the vice-chair of one year becomes the Chair of the next. The United States chaired in 2012, South Africa in 2013.',
    cite: [RECORD.wdcStructure, RECORD.milovanovicBriefing],
  },
  {
    term: 'Consensus',
    definition:
      'The KP’s way of deciding: a decision stands only if no participant objects. In practice one formal objection blocks.',
    cite: [RECORD.wdcStructure, cite('zimbabwe-chapter', 16)],
  },
  {
    term: 'Formal objection',
    definition:
      'A participant’s statement, when the Chair asks whether there is any objection, that it cannot join the consensus. In the game an AI participant objects when its loss from the draft exceeds the cost of standing out.',
    cite: [RECORD.wdcStructure],
  },
  {
    term: 'Written procedure',
    definition:
      'A decision taken between meetings by correspondence: it passes when the required replies come in and nobody objects in writing. Cameroon was admitted this way in 2012.',
    cite: [RECORD.communique2012, RECORD.carSuspended2013],
  },
  {
    term: 'Final communiqué',
    definition:
      'The statement that closes a plenary and records its decisions; administrative decisions take effect once it is published.',
    cite: [RECORD.wdcStructure, cite('zimbabwe-chapter', 27)],
  },
  {
    term: 'Washington Communiqué',
    definition:
      'The communiqué of the November 2012 plenary, which ended the special Marange arrangement so that Zimbabwe could trade like any other participant.',
    cite: [cite('zimbabwe-chapter', 27), RECORD.communique2012],
  },
  {
    term: 'Committee on KP Review (CKR)',
    definition:
      'The committee set up at Kinshasa in 2011 to review the scheme, the definition included. Botswana chaired it and Canada was vice-chair; its mandate ended in 2013 without agreement on the definition.',
    cite: [cite('zimbabwe-chapter', 25), cite('washington-2012', 7), RECORD.ckr2012],
  },
  {
    term: 'Review mission (review visit)',
    definition:
      'A team of participants, industry and civil society that visits a country to check it meets the minimum requirements. The 2009 mission to Zimbabwe found non-compliance.',
    cite: [cite('zimbabwe-chapter', 21), RECORD.reviewMission2009],
  },
  {
    term: 'Joint Work Plan (JWP)',
    definition:
      'The plan agreed between Zimbabwe and the KP in 2009 to bring Marange up to the minimum requirements, including an independent audit of production and sales.',
    cite: [cite('zimbabwe-chapter', 6), cite('zimbabwe-chapter', 11), RECORD.swakopmund2009],
  },
  {
    term: 'KP Monitor',
    definition:
      'The expert the KP appointed in 2009 to oversee Marange, report on compliance and supervise exports; later a monitoring team reported on individual mines.',
    cite: [RECORD.swakopmund2009, cite('zimbabwe-chapter', 14)],
  },
  {
    term: 'Local Focal Point',
    definition:
      'A civil-society body in Zimbabwe that monitored Marange on the ground and reported to the KP: one of the scheme’s innovations, in the coordinator’s view.',
    cite: [cite('zimbabwe-chapter', 6)],
  },
  {
    term: 'Marange (Chiadzwa)',
    definition:
      'Diamond fields in eastern Zimbabwe. A rush from 2006 was ended by an army operation in October 2008; the fields then became the KP’s hardest case.',
    cite: [cite('zimbabwe-chapter', 19), RECORD.hrw2009],
  },
  {
    term: 'Supervised export mechanism',
    definition:
      'The arrangement under which Marange diamonds could leave only with the KP Monitor’s approval, from certified operations.',
    cite: [cite('zimbabwe-chapter', 22), RECORD.kinshasa2011],
  },
  {
    term: 'Unaudited stockpiles',
    definition:
      'Diamonds the 2010 audit did not physically verify: 357 118.12 carats seized by the police and 56 867 carats at Canadile, according to the coalition’s coordinator.',
    cite: [cite('zimbabwe-chapter', 11)],
  },
  {
    term: 'Annex II',
    definition:
      'The Core Document’s recommendations to participants, among them that cash purchases of rough diamonds go through official banking channels with verifiable documents.',
    cite: [cite('zimbabwe-chapter', 12)],
  },
  {
    term: 'OFAC',
    definition:
      'The U.S. Treasury’s Office of Foreign Assets Control, which administered U.S. sanctions on Zimbabwean diamond firms.',
    cite: [cite('zimbabwe-chapter', 12)],
  },
  {
    term: 'World Diamond Council (WDC)',
    definition:
      'The diamond industry’s body in the KP, an observer. It offered and funded the administrative support mechanism from 2013.',
    cite: [RECORD.wdcStructure, RECORD.communique2012],
  },
  {
    term: 'KP Civil Society Coalition (CSC)',
    definition:
      'The NGOs that take part as an observer — Partnership Africa Canada, ZELA and others. Its coordinator wrote one of the game’s sources.',
    cite: [RECORD.chapterByline, cite('washington-2012', 15)],
  },
  {
    term: 'Partnership Africa Canada (PAC)',
    definition:
      'A Canadian NGO in the coalition; its executive director Bernard Taylor spoke for civil society in Washington in 2012. Renamed IMPACT, it left the KP in December 2017.',
    cite: [cite('washington-2012', 15), RECORD.brisbane2017],
  },
  {
    term: 'ZELA',
    definition:
      'The Zimbabwe Environmental Law Association, whose Shamiso Mtisi, as the coalition’s coordinator, compiled the chapter the game draws on.',
    cite: [RECORD.chapterByline],
  },
  {
    term: 'Diamond Development Initiative (DDI)',
    definition:
      'An NGO observer working on artisanal diamond mining and development. In 2017 it proposed that the KP, failing consensus, decide by a two-thirds vote.',
    cite: [RECORD.ddi, RECORD.ddi2017],
  },
  {
    term: 'African Diamond Producers Association (ADPA)',
    definition:
      'An association of African producing states, based in Angola, admitted as an observer in November 2012.',
    cite: [RECORD.communique2012, cite('zimbabwe-chapter', 28)],
  },
  {
    term: 'Administrative Support Mechanism (ASM)',
    definition:
      'A small support office for the KP. The WDC’s offer to run one for a year was accepted in 2012 and extended for three years in 2013; it does no policy work.',
    cite: [cite('zimbabwe-chapter', 29), RECORD.asmDecision, RECORD.idexAsm2013],
  },
  {
    term: 'Permanent secretariat',
    definition:
      'A standing KP office with its own staff, long demanded by civil society; agreed in 2018 and opened in Gaborone in 2024.',
    cite: [RECORD.cscOpening2012, RECORD.secretariat2024],
  },
  {
    term: 'Artisanal and alluvial mining',
    definition:
      'Small-scale digging, often by hand, in riverbeds and gravels spread over wide areas, and hard to control; the 2012 plenary’s Washington Declaration is about bringing it into the formal economy.',
    cite: [RECORD.washingtonDeclaration, cite('washington-2012', 6)],
  },
  {
    term: 'Washington Declaration',
    definition:
      'A 2012 plenary text on bringing artisanal and small-scale diamond mining into the formal economy and improving internal controls.',
    cite: [RECORD.washingtonDeclaration],
  },
  {
    term: 'UN General Assembly resolution 55/56',
    definition:
      'The 2000 resolution, adopted without a vote, that called for a simple and workable certification scheme and that the Core Document’s definition refers to.',
    cite: [RECORD.unga5556, RECORD.coreDefinition],
  },
  {
    term: 'Internal controls',
    definition:
      'A participant’s own system for tracking rough diamonds from mine to export; weak controls let diamonds be smuggled.',
    cite: [cite('zimbabwe-chapter', 15)],
  },
  {
    term: 'Due diligence',
    definition:
      'Checks a company makes on the human-rights risks in its supply chain; the coordinator points to an OECD track as a parallel route.',
    cite: [cite('zimbabwe-chapter', 30)],
  },
  {
    term: 'Illustration (game term)',
    definition:
      'A game term: a clause, option or event the game made up to show a choice nobody is recorded proposing in 2012–13, such as the voting clauses. Marked “(illustration)” wherever it appears; the sources it lists are context only.',
    cite: [],
  },
  {
    term: 'Salience (game term)',
    definition:
      'How much an issue matters to a delegation, from 0 to 1. High salience: it barely moves and objects readily. A game term: the sources do not use it.',
    cite: [],
  },
  {
    term: 'Groundwork text',
    definition:
      'The draft definition the U.S. Chair laid out in 2012 as a starting point for talks: it reached beyond rebel movements to other armed violence linked to diamonds. In the game it is a clause of the draft.',
    cite: [cite('washington-2012', 8)],
  },
  {
    term: 'Pivot (game term)',
    definition:
      'The deciding vote: the delegation whose support or objection tips the result under a rule. Without it the draft would have gone the other way. A game term: results use it for the rule comparison.',
    cite: [],
  },
  {
    term: 'Compromise point (game term)',
    definition:
      'Where the room would settle if everyone gave ground in proportion to how much they care and how much weight they carry; results say how far the outcome lies from it. A game term from the rules engine.',
    cite: [],
  },
  {
    term: 'Hardens (game term)',
    definition:
      'An argument “hardens” a value (such as sovereignty) when delegations that hold that value dear dig in against it instead of moving towards it. A game term on argument cards.',
    cite: [],
  },
  {
    term: 'Status quo (game term)',
    definition:
      'What stands if nothing is agreed: under consensus a single high-salience delegation that prefers it can keep it. A game term for the rules engine.',
    cite: [],
  },
];
