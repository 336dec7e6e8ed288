// The debrief pack as Markdown (the download and, through it, the print view): what was decided, the
// same moves under every rule, who moved whom, objectives, participation, exit tickets, the questions
// and the timeline, in the words the Outcome and the Debrief use.
import { citeLabel } from '../content/sources';
import type { Citation } from '../content/types';
import type { Library } from '../model/library';
import { OBJECTIVE_MARK, objectiveNote, objectivesSummary } from '../model/objectives';
import { RULES } from '../model/rules';
import { tallyFigure } from '../model/tally';
import { nameOf } from '../model/session';
import { COMPARISON_NOTE } from './compare';
import { influenceMarkdown } from './influence';
import { NO_ROLE_CARD, round, type DebriefReport } from './report';

/** A line's sources after it, labelled as on screen: " (Washington 2012, para 10; …)". */
function citeText(cites: readonly Citation[] | undefined): string {
  return cites?.length ? ` (${cites.map(citeLabel).join('; ')})` : '';
}

export function reportMarkdown(lib: Library, r: DebriefReport): string {
  const name = (id: string) => mdText(nameOf(lib, id));
  const out: string[] = [
    `# Debrief: ${mdText(r.title)}`,
    '',
    `Decision rule: ${r.rule}. Seed: ${mdText(String(r.seed))}.`,
    '',
    '## Decisions',
    '',
  ];
  for (const d of r.decisions)
    out.push(
      `- **${mdText(d.title)}**: ${d.outcome.replace('-', ' ')}${d.text ? ` — “${mdText(d.text)}”` : ''} (scale ${d.value}; status quo ${d.statusQuo})`,
    );
  out.push('', '## The same moves under every rule', '');
  if (r.comparison.length) out.push(COMPARISON_NOTE, '');
  for (const c of r.comparison) {
    out.push(
      `### ${mdText(c.title)}`,
      '',
      mdText(c.summary),
      '',
      '| rule | result | call on the item | draft at that call | tally | for–against | blocked by / outvoted | deciding vote (pivot) | points from the room’s compromise |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const row of Object.values(c.rows)) {
      const t = row.tally;
      const names = t ? [...t.blockedBy, ...t.outvoted].map(name).join(', ') : '';
      out.push(
        `| ${RULES[row.rule].label} | ${row.adopted ? 'adopted' : 'not adopted'} | ${row.call?.number ?? '—'} | ${row.call ? round(row.call.draftValue) : '—'} | ${t ? tallyFigure(t) : '—'} | ${t ? `${t.for.length}–${t.against.length}` : '—'} | ${mdCell(names || '—')} | ${t?.pivot ? mdCell(name(t.pivot)) : '—'} | ${row.fromCompromise === null ? '—' : row.fromCompromise.toFixed(1)} |`,
      );
    }
    out.push('');
  }
  out.push('## Where the meeting departed from history', '');
  for (const h of r.history) out.push(`- **${mdText(h.title)}**: ${mdText(h.summary)}`);
  out.push('', '## Who moved whom', '');
  if (r.influenceByIssue) out.push(...influenceMarkdown(r.influenceByIssue, name));
  else
    for (const e of r.influence.slice(0, 12))
      out.push(`- ${name(e.from)} → ${name(e.to)}: ${e.points} points`);
  if (r.objectives.length) {
    out.push('', '## Objectives', '');
    for (const [k, o] of r.objectives.entries()) {
      if (k > 0) out.push('');
      out.push(`### ${name(o.delegation)}${o.player ? ` (${mdText(o.player)})` : ''}`, '');
      if (!o.scores) out.push(NO_ROLE_CARD);
      else {
        out.push(objectivesSummary(o.scores), '');
        for (const s of o.scores)
          out.push(
            // A box only for what the meeting decided: one it could not is neither ticked nor left empty.
            `- ${s.status === 'open' ? '' : `[${s.met ? 'x' : ' '}] `}${mdText(s.objective.text)} — ${OBJECTIVE_MARK[s.status]} (${objectiveNote(s)})`,
          );
      }
    }
  }
  if (r.participation.length) {
    out.push(
      '',
      '## Participation',
      '',
      '| delegation | player | speeches | amendments | objections | caucus |',
      '|---|---|---|---|---|---|',
    );
    for (const p of r.participation)
      out.push(
        `| ${mdCell(name(p.delegation))} | ${mdCell(p.player)} | ${p.speeches} | ${p.amendments} | ${p.objections} | ${p.caucus} |`,
      );
  }
  if (r.exitTickets.length) {
    out.push('', '## Exit tickets', '');
    for (const t of r.exitTickets) {
      out.push(`### ${name(t.delegation)} (${mdText(t.player)})`, '');
      t.answers.forEach((a, i) =>
        out.push(`${i + 1}. *${mdText(a.question)}* ${a.answer ? mdText(a.answer) : '(left blank)'}`),
      );
      out.push('');
    }
  }
  out.push('', '## Questions for discussion', '');
  r.questions.forEach((q, i) => out.push(`${i + 1}. ${mdText(q.text)}${citeText(q.cite && [q.cite])}`));
  out.push('', '## Timeline', '');
  for (const t of r.timeline) out.push(`- Day ${t.day}: ${mdText(t.text)}${citeText(t.cite)}`);
  return out.join('\n') + '\n';
}

/**
 * Text from a session (names, titles, a seed) as one line of Markdown: a line break in a name cannot
 * start a heading or a section of its own.
 */
function mdText(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\u0085\p{Cc}]+/gu, ' ');
}

/** Text for a Markdown table cell: one line, and a `|` in it cannot split the row. */
function mdCell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|');
}
