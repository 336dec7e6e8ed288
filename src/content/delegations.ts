// Every seat at the 2012–2013 meetings: the 54 participants of November 2012 (the European Union counted once), Mali
// (admitted in November 2013) and the four observers. Named states take a 'documented' stance only where a source supports it; everyone else follows its
// bloc's profile, built once in BLOC_PROFILES and applied by `follow` so the numbers live in one place.
//
// Calibration (see DESIGN §3 and the rules engine):
// - An AI participant formally objects under consensus iff salience × (|y − x| − |SQ − x|) > κ, κ = 2 + 8 × (1 − share
//   of others objecting): a lone objector needs a loss above 10 points.
// - An AI participant with salience ≥ 0.5 amends the draft toward its position (one clause per turn, gain > 4 points);
//   observers never amend. Below 0.45 it does not ask for the floor.
// - Drafts on the table in the history (scenarios.ts): definition ≈ 25 (floor 19 after the AI opponents' amendments,
//   status quo 0); Marange normalisation 14 against a supervised status quo of 75; administrative support 22 against 0
//   (2012) and 32 against 22 (2013); decision rule 25 (floor 20) against 0.
import { RECORD, cite } from './sources';
import {
  ISSUE_IDS,
  type BlocId,
  type Citation,
  type Delegation,
  type Interest,
  type IssueId,
  type Production,
  type Stance,
} from './types';

type Interests = Readonly<Record<Interest, number>>;

/** A bloc's default stance on one issue; `note` gives the reason for the numbers. */
export interface BlocStance {
  readonly anchor: number;
  readonly salience: number;
  readonly openness: number;
  readonly note: string;
}

export interface BlocProfile {
  readonly bloc: BlocId;
  readonly label: string;
  readonly interests: Interests;
  readonly stances: Readonly<Record<IssueId, BlocStance>>;
}

const bs = (anchor: number, salience: number, openness: number, note: string): BlocStance => ({
  anchor,
  salience,
  openness,
  note,
});

export const BLOC_PROFILES: Readonly<Record<BlocId, BlocProfile>> = {
  'reform-west': {
    bloc: 'reform-west',
    label: 'Western reform group',
    interests: { sovereignty: 0.3, 'human-rights': 0.8, trade: 0.6, development: 0.5, rules: 0.8 },
    stances: {
      definition: bs(
        60,
        0.4,
        0.3,
        'pushed for a wider definition (washington-2012 ¶6–10). Salience 0.4, below 0.5: the 2012 Chair said approval was not the aim that year (JCK), so AI members argue for it but do not rewrite the draft.',
      ),
      'decision-rule': bs(
        35,
        0.25,
        0.35,
        'no 2012–13 proposal to change consensus is on record; mild sympathy for votes on some matters, low salience.',
      ),
      marange: bs(
        45,
        0.15,
        0.3,
        'a hard line on Marange in 2010–11 had softened by late 2012. Salience 0.15 keeps any loss from normalisation below 0.15 × 61 ≈ 9 points: no objection.',
      ),
      transparency: bs(
        55,
        0.3,
        0.35,
        'favours published statistics (the EU published them as 2007 chair); not a priority.',
      ),
      'administrative-support': bs(
        50,
        0.3,
        0.35,
        'supports a small support office; salience 0.3 (any loss ≤ 0.3 × 22 < 10, so never an objection).',
      ),
    },
  },
  'african-producers': {
    bloc: 'african-producers',
    label: 'Southern and Central African producers',
    interests: { sovereignty: 0.9, 'human-rights': 0.3, trade: 0.8, development: 0.8, rules: 0.5 },
    stances: {
      definition: bs(
        10,
        0.6,
        0.15,
        'African countries resisted redefinition (washington-2012 ¶6; zimbabwe-chapter ¶23). Salience 0.6: AI members amend toward a narrower text; at the chair’s text (25) their loss is 0.6 × 5 = 3, far below the blocking cost, so the documented opponents carry the objection.',
      ),
      'decision-rule': bs(
        5,
        0.55,
        0.15,
        'consensus protects producers’ sovereignty; salience 0.55 makes them amend toward safeguards but not block alone (a vote clause at 25 costs them 0.55 × 15 ≈ 8 < 10).',
      ),
      marange: bs(
        10,
        0.45,
        0.15,
        'regional solidarity with Zimbabwe; salience 0.45 (below 0.5): speaks for normalisation but does not amend it.',
      ),
      transparency: bs(
        15,
        0.45,
        0.2,
        'producers guard commercial and fiscal information; moderate salience.',
      ),
      'administrative-support': bs(
        30,
        0.25,
        0.3,
        'accepts a strictly administrative office; low salience, so no objection to a one-year mechanism.',
      ),
    },
  },
  'african-alluvial': {
    bloc: 'african-alluvial',
    label: 'West and Central African alluvial producers',
    interests: { sovereignty: 0.6, 'human-rights': 0.5, trade: 0.6, development: 0.9, rules: 0.5 },
    stances: {
      definition: bs(
        25,
        0.3,
        0.35,
        'inferred: post-conflict producers whose wars gave rise to the scheme (zimbabwe-chapter ¶10), yet most African members resisted; a middle anchor with low salience, open to argument.',
      ),
      'decision-rule': bs(
        20,
        0.3,
        0.35,
        'no recorded position; small participants with little leverage under any rule.',
      ),
      marange: bs(30, 0.2, 0.35, 'no recorded position; low salience.'),
      transparency: bs(
        35,
        0.25,
        0.35,
        'development of mining communities matters more than secrecy; low salience.',
      ),
      'administrative-support': bs(
        40,
        0.25,
        0.35,
        'small administrations gain from a support office; low salience.',
      ),
    },
  },
  'asian-traders': {
    bloc: 'asian-traders',
    label: 'Asian and Middle Eastern cutting and trading centres',
    interests: { sovereignty: 0.7, 'human-rights': 0.3, trade: 0.9, development: 0.4, rules: 0.6 },
    stances: {
      definition: bs(
        15,
        0.35,
        0.3,
        'Asian countries resisted (washington-2012 ¶6), but smaller trading participants had little at stake: anchor just above the status quo, low salience, so a modest text beats the status quo for them under a vote.',
      ),
      'decision-rule': bs(
        5,
        0.5,
        0.2,
        'keeps the consensus veto; amends toward safeguards but does not block alone.',
      ),
      marange: bs(15, 0.3, 0.25, 'traders want certified goods to flow; low salience.'),
      transparency: bs(15, 0.4, 0.25, 'commercial confidentiality of trading data; moderate salience.'),
      'administrative-support': bs(30, 0.25, 0.3, 'accepts an industry-funded office; low salience.'),
    },
  },
  'russia-cis': {
    bloc: 'russia-cis',
    label: 'Russia and CIS participants',
    interests: { sovereignty: 0.9, 'human-rights': 0.2, trade: 0.8, development: 0.3, rules: 0.6 },
    stances: {
      definition: bs(
        10,
        0.5,
        0.2,
        'follows Russia’s scepticism of a human-rights mandate; moderate salience for the smaller members.',
      ),
      'decision-rule': bs(
        0,
        0.7,
        0.1,
        'inferred: keeps the veto (later, in 2022, Russia and allies used consensus to block). 0.7 × 20 = 14 > 10: blocks any vote clause.',
      ),
      marange: bs(15, 0.3, 0.2, 'against singling out a producer; low salience.'),
      transparency: bs(
        10,
        0.45,
        0.2,
        'state-controlled producers keep mine data private; moderate salience.',
      ),
      'administrative-support': bs(25, 0.25, 0.3, 'accepts a strictly administrative office; low salience.'),
    },
  },
  'latin-america': {
    bloc: 'latin-america',
    label: 'Latin American participants',
    interests: { sovereignty: 0.6, 'human-rights': 0.5, trade: 0.5, development: 0.6, rules: 0.5 },
    stances: {
      definition: bs(30, 0.25, 0.4, 'no recorded position; a middle anchor with low salience.'),
      'decision-rule': bs(20, 0.3, 0.35, 'no recorded position; low salience.'),
      marange: bs(35, 0.15, 0.4, 'no recorded position; salience 0.15 keeps any loss below 10.'),
      transparency: bs(30, 0.2, 0.4, 'no recorded position; low salience.'),
      'administrative-support': bs(35, 0.2, 0.4, 'no recorded position; low salience.'),
    },
  },
  other: {
    bloc: 'other',
    label: 'Other participants (consumer markets and small hubs)',
    interests: { sovereignty: 0.5, 'human-rights': 0.5, trade: 0.6, development: 0.4, rules: 0.6 },
    stances: {
      definition: bs(
        35,
        0.25,
        0.4,
        'no recorded position; consumer markets lean toward a clearer, wider text; low salience.',
      ),
      'decision-rule': bs(30, 0.25, 0.4, 'no recorded position; low salience.'),
      marange: bs(40, 0.15, 0.4, 'no recorded position; salience 0.15 keeps any loss below 10.'),
      transparency: bs(35, 0.2, 0.4, 'no recorded position; low salience.'),
      'administrative-support': bs(40, 0.2, 0.4, 'no recorded position; low salience.'),
    },
  },
  industry: {
    bloc: 'industry',
    label: 'Industry (World Diamond Council)',
    interests: { sovereignty: 0.3, 'human-rights': 0.4, trade: 1, development: 0.5, rules: 0.8 },
    stances: {
      definition: bs(
        40,
        0.6,
        0.3,
        'industry backed discussing the Chair’s basis; a clear rule protects consumer confidence.',
      ),
      'decision-rule': bs(20, 0.4, 0.3, 'no 2012–13 position on voting; prefers a working consensus.'),
      marange: bs(25, 0.5, 0.3, 'wanted the Zimbabwe dispute settled so that certificates are trusted.'),
      transparency: bs(25, 0.5, 0.3, 'commercial confidentiality; aggregated statistics are enough.'),
      'administrative-support': bs(50, 0.7, 0.3, 'offered and ran the support mechanism.'),
    },
  },
  'civil-society': {
    bloc: 'civil-society',
    label: 'Civil society (KP Civil Society Coalition)',
    interests: { sovereignty: 0.1, 'human-rights': 1, trade: 0.3, development: 0.9, rules: 0.7 },
    stances: {
      definition: bs(
        95,
        0.95,
        0.1,
        'a definition covering state forces, private guards and human-rights abuse.',
      ),
      'decision-rule': bs(70, 0.6, 0.2, 'consensus lets one participant stall the scheme.'),
      marange: bs(95, 0.95, 0.05, 'keep supervision until the stockpiles are accounted for.'),
      transparency: bs(95, 0.9, 0.1, 'public, disaggregated, mine-level data.'),
      'administrative-support': bs(90, 0.7, 0.2, 'a permanent KP office.'),
    },
  },
  development: {
    bloc: 'development',
    label: 'Development (Diamond Development Initiative)',
    interests: { sovereignty: 0.3, 'human-rights': 0.6, trade: 0.4, development: 1, rules: 0.5 },
    stances: {
      definition: bs(50, 0.4, 0.4, 'artisanal miners’ welfare matters more than the wording; moderate.'),
      'decision-rule': bs(
        60,
        0.5,
        0.3,
        'inferred from DDI’s later (2017) proposal of a two-thirds vote after failed consensus; not a 2012–13 statement.',
      ),
      marange: bs(50, 0.3, 0.4, 'concerned with diggers’ welfare more than export rules; low salience.'),
      transparency: bs(70, 0.5, 0.3, 'data on artisanal production serve development planning.'),
      'administrative-support': bs(60, 0.4, 0.4, 'a support office would help the artisanal working group.'),
    },
  },
};

/** A stance a source supports. The note says why these numbers. */
function documented(
  anchor: number,
  salience: number,
  openness: number,
  cite: readonly Citation[],
  note: string,
): Stance {
  return { anchor, salience, openness, confidence: 'documented', cite, note };
}

/** The bloc's default stance, flagged as inferred from the bloc. */
function blocStance(bloc: BlocId, issue: IssueId): Stance {
  const p = BLOC_PROFILES[bloc];
  const s = p.stances[issue];
  return {
    anchor: s.anchor,
    salience: s.salience,
    openness: s.openness,
    confidence: 'bloc',
    cite: [],
    note: `Follows its bloc (${p.label}): ${s.note}`,
  };
}

interface Spec {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind?: 'participant' | 'observer';
  readonly bloc: BlocId;
  readonly since: string;
  readonly sinceCite: Citation;
  readonly clout: number;
  readonly cloutNote: string;
  readonly production2012?: Production;
  readonly interests?: Partial<Interests>;
  /** Issues where a source supports the delegation's own position; the rest follow the bloc. */
  readonly documented?: Partial<Record<IssueId, Stance>>;
}

/** Builds a delegation: documented stances where given, its bloc's profile everywhere else. */
function follow(spec: Spec): Delegation {
  const stances = Object.fromEntries(
    ISSUE_IDS.map((issue) => [issue, spec.documented?.[issue] ?? blocStance(spec.bloc, issue)]),
  ) as Record<IssueId, Stance>;
  return {
    id: spec.id,
    name: spec.name,
    ...(spec.shortName ? { shortName: spec.shortName } : {}),
    kind: spec.kind ?? 'participant',
    bloc: spec.bloc,
    since: spec.since,
    sinceCite: spec.sinceCite,
    ...(spec.production2012 ? { production2012: spec.production2012 } : {}),
    clout: spec.clout,
    cloutNote: spec.cloutNote,
    interests: { ...BLOC_PROFILES[spec.bloc].interests, ...spec.interests },
    stances,
  };
}

// KP production statistics for 2012 (kp-facts §4.1): carats and US dollars.
const prod = (carats: number, valueUsd: number): Production => ({
  carats,
  valueUsd,
  cite: RECORD.production2012,
});

const FOUNDING = RECORD.participants2003;
const LATER = RECORD.participantsPage;

export const DELEGATIONS: readonly Delegation[] = [
  // ---------------------------------------------------------------- reform-west
  follow({
    id: 'US',
    name: 'United States of America',
    shortName: 'United States',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 1,
    cloutNote:
      'KP Chair in 2012, largest consumer market, diplomatic weight; author of the groundwork definition.',
    interests: { rules: 0.9, 'human-rights': 0.7 },
    documented: {
      definition: documented(
        40,
        0.45,
        0.3,
        [
          cite('washington-2012', 8),
          cite('washington-2012', 10),
          cite('washington-2012', 11),
          RECORD.jckNov2012,
        ],
        'Anchor 40: its own groundwork text, wider than rebels but limited to systematic, mining-related violence. Salience 0.45: “we are not aiming for that [approval this year]” (JCK) — it argues but does not force.',
      ),
      marange: documented(
        35,
        0.2,
        0.3,
        [cite('washington-2012', 14), cite('washington-2012', 18), RECORD.voaDec2012],
        'As 2012 Chair it restored working relations and the Washington plenary ended the special monitoring. Salience 0.2: it would object to normalisation only if argued above 70 (0.2 × (2x − 89) > 10), beyond its openness.',
      ),
      transparency: documented(
        30,
        0.3,
        0.25,
        [cite('washington-2012', 14), RECORD.proposalLimits],
        'The Chair kept financial transparency outside KP certification (¶14; the proposal’s own limits).',
      ),
      'administrative-support': documented(
        60,
        0.45,
        0.3,
        [RECORD.roughPolishedAsm],
        'The 2012 Chair wanted an administrative support mechanism for continuity between chairs. Salience 0.45 (< 0.5): supports without amending.',
      ),
    },
  }),
  follow({
    id: 'CA',
    name: 'Canada',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(10_450_000, 2_000_000_000),
    clout: 0.75,
    cloutNote: 'Third producer by value in 2012 ($2.0 bn); vice-chair of the Committee on KP Review.',
    documented: {
      marange: documented(
        50,
        0.2,
        0.2,
        [RECORD.baird2011],
        'In 2011 its foreign minister said the Chair’s Marange notice broke KP rules; by 2012 it accepted the settlement. Salience 0.2 and openness 0.2 keep it from objecting to normalisation (it would have to drift above 70).',
      ),
    },
  }),
  follow({
    id: 'EU',
    name: 'European Union',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.95,
    cloutNote:
      'One participant for 27 member states (28 from 1 July 2013); the largest rough-trading hub (Antwerp: $18.5 bn of rough exports in 2011).',
    documented: {
      definition: documented(
        55,
        0.4,
        0.3,
        [RECORD.indiaPosition, cite('washington-2012', 6)],
        'Part of the western grouping that sought a stronger human-rights element. Salience 0.4: it argues but does not rewrite the draft.',
      ),
      marange: documented(
        30,
        0.15,
        0.3,
        [RECORD.ashton2012, RECORD.yamba2011],
        'A middle player on Zimbabwe: it objected to the 2011 unilateral authorisation on due process, then welcomed the end of the Marange measures in November 2012.',
      ),
      transparency: documented(
        60,
        0.3,
        0.3,
        [RECORD.brussels2007],
        'As 2007 chair it began publishing KP production and trade statistics.',
      ),
    },
  }),
  follow({
    id: 'CH',
    name: 'Switzerland',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.35,
    cloutNote: 'Trading and transit centre; guest of the Committee on KP Review in 2012.',
  }),
  follow({
    id: 'NO',
    name: 'Norway',
    bloc: 'reform-west',
    since: '2004-01',
    sinceCite: LATER,
    clout: 0.25,
    cloutNote: 'Small importer; diplomatic weight in development and human-rights questions.',
  }),
  follow({
    id: 'AU',
    name: 'Australia',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(9_180_000, 269_400_000),
    clout: 0.5,
    cloutNote: 'Producer (9.2 Mct, $269 m in 2012); took the tougher line on Zimbabwe in 2010.',
  }),
  follow({
    id: 'NZ',
    name: 'New Zealand',
    bloc: 'reform-west',
    since: '2006-01',
    sinceCite: LATER,
    clout: 0.15,
    cloutNote: 'Small importer.',
  }),
  follow({
    id: 'HR',
    name: 'Croatia',
    bloc: 'reform-west',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'Small importer; a separate participant until it joined the EU on 1 July 2013.',
  }),
  // ---------------------------------------------------------------- african-producers
  follow({
    id: 'ZA',
    name: 'South Africa',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(7_077_000, 1_030_000_000),
    clout: 0.8,
    cloutNote: 'Vice-chair 2012 and Chair 2013; $1.03 bn of production in 2012; birthplace of the process.',
    documented: {
      definition: documented(
        5,
        0.75,
        0.15,
        [cite('zimbabwe-chapter', 28), RECORD.sanews2013],
        'Named by the coalition among those who rejected redefinition (¶28), yet publicly “behind” reform in 2013: ambivalent. At the chair’s text (25) it loses 0.75 × 15 ≈ 11 and may object; at the AI floor (19) 0.75 × 9 ≈ 7 it does not, so Zimbabwe, China and Russia carry the objection.',
      ),
      marange: documented(
        5,
        0.5,
        0.15,
        [RECORD.miningmxSanctions],
        'Its minister condemned U.S. sanctions over Marange in November 2012 (“They affect the whole continent”). With salience 0.5 it may amend, but striking the civil-society access clause gains only 4 points, below the threshold.',
      ),
    },
  }),
  follow({
    id: 'BW',
    name: 'Botswana',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(20_554_000, 2_980_000_000),
    clout: 0.85,
    cloutNote: 'First producer by value in 2012 ($2.98 bn); chaired the Committee on KP Review in 2012–13.',
  }),
  follow({
    id: 'NA',
    name: 'Namibia',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.45,
    cloutNote:
      'High-value marine producer (no 2012 KP figure published; 2010: 1.7 Mct, $744 m); KP Chair in 2009.',
    documented: {
      definition: documented(
        5,
        0.6,
        0.15,
        [RECORD.smillieIdc],
        'Its 2009 KP Chair said the KP is not a human-rights organisation (as quoted by Ian Smillie). Salience 0.6: amends toward narrower text.',
      ),
      marange: documented(
        10,
        0.45,
        0.15,
        [RECORD.miningmxSanctions],
        'Condemned U.S. sanctions over Marange in November 2012.',
      ),
    },
  }),
  follow({
    id: 'AO',
    name: 'Angola',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(8_330_000, 1_110_000_000),
    clout: 0.6,
    cloutNote: 'Fourth producer by value in 2012 ($1.11 bn); a founder and host of ADPA.',
  }),
  follow({
    id: 'CD',
    name: 'Democratic Republic of the Congo',
    shortName: 'DR Congo',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(21_524_000, 183_100_000),
    clout: 0.45,
    cloutNote: 'Second producer by volume in 2012 (21.5 Mct, low value); KP Chair in 2011.',
    documented: {
      marange: documented(
        5,
        0.5,
        0.15,
        [RECORD.yamba2011, cite('washington-2012', 3)],
        'As 2011 Chair it authorised Marange exports and hosted the Kinshasa plenary that let Zimbabwe sell. Salience 0.5; no single amendment gains it more than 4 points on the normalisation draft.',
      ),
    },
  }),
  follow({
    id: 'ZW',
    name: 'Zimbabwe',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(12_060_000, 644_000_000),
    clout: 0.5,
    cloutNote: 'The case at issue: 12.1 Mct ($644 m) in 2012, largely from Marange.',
    interests: { sovereignty: 1, 'human-rights': 0.1 },
    documented: {
      definition: documented(
        0,
        0.95,
        0.05,
        [cite('zimbabwe-chapter', 28), cite('zimbabwe-chapter', 23), RECORD.herald2012],
        'Rejected redefinition (¶28), seen as a move to stop its trade (¶23). 0.95 × y > 10 for any draft above ~10.5 points: it blocks the chair’s text (25, or 19 after amendments) on its own.',
      ),
      marange: documented(
        0,
        0.95,
        0.05,
        [cite('washington-2012', 3), cite('zimbabwe-chapter', 27)],
        'Wants to trade like any other participant. Normalisation (14) is a gain; striking the access clause would gain only 4 points, so it does not amend.',
      ),
    },
  }),
  follow({
    id: 'LS',
    name: 'Lesotho',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.25,
    cloutNote: 'Small producer with the highest value per carat in 2012 ($629/ct).',
  }),
  follow({
    id: 'TZ',
    name: 'Tanzania',
    bloc: 'african-producers',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.2,
    cloutNote: 'Small producer.',
  }),
  follow({
    id: 'SZ',
    name: 'Swaziland',
    bloc: 'african-producers',
    since: '2011-06',
    sinceCite: LATER,
    clout: 0.1,
    cloutNote: 'Small participant.',
  }),
  // ---------------------------------------------------------------- african-alluvial
  follow({
    id: 'SL',
    name: 'Sierra Leone',
    bloc: 'african-alluvial',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.3,
    cloutNote: 'Alluvial producer whose civil war made “blood diamonds” known; moral weight.',
  }),
  follow({
    id: 'LR',
    name: 'Liberia',
    bloc: 'african-alluvial',
    since: '2007-05',
    sinceCite: RECORD.liberia2007,
    clout: 0.2,
    cloutNote:
      'Post-conflict alluvial producer; its deputy minister led the 2009 review mission to Zimbabwe.',
  }),
  follow({
    id: 'GN',
    name: 'Guinea',
    bloc: 'african-alluvial',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Alluvial producer.',
  }),
  follow({
    id: 'GH',
    name: 'Ghana',
    bloc: 'african-alluvial',
    since: '2004-01',
    sinceCite: LATER,
    clout: 0.2,
    cloutNote: 'Alluvial producer.',
  }),
  follow({
    id: 'CI',
    name: 'Côte d’Ivoire',
    bloc: 'african-alluvial',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Participant whose exports were under a UN embargo in 2012.',
  }),
  follow({
    id: 'TG',
    name: 'Togo',
    bloc: 'african-alluvial',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'Small participant.',
  }),
  follow({
    id: 'CF',
    name: 'Central African Republic',
    shortName: 'CAR',
    bloc: 'african-alluvial',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote:
      'Alluvial producer; suspended in May 2013 after the Séléka coup, so the game gives it no seat at the 2013 meetings.',
  }),
  follow({
    id: 'CG',
    name: 'Republic of the Congo',
    shortName: 'Congo',
    bloc: 'african-alluvial',
    since: '2007-11',
    sinceCite: RECORD.brussels2007,
    clout: 0.1,
    cloutNote: 'Expelled in 2004, readmitted in November 2007.',
  }),
  follow({
    id: 'CM',
    name: 'Cameroon',
    bloc: 'african-alluvial',
    since: '2012-08',
    sinceCite: RECORD.communique2012,
    clout: 0.1,
    cloutNote: 'Admitted in August 2012 by written procedure.',
  }),
  follow({
    id: 'ML',
    name: 'Mali',
    bloc: 'african-alluvial',
    since: '2013-11',
    sinceCite: RECORD.mali2013,
    clout: 0.05,
    cloutNote:
      'Not yet an active producer; a guest in 2012, admitted at the Johannesburg plenary of November 2013.',
  }),
  // ---------------------------------------------------------------- asian-traders
  follow({
    id: 'CN',
    name: 'People’s Republic of China',
    shortName: 'China',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.75,
    cloutNote:
      'Rough importer ($3.2 bn in 2011), UN Security Council member; KP vice-chair 2013, Chair 2014.',
    interests: { sovereignty: 0.9, 'human-rights': 0.2 },
    documented: {
      definition: documented(
        0,
        0.8,
        0.1,
        [cite('zimbabwe-chapter', 28), cite('washington-2012', 6)],
        'Named among those who rejected redefinition (¶28); part of the Asian resistance (¶6). 0.8 × 19 ≈ 15 > 10: it objects even at the AI floor of the chair’s text.',
      ),
    },
  }),
  follow({
    id: 'IN',
    name: 'India',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.85,
    cloutNote: 'The cutting centre: $14.3 bn of rough imports in 2011, 1.3 million jobs (GJEPC).',
    documented: {
      definition: documented(
        10,
        0.6,
        0.2,
        [RECORD.indiaPosition, cite('washington-2012', 6)],
        'A “middle country” that threw cold water on a stronger human-rights definition (fibre2fashion). Anchor 10, salience 0.6: amends toward narrower text but does not block (at the chair’s text its loss is 0.6 × 5 = 3).',
      ),
    },
  }),
  follow({
    id: 'AE',
    name: 'United Arab Emirates',
    shortName: 'UAE',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.6,
    cloutNote: 'Dubai trading hub: $5.9 bn of rough exports in 2011.',
  }),
  follow({
    id: 'IL',
    name: 'Israel',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.6,
    cloutNote: 'Trading and cutting hub ($5.3 bn of rough imports in 2011); KP Chair in 2010.',
  }),
  follow({
    id: 'TH',
    name: 'Thailand',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.25,
    cloutNote: 'Cutting centre.',
  }),
  follow({
    id: 'SG',
    name: 'Singapore',
    bloc: 'asian-traders',
    since: '2004-08',
    sinceCite: LATER,
    clout: 0.2,
    cloutNote: 'Trading hub.',
  }),
  follow({
    id: 'LK',
    name: 'Sri Lanka',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Small cutting centre.',
  }),
  follow({
    id: 'MY',
    name: 'Malaysia',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Small importer.',
  }),
  follow({
    id: 'ID',
    name: 'Indonesia',
    bloc: 'asian-traders',
    since: '2005-08',
    sinceCite: LATER,
    clout: 0.15,
    cloutNote: 'Small producer and importer.',
  }),
  follow({
    id: 'VN',
    name: 'Viet Nam',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Small cutting centre.',
  }),
  follow({
    id: 'LA',
    name: 'Lao People’s Democratic Republic',
    shortName: 'Laos',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'Small participant.',
  }),
  follow({
    id: 'BD',
    name: 'Bangladesh',
    bloc: 'asian-traders',
    since: '2006-01',
    sinceCite: LATER,
    clout: 0.1,
    cloutNote: 'Small importer.',
  }),
  follow({
    id: 'KH',
    name: 'Cambodia',
    bloc: 'asian-traders',
    since: '2012-11',
    sinceCite: RECORD.communique2012,
    clout: 0.1,
    cloutNote: 'Admitted at the Washington plenary, November 2012.',
  }),
  follow({
    id: 'LB',
    name: 'Lebanon',
    bloc: 'asian-traders',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'Small trading centre.',
  }),
  // ---------------------------------------------------------------- russia-cis
  follow({
    id: 'RU',
    name: 'Russian Federation',
    shortName: 'Russia',
    bloc: 'russia-cis',
    since: '2003-10',
    sinceCite: FOUNDING,
    production2012: prod(34_927_000, 2_870_000_000),
    clout: 0.9,
    cloutNote: 'First producer by volume in 2012 (34.9 Mct, $2.87 bn); UN Security Council member.',
    documented: {
      definition: documented(
        0,
        0.8,
        0.1,
        [cite('zimbabwe-chapter', 28), RECORD.smillieRussia],
        'Named among those who rejected redefinition (¶28); “not a human rights organization” (2009). 0.8 × 19 ≈ 15 > 10: objects even at the AI floor.',
      ),
    },
  }),
  follow({
    id: 'BY',
    name: 'Belarus',
    bloc: 'russia-cis',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Small cutting centre.',
  }),
  follow({
    id: 'UA',
    name: 'Ukraine',
    bloc: 'russia-cis',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.2,
    cloutNote: 'Small cutting centre.',
  }),
  follow({
    id: 'AM',
    name: 'Armenia',
    bloc: 'russia-cis',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.2,
    cloutNote: 'Cutting centre.',
  }),
  follow({
    id: 'KZ',
    name: 'Kazakhstan',
    bloc: 'russia-cis',
    since: '2012-11',
    sinceCite: RECORD.communique2012,
    clout: 0.1,
    cloutNote: 'Admitted at the Washington plenary, November 2012.',
  }),
  // ---------------------------------------------------------------- latin-america
  follow({
    id: 'BR',
    name: 'Brazil',
    bloc: 'latin-america',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.3,
    cloutNote: 'Alluvial producer and regional power.',
  }),
  follow({
    id: 'GY',
    name: 'Guyana',
    bloc: 'latin-america',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.15,
    cloutNote: 'Alluvial producer.',
  }),
  follow({
    id: 'VE',
    name: 'Bolivarian Republic of Venezuela',
    shortName: 'Venezuela',
    bloc: 'latin-america',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'A participant that suspended its own rough-diamond trade in 2008.',
  }),
  follow({
    id: 'MX',
    name: 'Mexico',
    bloc: 'latin-america',
    since: '2008-11',
    sinceCite: LATER,
    clout: 0.15,
    cloutNote: 'Importer.',
  }),
  follow({
    id: 'PA',
    name: 'Panama',
    bloc: 'latin-america',
    since: '2012-11',
    sinceCite: RECORD.communique2012,
    clout: 0.1,
    cloutNote: 'Admitted at the Washington plenary, November 2012, hoping to become a regional trading hub.',
  }),
  // ---------------------------------------------------------------- other
  follow({
    id: 'JP',
    name: 'Japan',
    bloc: 'other',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.35,
    cloutNote: 'Large consumer market.',
  }),
  follow({
    id: 'KR',
    name: 'Republic of Korea',
    bloc: 'other',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.25,
    cloutNote: 'Consumer market.',
  }),
  follow({
    id: 'TR',
    name: 'Turkey',
    bloc: 'other',
    since: '2007-08',
    sinceCite: RECORD.turkey2007,
    clout: 0.2,
    cloutNote: 'Trading centre (Istanbul); joined in August 2007.',
  }),
  follow({
    id: 'MU',
    name: 'Mauritius',
    bloc: 'other',
    since: '2003-10',
    sinceCite: FOUNDING,
    clout: 0.1,
    cloutNote: 'Small cutting centre.',
  }),
  // ---------------------------------------------------------------- observers
  follow({
    id: 'WDC',
    name: 'World Diamond Council',
    shortName: 'Diamond Council',
    kind: 'observer',
    bloc: 'industry',
    since: '2003-01',
    sinceCite: RECORD.wdcStructure,
    clout: 0.7,
    cloutNote: 'Speaks for the diamond industry; offered and funded the administrative support mechanism.',
    documented: {
      definition: documented(
        40,
        0.6,
        0.3,
        [RECORD.wdcVicenza, cite('washington-2012', 4)],
        'Its May 2012 resolution called the Chair’s proposal a good basis; its chairman praised the Chair for ending the mistrust (¶4).',
      ),
      marange: documented(
        25,
        0.5,
        0.3,
        [cite('washington-2012', 4)],
        'Wanted the Zimbabwe dispute behind the KP (¶4).',
      ),
      'administrative-support': documented(
        50,
        0.7,
        0.3,
        [RECORD.communique2012, cite('zimbabwe-chapter', 29)],
        'Offered the one-year mechanism adopted in Washington and ran it.',
      ),
    },
  }),
  follow({
    id: 'CSC',
    name: 'KP Civil Society Coalition',
    shortName: 'Civil Society',
    kind: 'observer',
    bloc: 'civil-society',
    since: '2003-01',
    sinceCite: RECORD.wdcStructure,
    clout: 0.5,
    cloutNote: 'Partnership Africa Canada, ZELA and other NGOs; moral authority and field evidence, no vote.',
    documented: {
      definition: documented(
        95,
        0.95,
        0.1,
        [cite('zimbabwe-chapter', 10), cite('zimbabwe-chapter', 19), cite('zimbabwe-chapter', 23)],
        'Wants state security forces, private guards and human-rights violations covered.',
      ),
      'decision-rule': documented(
        70,
        0.6,
        0.2,
        [cite('zimbabwe-chapter', 16)],
        'The chapter faults consensus for letting the Zimbabwe case drag on for almost three years (¶16); it proposes no voting rule of its own.',
      ),
      marange: documented(
        95,
        0.95,
        0.05,
        [cite('zimbabwe-chapter', 11), cite('zimbabwe-chapter', 22), cite('washington-2012', 16)],
        'Stockpiles unaccounted for, abuses continuing, and fears of election violence.',
      ),
      transparency: documented(
        95,
        0.9,
        0.1,
        [cite('zimbabwe-chapter', 14)],
        'Public, disaggregated, mine-level data.',
      ),
      'administrative-support': documented(
        90,
        0.7,
        0.2,
        [RECORD.cscOpening2012, cite('zimbabwe-chapter', 29)],
        'Had asked “for many years” for a KP office.',
      ),
    },
  }),
  follow({
    id: 'DDI',
    name: 'Diamond Development Initiative',
    shortName: 'DDI',
    kind: 'observer',
    bloc: 'development',
    since: '2008-11',
    sinceCite: RECORD.ddi,
    clout: 0.3,
    cloutNote: 'Development NGO for artisanal and small-scale diamond miners; an observer from 2008.',
  }),
  follow({
    id: 'ADPA',
    name: 'African Diamond Producers Association',
    shortName: 'ADPA',
    kind: 'observer',
    bloc: 'african-producers',
    since: '2012-11',
    sinceCite: RECORD.communique2012,
    clout: 0.4,
    cloutNote:
      'Association of African producing states (secretariat in Angola); observer from November 2012.',
    documented: {
      definition: documented(
        0,
        0.8,
        0.1,
        [cite('zimbabwe-chapter', 28)],
        'Named among those who rejected redefinition (¶28). An observer: it speaks but cannot block.',
      ),
    },
  }),
];
