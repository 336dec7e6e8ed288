// How often the AI uses the model's two bilateral mechanisms on its own: caucus deals offered, taken
// and refused, and pressure applied, per AI-only session, for every scenario under consensus, and how
// they are spread: over how many pairs of delegations, and the share of the commonest pair.
import { SCENARIOS } from '../../src/content/index';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';

export interface AiMoveRates {
  readonly scenario: string;
  readonly sessions: number;
  readonly offersPerSession: number;
  readonly acceptedPerSession: number;
  readonly refusedPerSession: number;
  readonly pressuresPerSession: number;
  /** Share of sessions with at least one offer or pressure. */
  readonly sessionsWithAMove: number;
  readonly deals: Spread;
  readonly pressures: Spread;
}

/** Who made a kind of move to whom: how many pairs, and the commonest with its share of the moves. */
export interface Spread {
  readonly pairs: number;
  readonly commonest: string;
  readonly commonestShare: number;
}

function spread(tally: ReadonlyMap<string, number>): Spread {
  let total = 0;
  let commonest = '—';
  let most = 0;
  for (const [pair, n] of tally) {
    total += n;
    if (n > most) [commonest, most] = [pair, n];
  }
  return { pairs: tally.size, commonest, commonestShare: total ? most / total : 0 };
}

export function aiMoveRates(sessions: number): AiMoveRates[] {
  return SCENARIOS.map((sc) => {
    let offers = 0;
    let accepted = 0;
    let refused = 0;
    let pressures = 0;
    let withMove = 0;
    const dealPairs = new Map<string, number>();
    const pressurePairs = new Map<string, number>();
    for (let seed = 1; seed <= sessions; seed++) {
      const { log } = runAiSession(plenaryMachine, LIBRARY, {
        scenarioId: sc.id,
        rule: 'consensus',
        seed: `ai-moves/${seed}`,
      }).context;
      let moved = false;
      for (const ev of log) {
        if (ev.type === 'CAUCUS_ACCEPT') accepted++;
        else if (ev.type === 'CAUCUS_REFUSE') refused++;
        else if (ev.type === 'CAUCUS_OFFER' || ev.type === 'PRESSURE') {
          moved = true;
          if (ev.type === 'CAUCUS_OFFER') offers++;
          else pressures++;
          const pairs = ev.type === 'CAUCUS_OFFER' ? dealPairs : pressurePairs;
          const pair = `${ev.by}→${ev.to}`;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
      }
      if (moved) withMove++;
    }
    return {
      scenario: sc.id,
      sessions,
      offersPerSession: offers / sessions,
      acceptedPerSession: accepted / sessions,
      refusedPerSession: refused / sessions,
      pressuresPerSession: pressures / sessions,
      sessionsWithAMove: withMove / sessions,
      deals: spread(dealPairs),
      pressures: spread(pressurePairs),
    };
  });
}

/** Rows for the bench table and figures for its JSON. */
export function aiMoveFigures(sessions: number, rows: [string, string][]): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const r of aiMoveRates(sessions)) {
    rows.push([
      `AI caucus moves per AI-only session, ${r.scenario} (consensus, ${r.sessions} sessions)`,
      `${r.offersPerSession.toFixed(2)} deals offered (${r.acceptedPerSession.toFixed(2)} accepted, ` +
        `${r.refusedPerSession.toFixed(2)} refused), ` +
        `${r.pressuresPerSession.toFixed(2)} pressures; ${Math.round(100 * r.sessionsWithAMove)}% of sessions have one`,
    ]);
    const pairs = (s: Spread, what: string) =>
      `${what} between ${s.pairs} pairs (commonest ${s.commonest}, ${Math.round(100 * s.commonestShare)}%)`;
    rows.push([
      `  who with whom, ${r.scenario}`,
      `${pairs(r.deals, 'deals')}; ${pairs(r.pressures, 'pressure')}`,
    ]);
    figures[`aiOffersPerSession:${r.scenario}`] = r.offersPerSession;
    figures[`aiAcceptedPerSession:${r.scenario}`] = r.acceptedPerSession;
    figures[`aiPressuresPerSession:${r.scenario}`] = r.pressuresPerSession;
    figures[`aiDealPairs:${r.scenario}`] = r.deals.pairs;
    figures[`aiPressurePairs:${r.scenario}`] = r.pressures.pairs;
  }
  return figures;
}
