// The Debrief's "Who moved whom" page in words: the totals per issue, then a row per persuader and persuaded
// (largest first) with its issue and means, each name also in its short form for a narrow column.
// The scene lays it out; the words (and what a screen reader hears) are decided here.
import { ISSUE_NAME } from '../content/issues';
import { influenceTotals, MEANS_SHORT, MEANS_WORDS, meansSummary } from '../machines/influence';
import type { DebriefReport } from '../machines/report';
import type { Library } from '../model/library';
import { nameOf, shortNameOf } from '../model/session';

export interface InfluenceLine {
  /** The persuader, "★ " before a player's delegation; and its short form. */
  readonly from: string;
  readonly fromShort: string;
  readonly to: string;
  readonly toShort: string;
  /** The issue ("Definition scope") and the means ("speeches", "deal", "pressure"), or null where only the
   * session's totals per pair are known. */
  readonly issue: string | null;
  readonly means: string | null;
  readonly points: number;
  /** A player's delegation moved someone. */
  readonly player: boolean;
  /** The row in a sentence. */
  readonly spoken: string;
}

export interface InfluenceView {
  readonly heading: string;
  /** One line per issue: the points moved on it in all, by each means. */
  readonly totals: readonly string[];
  readonly rows: readonly InfluenceLine[];
  /** Said when nobody moved anybody. */
  readonly empty: string | null;
}

export const INFLUENCE_HEADING =
  'Who moved whom, on which issue and how (scale points, largest first); ★ a player’s delegation';

/** The page's words from the report: at most `max` rows, half a point moved or more. */
export function influenceView(lib: Library, report: DebriefReport, max = 12): InfluenceView {
  const ranked = (
    report.influenceByIssue?.filter((r) => r.points >= 0.5) ??
    report.influence.map((r) => ({ ...r, issue: null, means: null }))
  ).slice(0, max);
  // Grouped by issue (the issue with the largest move first), largest first within each.
  const order = [...new Set(ranked.map((r) => r.issue))];
  const rows = [...ranked].sort((a, b) => order.indexOf(a.issue) - order.indexOf(b.issue));
  const players = new Set(report.participation.map((p) => p.delegation));
  const totals = influenceTotals(report.influenceByIssue ?? []).map(
    (t) => `${ISSUE_NAME[t.issue]}: ${t.points.toFixed(1)} points moved (${meansSummary(t.byMeans)})`,
  );
  return {
    heading: INFLUENCE_HEADING,
    totals,
    empty: rows.length ? null : 'Nobody moved anybody by more than a point.',
    rows: rows.map((r) => {
      const star = players.has(r.from) ? '★ ' : '';
      const to = nameOf(lib, r.to);
      return {
        from: `${star}${nameOf(lib, r.from)}`,
        fromShort: `${star}${shortNameOf(lib, r.from)}`,
        to,
        toShort: shortNameOf(lib, r.to),
        issue: r.issue ? ISSUE_NAME[r.issue] : null,
        means: r.means ? MEANS_SHORT[r.means] : null,
        points: r.points,
        player: players.has(r.from),
        spoken: `${nameOf(lib, r.from)} moved ${to} by ${r.points.toFixed(1)} points${r.issue && r.means ? ` on ${ISSUE_NAME[r.issue]}, by ${MEANS_WORDS[r.means]}` : ''}.`,
      };
    }),
  };
}
