// Progress through the 2012–2013 campaign, kept on this computer between visits.
import type { IssueId, ScenarioId, TimelineEntry } from '../content/types';
import { CAMPAIGN, carryOver, divergence, type Divergence } from '../machines/campaign';
import type { Library } from '../model/library';
import { scenarioOf } from '../model/library';
import type { SessionContext, SessionInput } from '../model/session';

export const CAMPAIGN_KEY = 'roughConsensus.campaign';

export interface PlayedMeeting {
  readonly scenarioId: ScenarioId;
  readonly watched: boolean;
  readonly divergence: readonly Divergence[];
  readonly carry: Record<string, Partial<Record<IssueId, number>>>;
}

export interface CampaignProgress {
  readonly seed: number;
  readonly played: readonly PlayedMeeting[];
}

export function emptyCampaign(seed = 2012): CampaignProgress {
  return { seed, played: [] };
}

export function loadCampaign(store: Pick<Storage, 'getItem'> | undefined): CampaignProgress {
  try {
    const raw = store?.getItem(CAMPAIGN_KEY);
    if (!raw) return emptyCampaign();
    const p = JSON.parse(raw) as CampaignProgress;
    if (
      typeof p.seed !== 'number' ||
      !Array.isArray(p.played) ||
      p.played.some((m) => !CAMPAIGN.includes(m.scenarioId))
    )
      return emptyCampaign();
    return p;
  } catch {
    return emptyCampaign();
  }
}

export function saveCampaign(store: Pick<Storage, 'setItem'> | undefined, p: CampaignProgress): void {
  try {
    store?.setItem(CAMPAIGN_KEY, JSON.stringify(p));
  } catch {
    // Storage full or blocked: progress lives on for this visit.
  }
}

/** The next meeting to play, or null when all four are done. */
export function nextScenario(p: CampaignProgress): ScenarioId | null {
  return CAMPAIGN[p.played.length] ?? null;
}

/** The session input for the next meeting: positions carried over from the last one played. */
export function nextInput(p: CampaignProgress, humans: Record<string, string>): SessionInput | null {
  const scenarioId = nextScenario(p);
  if (!scenarioId) return null;
  const last = p.played.at(-1);
  return {
    scenarioId,
    rule: 'consensus',
    seed: `${p.seed}/${p.played.length}`,
    humans,
    ...(last ? { carry: last.carry } : {}),
  };
}

/** Records a finished meeting (once), with how far it departed from the record. */
export function recordMeeting(lib: Library, p: CampaignProgress, ctx: SessionContext): CampaignProgress {
  if (nextScenario(p) !== ctx.scenarioId) return p;
  const watched =
    Object.keys(ctx.startHumans).length === 0 && !ctx.log.some((e) => e.type === 'SET_CONTROL' && e.human);
  return {
    ...p,
    played: [
      ...p.played,
      { scenarioId: ctx.scenarioId, watched, divergence: divergence(lib, ctx), carry: carryOver(lib, ctx) },
    ],
  };
}

/** What happened between two meetings: timeline entries after one and up to the next. */
export function interlude(
  lib: Library,
  timeline: readonly TimelineEntry[],
  before: ScenarioId,
  after: ScenarioId,
): TimelineEntry[] {
  const from = scenarioOf(lib, before).date;
  const to = scenarioOf(lib, after).date;
  return timeline.filter((t) => !t.epilogue && t.date.slice(0, 7) > from && t.date.slice(0, 7) <= to);
}
