// The content schema. Content is plain typed data; the model reads it, never the other way round.

export const ISSUE_IDS = [
  'definition',
  'decision-rule',
  'marange',
  'transparency',
  'administrative-support',
] as const;
export type IssueId = (typeof ISSUE_IDS)[number];

export const DOC_KEYS = ['washington-2012', 'zimbabwe-chapter'] as const;
export type DocKey = (typeof DOC_KEYS)[number];

/** A passage of one of the two source documents, or an outside fact from the public record. */
export type Citation =
  { readonly doc: DocKey; readonly para: number } | { readonly record: string; readonly url?: string };

/** What a listener cares about; arguments appeal to some interests and harden others. */
export const INTERESTS = ['sovereignty', 'human-rights', 'trade', 'development', 'rules'] as const;
export type Interest = (typeof INTERESTS)[number];

export const BLOC_IDS = [
  'reform-west', // USA, Canada, EU, Switzerland, Norway, Australia…: pushed for a wider definition
  'african-producers', // large African producers (Southern Africa, Angola, DRC…)
  'african-alluvial', // West and Central African alluvial producers (Sierra Leone, Liberia, Guinea…)
  'asian-traders', // China, India, UAE, Israel and other cutting or trading centres
  'russia-cis', // Russia, Belarus, Armenia, Ukraine, Kazakhstan
  'latin-america', // Brazil, Guyana, Venezuela, Mexico, Panama
  'other', // participants that fit none of the above
  'industry', // observer: World Diamond Council
  'civil-society', // observer: KP Civil Society Coalition
  'development', // observer: Diamond Development Initiative
] as const;
export type BlocId = (typeof BLOC_IDS)[number];

export type Confidence = 'documented' | 'bloc';

/** An actor's stance on one issue. Scales run 0..100 as in DESIGN §3. */
export interface Stance {
  /** Position the actor holds to (its national or organisational interest), 0..100. */
  readonly anchor: number;
  /** How much the issue matters, 0..1. High salience: the actor barely moves and blocks readily. */
  readonly salience: number;
  /** Confidence bound as a share of the scale, 0..1: hears arguments within openness × 100 points. */
  readonly openness: number;
  /** 'documented' needs at least one citation; 'bloc' means it follows its bloc and says so. */
  readonly confidence: Confidence;
  readonly cite: readonly Citation[];
  /** Why these numbers (calibration reasons live beside the numbers). */
  readonly note?: string;
}

export interface Production {
  readonly carats: number;
  readonly valueUsd: number;
  readonly cite: Citation;
}

export interface Delegation {
  /** ISO-like code: 'ZA', 'ZW', 'US', 'EU'; observers: 'WDC', 'CSC', 'DDI', 'ADPA'. */
  readonly id: string;
  readonly name: string;
  /** For buttons and lists where the full name does not fit (names over 20 characters). */
  readonly shortName?: string;
  readonly kind: 'participant' | 'observer';
  readonly bloc: BlocId;
  /** Year-month the delegation joined as participant or observer, 'YYYY-MM'. */
  readonly since: string;
  readonly sinceCite?: Citation;
  readonly production2012?: Production;
  /** Production, trade and diplomatic weight, 0..1. */
  readonly clout: number;
  readonly cloutNote: string;
  /** What it cares about, 0..1 each. */
  readonly interests: Readonly<Record<Interest, number>>;
  readonly stances: Readonly<Record<IssueId, Stance>>;
}

/** One clause of a draft. A draft's scale value is its item's base plus its clauses' effects, clamped to 0..100. */
export interface Clause {
  readonly id: string;
  readonly issue: IssueId;
  /** A short name for lists and buttons. */
  readonly label: string;
  /** The words the clause adds to the draft. Verbatim only where `verbatim` is set (definition texts under debate). */
  readonly text: string;
  readonly verbatim?: boolean;
  /** Movement along the issue's scale, in points. */
  readonly effect: number;
  /** Clauses that cannot stand in the same draft. */
  readonly excludes?: readonly string[];
  /**
   * Set when the game made the clause up: nobody is on record proposing it in 2012–13. Says why it is offered; its
   * label carries ILLUSTRATION_TAG and the draft text marks it, so every screen says so. Its citations are context only.
   */
  readonly illustration?: string;
  readonly cite: readonly Citation[];
}

/** The mark every game-made clause, option or event carries in the words a player reads. */
export const ILLUSTRATION_TAG = '(illustration)';

export const ARGUMENT_KINDS = [
  'evidence',
  'principle',
  'precedent',
  'reassurance',
  'sovereignty',
  'economic',
  'procedural',
] as const;
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];

export interface Quote {
  /** At most 25 words, verbatim from the source. */
  readonly text: string;
  readonly speaker: string;
  readonly cite: Citation;
}

export interface ArgumentCard {
  readonly id: string;
  readonly title: string;
  /** The argument in our own words. */
  readonly text: string;
  readonly issue: IssueId;
  /** The position on the issue's scale the argument argues for, 0..100. */
  readonly position: number;
  readonly kind: ArgumentKind;
  /** Who can credibly play it: bloc ids or delegation ids. */
  readonly playableBy: readonly (BlocId | string)[];
  /** Listener interests it appeals to. */
  readonly moves: readonly Interest[];
  /** Listener interests it hardens. */
  readonly hardens: readonly Interest[];
  /** 0..1: how strong the argument is in itself (evidence with figures > bare assertion). */
  readonly strength: number;
  /** Whose view it is when the source reports an opinion (e.g. the civil-society coordinator's assessment). */
  readonly voice?: string;
  readonly quote?: Quote;
  readonly cite: readonly Citation[];
}

export type EventEffect =
  /** Moves the current positions of some actors on an issue by delta points. */
  | {
      readonly kind: 'shift';
      readonly issue: IssueId;
      readonly who: readonly (BlocId | string)[] | 'all';
      readonly delta: number;
    }
  /** Changes salience of some actors on an issue by delta (clamped 0..1). */
  | {
      readonly kind: 'salience';
      readonly issue: IssueId;
      readonly who: readonly (BlocId | string)[] | 'all';
      readonly delta: number;
    }
  /** An observer leaves the room for the rest of the session. */
  | { readonly kind: 'walkout'; readonly delegation: string }
  /** A delegation is admitted (participant or observer) from now on. */
  | { readonly kind: 'admit'; readonly delegation: string };

export interface EventCard {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** 'YYYY-MM' or 'YYYY-MM-DD'. */
  readonly date: string;
  readonly effects: readonly EventEffect[];
  /** Set when the game made the event up; its title then carries ILLUSTRATION_TAG (as for clauses). */
  readonly illustration?: string;
  readonly cite: readonly Citation[];
}

export const SCENARIO_IDS = [
  'washington-intersessional-2012',
  'washington-plenary-2012',
  'kimberley-intersessional-2013',
  'johannesburg-plenary-2013',
  'free-play',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export type HistoricalOutcome =
  | {
      readonly result: 'adopted';
      readonly value: number;
      readonly summary: string;
      readonly cite: readonly Citation[];
    }
  | {
      readonly result: 'not-adopted' | 'discussed';
      readonly summary: string;
      readonly cite: readonly Citation[];
    };

export interface AgendaItem {
  readonly id: string;
  readonly issue: IssueId;
  readonly title: string;
  /** The status quo on the issue's scale: what stands if nothing is agreed. */
  readonly statusQuo: number;
  readonly statusQuoText: string;
  /** The scale value a draft starts from before its clauses; usually the status quo. */
  readonly base: number;
  /** The opening words of any draft on this item. */
  readonly preamble: string;
  /** Clause ids on the table when the item opens (e.g. the chair's groundwork text). */
  readonly initialClauses: readonly string[];
  /** False at an intersessional: the item is discussed, never decided. */
  readonly decides: boolean;
  readonly history: HistoricalOutcome;
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** The meeting in a word, for tight labels: the city ('Kimberley'), or 'Free play'. */
  readonly shortName: string;
  readonly place: string;
  readonly dates: string;
  /** 'YYYY-MM': who attends is derived from delegations' `since`. */
  readonly date: string;
  readonly kind: 'plenary' | 'intersessional' | 'free';
  readonly chair: string;
  readonly viceChair?: string;
  /** Delegation ids absent from this meeting (e.g. an observer that had left). */
  readonly absent?: readonly string[];
  /**
   * What the record says of who attended, in a sentence. The game seats every participant of the day for simplicity,
   * and the briefing says so beside this.
   */
  readonly seating?: string;
  readonly agenda: readonly AgendaItem[];
  /** Meeting days; the agenda is spread over them. */
  readonly days: number;
  /** What the briefing shows: the situation in our words. */
  readonly context: string;
  readonly contextCite: readonly Citation[];
  /** Event cards that belong to this meeting (the facilitator may inject others). */
  readonly events: readonly string[];
}

export interface Objective {
  readonly text: string;
  readonly issue: IssueId;
  /** Met if the final value on the issue is at least / at most `value`. */
  readonly test: { readonly op: 'atLeast' | 'atMost'; readonly value: number };
}

export interface RoleBriefing {
  readonly delegation: string;
  readonly whoYouAre: string;
  readonly objectives: readonly Objective[];
  readonly redLines: readonly string[];
  readonly allies: readonly string[];
  readonly opponents: readonly string[];
  readonly read: readonly Citation[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  readonly cite: readonly Citation[];
}

export interface TimelineEntry {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  readonly date: string;
  readonly text: string;
  readonly cite: readonly Citation[];
  readonly uncertain?: boolean;
  /** After 2013. */
  readonly epilogue?: boolean;
}

export interface SourceDocument {
  readonly key: DocKey;
  readonly title: string;
  readonly author: string;
  readonly published: string;
  /** What kind of text it is, and whose voice (reported speech vs the author's opinion). */
  readonly nature: string;
  /** Number of non-empty lines (paragraphs) in the document. */
  readonly paragraphCount: number;
  /** Paragraph numbers that are headings, not passages: never cite these. */
  readonly headings: readonly number[];
  /** Our own one-line summary of every paragraph that content cites. */
  readonly summaries: Readonly<Record<number, string>>;
}
