// The plenary's phases as the AI and the scenes see them (the machine's leaf states).
export const PHASES = [
  'setup',
  'briefing',
  'opening',
  'floor',
  'caucus',
  'chairDraft',
  'consensusCall',
  'adopted',
  'noConsensus',
  'adjourned',
  'communique',
  'debrief',
] as const;
export type Phase = (typeof PHASES)[number];
