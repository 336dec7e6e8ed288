// The role card's lines: who the delegation is, its objectives (the Outcome's own scoring), red lines,
// allies, how much it cares about each issue and what each move does; the words a newcomer may not know,
// explained under the card; and the card for a meeting in which nobody plays a seat.
import { BLOC_PROFILES, BRIEFINGS, DELEGATIONS } from '../../content/index';
import { ISSUE_IDS, type IssueId, type Scenario } from '../../content/types';
import { ISSUE_ENDS, ISSUE_NAME } from '../../content/issues';
import { careWords, MOVE_GUIDE, positionWords } from '../../app/guide';
import { termsIn } from '../../app/terms';
import { citeLong } from '../../app/citations';
import { citeLabel } from '../../app/view-model';
import { briefingObjectives } from '../../app/briefing-objectives';
import { LIBRARY } from '../../machines/default';
import { discussesIssue, type ObjectiveSource } from '../../model/objectives';
import { nameOf } from '../../model/session';
import type { Line } from '../../ui/scroll-text';
import { palette } from '../../ui/theme';

/** "Words on this card": the glossary terms the lines use, each with its definition and source. */
export function withWords(lines: Line[]): Line[] {
  const pal = palette();
  const found = termsIn(lines.map((l) => l.text).join('\n'));
  if (!found.length) return lines;
  return [
    ...lines,
    { text: 'Words on this card', size: 20, bold: true, color: pal.gold, gap: 4 },
    ...found.flatMap((e): Line[] => [
      { text: `${e.term}: ${e.definition}`, size: 18, indent: 8, gap: e.cite.length ? 2 : 6 },
      ...(e.cite.length
        ? [
            {
              text: `Source: ${e.cite.map(citeLabel).join('; ')}`,
              size: 16,
              color: pal.muted,
              indent: 30,
              gap: 6,
            },
          ]
        : []),
    ]),
  ];
}

/** What each move does and risks (the same words as the tutorial). */
function moveLines(): Line[] {
  const pal = palette();
  return [
    { text: 'Your moves in the room', size: 20, bold: true, color: pal.gold, gap: 4 },
    ...MOVE_GUIDE.flatMap((m): Line[] => [
      { text: `•  ${m.action} (key ${m.key}): ${m.does}`, size: 18, indent: 8, gap: 2 },
      { text: `Risk: ${m.risks}`, size: 17, color: pal.muted, indent: 30, gap: 6 },
    ]),
  ];
}

/** How much the delegation cares about each issue and where it starts, in plain words. */
function careLines(id: string, agendaIssues: readonly IssueId[]): Line[] {
  const pal = palette();
  const d = DELEGATIONS.find((x) => x.id === id);
  if (!d) return [];
  const order = [...ISSUE_IDS].sort((a, b) => d.stances[b].salience - d.stances[a].salience);
  return [
    {
      text: 'How much you care about each issue (salience), and where you start',
      size: 20,
      bold: true,
      color: pal.gold,
      gap: 4,
    },
    {
      text: 'A deal works where you and the other side care about the issues differently: give on what you care little about, ask on what you care a lot about.',
      size: 17,
      color: pal.muted,
      gap: 4,
    },
    ...order.map((issue): Line => ({
      text: `•  ${ISSUE_NAME[issue]}${agendaIssues.includes(issue) ? ' (on this meeting’s agenda)' : ''}: ${careWords(d.stances[issue].salience, 'you')}. You start at ${positionWords(issue, d.stances[issue].anchor)}.`,
      size: 18,
      indent: 8,
      gap: 4,
    })),
  ];
}

/**
 * The role card: from BRIEFINGS, or the delegation's bloc and stances; then how much it cares about each
 * issue and what each move does. `meeting`: the scenario and the agenda this session plays.
 */
export function roleLines(id: string, meeting: Omit<ObjectiveSource, 'results'>): Line[] {
  const agendaIssues = ISSUE_IDS.filter((issue) => discussesIssue(LIBRARY, meeting, issue));
  const pal = palette();
  const b = BRIEFINGS.find((x) => x.delegation === id);
  const d = DELEGATIONS.find((x) => x.id === id);
  const head = (text: string): Line => ({ text, size: 20, bold: true, color: pal.gold, gap: 4 });
  const item = (text: string, color?: string): Line => ({
    text: `•  ${text}`,
    size: 18,
    indent: 8,
    gap: 4,
    ...(color ? { color } : {}),
  });
  const out: Line[] = [];
  if (b) {
    out.push(head('Who you are'), { text: b.whoYouAre, size: 18 });
    // Which objectives this meeting can decide, and where each stands: the Outcome's own scoring.
    const objectives = briefingObjectives(LIBRARY, meeting, b);
    out.push(
      head('Your objectives (scored at the end)'),
      ...objectives.lines.map((o) => item(o.text, o.decidable ? undefined : pal.muted)),
      { text: objectives.summary, size: 18, color: pal.gold, gap: 6 },
    );
    out.push(head('Red lines'), ...b.redLines.map((r) => item(r)));
    out.push(head('Allies'), { text: b.allies.map((a) => nameOf(LIBRARY, a)).join(', ') || '—', size: 18 });
    out.push(head('Opponents'), {
      text: b.opponents.map((a) => nameOf(LIBRARY, a)).join(', ') || '—',
      size: 18,
    });
    out.push(head('Read before you speak'), ...b.read.map((c) => item(citeLong(c), pal.muted)));
    return [...out, ...careLines(id, agendaIssues), ...moveLines()];
  }
  if (!d) return [{ text: id }];
  const bloc = BLOC_PROFILES[d.bloc];
  out.push(head('Who you are'), {
    text: `${d.name} (${d.kind}). No role card: on these questions it follows its bloc, ${bloc.label}.`,
    size: 18,
  });
  out.push(head('Where it stands (0–100 on each issue)'));
  for (const issue of ISSUE_IDS) {
    const s = d.stances[issue];
    const [lo, hi] = ISSUE_ENDS[issue];
    out.push(
      item(
        `${ISSUE_NAME[issue]}: ${s.anchor} (0 = ${lo}, 100 = ${hi}). ${
          s.confidence === 'documented' ? 'Documented.' : 'Follows its bloc.'
        }`,
      ),
    );
    if (s.cite.length)
      out.push({
        text: `Source: ${s.cite.map(citeLabel).join('; ')}`,
        size: 16,
        color: pal.muted,
        indent: 30,
        gap: 4,
      });
  }
  const fellows = DELEGATIONS.filter((x) => x.bloc === d.bloc && x.id !== d.id && x.kind === d.kind).map(
    (x) => x.name,
  );
  out.push(head(`Your bloc: ${bloc.label}`), {
    text: fellows.length
      ? `Likely to stand with you: ${fellows.join(', ')}.`
      : 'You stand alone in your bloc.',
    size: 18,
  });
  return [...out, ...careLines(id, agendaIssues), ...moveLines()];
}

export function watchLines(sc: Scenario, agenda: readonly string[]): Line[] {
  return [
    {
      text: 'Nobody plays a seat: the computer plays every delegation and you watch the meeting unfold.',
      size: 20,
    },
    {
      text: 'Press Space or F to fast-forward, F2 for the facilitator console (pause, events, seats). A seat can be handed to a person from the console at any time.',
      size: 18,
    },
    {
      text: `Agenda: ${sc.agenda
        .filter((a) => agenda.includes(a.id))
        .map((a) => a.title)
        .join('; ')}.`,
      size: 18,
    },
  ];
}
