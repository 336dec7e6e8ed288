// The clauses drafts are built from, for all five issues. A draft's value is its agenda item's base plus the
// clauses' effects (clamped to 0..100). Verbatim only for definition texts under debate (`verbatim: true`);
// everything else is our own wording.
//
// Calibration notes (the rules engine: AI participants with salience ≥ 0.5 amend when one clause moves the draft more
// than 4 points toward them):
// - definition: the chair's text is the U.S. groundwork (+40) with the two reassurances (−8, −7) = 25. The four
//   narrowing clauses add up to −25, so while the groundwork stands no draft falls below 15: Zimbabwe (anchor 0,
//   salience 0.95) still loses more than 10 and objects. AI opponents stop at 19 (the last narrowing clause, −4,
//   gains them exactly 4 points, not more).
// - marange: from the supervised status quo (75), normalisation (−65) plus civil-society access (+4) = 14. Every clause
//   that would take the draft lower excludes normalisation, and striking the access clause gains at most 4 points, so
//   no AI amends the historical draft.
// - administrative-support and decision-rule: see the notes beside each clause.
import { RECORD, cite } from './sources';
import { ILLUSTRATION_TAG, type Clause } from './types';

/** Why the decision-rule clauses are the game's: said once, carried by each of them. */
const NO_VOTING_PROPOSAL =
  'No 2012–13 proposal to vote is on record: the review committee found no consensus on decision-making (Mtisi chapter, para 28). ' +
  'The nearest real proposal came in 2017, when the Diamond Development Initiative proposed seeking consensus first, then a ' +
  'two-thirds vote, and votes for observers.';

/** The Core Document definition of conflict diamonds, verbatim (Section I): the status quo text under debate. */
export const CORE_DEFINITION_TEXT =
  'rough diamonds used by rebel movements or their allies to finance conflict aimed at undermining legitimate ' +
  'governments, as described in relevant United Nations Security Council (UNSC) resolutions insofar as they remain in ' +
  'effect, or in other similar UNSC resolutions which may be adopted in the future, and as understood and recognised ' +
  'in United Nations General Assembly (UNGA) Resolution 55/56, or in other similar UNGA resolutions which may be ' +
  'adopted in future';

export const CLAUSES: readonly Clause[] = [
  // ------------------------------------------------------------------ definition (0 = Core Document text)
  {
    id: 'def-core-text',
    issue: 'definition',
    label: 'Core Document text (rebel movements)',
    text: CORE_DEFINITION_TEXT,
    verbatim: true,
    effect: 0,
    excludes: ['def-us-groundwork'],
    cite: [RECORD.coreDefinition, cite('zimbabwe-chapter', 19)],
  },
  {
    id: 'def-us-groundwork',
    issue: 'definition',
    label: 'U.S. groundwork text (2012)',
    // The report prints “arm conflict”; the game restores the evident word, and the summary of ¶8 says so.
    text: 'rough diamonds used to finance or otherwise directly relate to armed conflict or other situations of violence',
    verbatim: true,
    effect: 40,
    excludes: ['def-core-text'],
    cite: [cite('washington-2012', 8)],
  },
  {
    id: 'def-beyond-rebels',
    issue: 'definition',
    label: 'Not only rebels',
    text: ', whoever uses them: rebel groups seeking to overthrow a government are one case among others',
    effect: 8,
    cite: [cite('washington-2012', 10)],
  },
  {
    id: 'def-mining-related',
    issue: 'definition',
    label: 'Mining-related violence only (chair’s reassurance)',
    text: ', provided the violence is linked to the mining or trade of rough diamonds; violence unrelated to the diamond sector is not covered',
    effect: -8,
    cite: [cite('washington-2012', 11)],
  },
  {
    id: 'def-systematic',
    issue: 'definition',
    label: 'Systematic, not one-off (chair’s reassurance)',
    text: ', and only where that violence is systematic rather than a one-off incident',
    effect: -7,
    cite: [cite('washington-2012', 11), RECORD.proposalLimits],
  },
  {
    id: 'def-no-rights-mandate',
    issue: 'definition',
    label: 'No human-rights or transparency mandate as such',
    text: '. This definition does not make human rights, financial transparency or economic development as such a condition of certification',
    effect: -6,
    excludes: ['def-human-rights', 'def-governance'],
    cite: [cite('washington-2012', 14), RECORD.proposalLimits],
  },
  {
    id: 'def-site-by-site',
    issue: 'definition',
    label: 'Site by site, assist not punish',
    text: '. Any measure applies to the affected mining site only and aims to assist and resolve, not to punish the participant',
    effect: -4,
    cite: [RECORD.victoriaFalls2012],
  },
  {
    id: 'def-state-forces',
    issue: 'definition',
    label: 'Violence by state security forces',
    text: ', including violence committed by state security forces such as the army or police',
    effect: 15,
    cite: [cite('zimbabwe-chapter', 10), cite('zimbabwe-chapter', 19), cite('zimbabwe-chapter', 23)],
  },
  {
    id: 'def-private-security',
    issue: 'definition',
    label: 'Violence by private security guards',
    text: ', or by private security guards employed by mining companies',
    effect: 10,
    cite: [cite('zimbabwe-chapter', 10), cite('zimbabwe-chapter', 19)],
  },
  {
    id: 'def-human-rights',
    issue: 'definition',
    label: 'Systematic human-rights violations',
    text: ', and rough diamonds connected with systematic and gross violations of human rights in mining areas',
    effect: 20,
    excludes: ['def-no-rights-mandate'],
    cite: [cite('zimbabwe-chapter', 10), cite('zimbabwe-chapter', 23), RECORD.corePreamble],
  },
  {
    id: 'def-governance',
    issue: 'definition',
    label: `Diverted revenue, a governance risk ${ILLUSTRATION_TAG}`,
    text: ', and rough diamonds whose proceeds escape official banking channels and public accounts where this risks financing violence',
    effect: 10,
    excludes: ['def-no-rights-mandate'],
    illustration:
      'Nobody proposed this wording. It turns two documented concerns into a clause: Taylor’s that diamond revenue missing from Zimbabwe’s treasury could fund election violence (¶16), and the chapter’s on cash outside banking channels (¶12).',
    cite: [cite('washington-2012', 16), cite('zimbabwe-chapter', 12)],
  },
  // ------------------------------------------------------------------ decision-rule (0 = consensus as now)
  {
    id: 'dr-vote-admin',
    issue: 'decision-rule',
    label: `Two-thirds vote on administrative matters ${ILLUSTRATION_TAG}`,
    text: 'Where consultations fail to produce consensus on an administrative or procedural matter, the Plenary may decide it by a two-thirds majority of participants.',
    // +25: a real but limited change; Russia and CIS members (anchor 0, salience 0.7) lose 0.7 × 25 > 10 and object.
    effect: 25,
    illustration: `A modest example of a change to consensus. ${NO_VOTING_PROPOSAL}`,
    // Context: the chapter on slow consensus (¶16) and the committee's deadlock on decision-making (¶28); DDI in 2017.
    cite: [cite('zimbabwe-chapter', 16), cite('zimbabwe-chapter', 28), RECORD.ddi2017],
  },
  {
    id: 'dr-vote-compliance',
    issue: 'decision-rule',
    label: `Compliance decisions without the participant concerned ${ILLUSTRATION_TAG}`,
    text: 'A decision on whether a participant complies with the minimum requirements is taken without that participant’s objection counting.',
    effect: 25,
    illustration: `Suggested by the Zimbabwe case, where the participant concerned could hold up a decision about itself. ${NO_VOTING_PROPOSAL}`,
    cite: [cite('zimbabwe-chapter', 16)],
  },
  {
    id: 'dr-vote-core',
    issue: 'decision-rule',
    label: `Qualified majority for Core Document amendments ${ILLUSTRATION_TAG}`,
    text: 'Amendments to the Core Document, the definition included, may be adopted by a three-quarters majority after a year without consensus.',
    effect: 30,
    excludes: ['dr-core-by-consensus'],
    illustration: `The game’s example of a way round a deadlocked definition. ${NO_VOTING_PROPOSAL}`,
    cite: [cite('zimbabwe-chapter', 28), cite('zimbabwe-chapter', 16)],
  },
  {
    id: 'dr-observer-vote',
    issue: 'decision-rule',
    label: `Observers counted in votes ${ILLUSTRATION_TAG}`,
    text: 'Where a vote is taken, the industry and civil-society observers each cast one vote.',
    effect: 10,
    illustration: `Context: the chapter on civil society not treated as an equal partner (¶17). ${NO_VOTING_PROPOSAL}`,
    cite: [cite('zimbabwe-chapter', 17), RECORD.ddi2017],
  },
  {
    id: 'dr-core-by-consensus',
    issue: 'decision-rule',
    label: `Core Document stays under consensus ${ILLUSTRATION_TAG}`,
    text: 'Amendments to the Core Document itself still require consensus.',
    // −5 only: the AI opponents add it (gain 5), which leaves a vote clause at 20, still blocked (0.7 × 20 = 14 > 10).
    effect: -5,
    excludes: ['dr-vote-core'],
    illustration: `A safeguard the game offers against its own voting clauses; the source says only that the KP decides by consensus. ${NO_VOTING_PROPOSAL}`,
    cite: [RECORD.wdcStructure],
  },
  // ------------------------------------------------------------------ marange (0 = trade like any participant)
  {
    id: 'mar-normalise',
    issue: 'marange',
    label: 'Normalise: exports without supervision',
    text: 'Zimbabwe may export from the certified Marange mines without supervision: the special monitoring arrangement agreed at Kinshasa ends.',
    effect: -65,
    excludes: ['mar-all-operations', 'mar-suspend-exports'],
    cite: [cite('zimbabwe-chapter', 27), cite('washington-2012', 3)],
  },
  {
    id: 'mar-csc-access',
    issue: 'marange',
    label: 'Civil-society access to Marange',
    text: 'Zimbabwe continues to give the civil-society Local Focal Point access to the Marange fields.',
    // +4 only: striking it gains Zimbabwe exactly 4 points, below the amendment threshold, so the historical draft holds.
    effect: 4,
    cite: [cite('zimbabwe-chapter', 6), RECORD.voaDec2012],
  },
  {
    id: 'mar-stockpile-verification',
    issue: 'marange',
    label: 'Verify the stockpiles first',
    text: 'The 357 118.12 carats seized by the police and the 56 867 carats held at Canadile are physically verified and accounted for before supervision ends.',
    effect: 20,
    cite: [cite('zimbabwe-chapter', 11)],
  },
  {
    id: 'mar-banking-channels',
    issue: 'marange',
    label: 'Sales through official banks',
    text: 'Marange sales are paid through official banking channels, with verifiable documents, as Annex II recommends.',
    effect: 6,
    cite: [cite('zimbabwe-chapter', 12)],
  },
  {
    id: 'mar-revenue-to-treasury',
    issue: 'marange',
    label: 'Revenue reported to the treasury',
    text: 'Zimbabwe reports what the treasury receives from Marange sales.',
    effect: 5,
    cite: [cite('washington-2012', 16), cite('zimbabwe-chapter', 13)],
  },
  {
    id: 'mar-review-visit',
    issue: 'marange',
    label: `A review visit within a year ${ILLUSTRATION_TAG}`,
    text: 'A KP review visit returns to Marange within twelve months.',
    effect: 8,
    illustration:
      'Nobody proposed a new visit in 2012–13. Context: the chapter credits the review missions (¶6), and missions did visit Zimbabwe in 2009 and 2010.',
    cite: [cite('zimbabwe-chapter', 6), RECORD.reviewMission2009, RECORD.followUpMission2010],
  },
  {
    id: 'mar-all-operations',
    issue: 'marange',
    label: `All Marange operations may export ${ILLUSTRATION_TAG}`,
    text: 'Every Marange operation may export under the monitoring team, not only the two certified at Kinshasa.',
    effect: -15,
    excludes: ['mar-normalise', 'mar-suspend-exports'],
    illustration:
      'A middle option the game offers between supervision and normalisation. Context: Kinshasa (November 2011) let two Marange operations export under a monitoring team.',
    cite: [cite('washington-2012', 3), RECORD.kinshasa2011],
  },
  {
    id: 'mar-suspend-exports',
    issue: 'marange',
    label: `Suspend Marange exports ${ILLUSTRATION_TAG}`,
    text: 'Exports from Marange are suspended until the unaudited stockpiles are accounted for.',
    effect: 25,
    excludes: ['mar-normalise', 'mar-all-operations'],
    illustration:
      'No return to the embargo was proposed in 2012–13. Context: the chapter on the unverified stockpiles (¶11) and on the 2009 embargo (¶22).',
    cite: [cite('zimbabwe-chapter', 11), cite('zimbabwe-chapter', 22)],
  },
  // ------------------------------------------------------------------ transparency (0 = statistics and reports private)
  {
    id: 'tr-publish-reports',
    issue: 'transparency',
    label: 'Publish monitoring and review reports',
    text: 'Review-visit and monitoring reports move to the public side of the KP website.',
    effect: 20,
    cite: [cite('zimbabwe-chapter', 14)],
  },
  {
    id: 'tr-mine-level',
    issue: 'transparency',
    label: 'Mine-level production data',
    text: 'Production and export statistics are published by mine and by company.',
    effect: 25,
    cite: [cite('zimbabwe-chapter', 14)],
  },
  {
    id: 'tr-buyers-and-prices',
    issue: 'transparency',
    label: 'Who bought, for how much',
    text: 'Published figures show who bought the diamonds and how much was realised.',
    effect: 15,
    cite: [cite('zimbabwe-chapter', 14)],
  },
  {
    id: 'tr-revenue-reporting',
    issue: 'transparency',
    label: 'Diamond revenue reported',
    text: 'Participants report what their treasuries receive from diamond sales.',
    effect: 10,
    cite: [cite('washington-2012', 16), cite('zimbabwe-chapter', 13)],
  },
  {
    id: 'tr-commercial-confidentiality',
    issue: 'transparency',
    label: `Commercial confidentiality ${ILLUSTRATION_TAG}`,
    text: 'Company figures stay confidential where a company shows they are commercially sensitive.',
    effect: -8,
    illustration:
      'Nobody proposed this wording. Context: the chapter reports only that the Marange companies declined to disclose their figures (¶14), not why.',
    cite: [cite('zimbabwe-chapter', 14)],
  },
  {
    id: 'tr-not-kp-business',
    issue: 'transparency',
    label: 'Fiscal matters outside the KP',
    text: 'Revenue and contract transparency remain matters for each participant, outside the Certification Scheme.',
    effect: -8,
    excludes: ['tr-revenue-reporting'],
    cite: [cite('washington-2012', 14), cite('zimbabwe-chapter', 13)],
  },
  // ------------------------------------------------------------------ administrative-support (0 = none)
  {
    id: 'asm-wdc-one-year',
    issue: 'administrative-support',
    label: 'Accept the WDC’s offer for one year',
    text: 'The KP accepts the World Diamond Council’s offer to provide an administrative support mechanism for one year from 1 January 2013.',
    // +25: with the no-policy clause the draft is 22; a participant anchored at 0 would need salience above 0.45 to
    // object (0.45 × 22 ≈ 10). Nobody is there, as in history.
    effect: 25,
    excludes: ['asm-extend-three-years'],
    cite: [RECORD.count2012, cite('zimbabwe-chapter', 29)],
  },
  {
    id: 'asm-no-policy',
    issue: 'administrative-support',
    label: 'Strictly administrative, no policy work',
    text: 'The mechanism performs no policy work: its services are strictly administrative.',
    effect: -3,
    cite: [RECORD.asmDecision],
  },
  {
    id: 'asm-extend-three-years',
    issue: 'administrative-support',
    label: 'Extend the mechanism three years',
    text: 'The World Diamond Council’s administrative support mechanism is extended for three further years.',
    effect: 10,
    excludes: ['asm-wdc-one-year'],
    cite: [RECORD.idexAsm2013, cite('zimbabwe-chapter', 29)],
  },
  {
    id: 'asm-participant-funding',
    issue: 'administrative-support',
    label: `Participants share the cost ${ILLUSTRATION_TAG}`,
    text: 'Participants contribute to the running costs of the office each year.',
    effect: 20,
    illustration:
      'Nobody proposed this in 2012–13: the industry offered to provide the support office (context). Funding from participants and donors came up later, when the 2017 Brisbane plenary asked its review committee to examine a secretariat and a voluntary multi-donor fund.',
    cite: [RECORD.count2012, RECORD.communique2017],
  },
  {
    id: 'asm-permanent-secretariat',
    issue: 'administrative-support',
    label: 'A permanent secretariat',
    text: 'The KP establishes a permanent secretariat with its own staff and seat.',
    effect: 45,
    cite: [cite('zimbabwe-chapter', 29), RECORD.cscOpening2012],
  },
];
