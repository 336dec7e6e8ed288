import { describe, expect, it } from 'vitest';
import { phaseFacts } from '../../src/machines/plenary';
import { SessionController } from '../../src/app/controller';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import type { SessionInput } from '../../src/model/session';
import { awaitedHumans } from '../../src/model/turns';

const input: SessionInput = {
  scenarioId: 'washington-plenary-2012',
  rule: 'consensus',
  seed: 7,
  items: ['wp12-definition'],
  humans: { CA: 'Player 1' },
};

/** The meeting played by the AI, the person (Canada) yielding its turns, up to the consensus call. */
function toTheCall() {
  const c = new SessionController(plenaryMachine, LIBRARY, input, { game: 't' });
  c.send({ type: 'START' });
  c.send({ type: 'BEGIN' });
  for (let n = 0; n < 300 && c.phase !== 'consensusCall'; n++)
    if (!c.stepAi() && c.awaiting().includes('CA')) c.send({ type: 'YIELD', by: 'CA' });
  expect(c.phase).toBe('consensusCall');
  return c;
}

describe('why the computer moved', () => {
  it('each AI speech and objection carries its reason, and a resumed session tells the same', () => {
    const c = toTheCall();
    // The computer's objections come in while the person is still deciding; the gavel waits for them.
    while (c.stepAi());
    expect(c.awaiting()).toEqual(['CA']);
    const t = c.snapshot.context.transcript;
    const speeches = t.filter((e) => e.kind === 'speech' && e.by !== 'CA');
    const objections = t.filter((e) => e.kind === 'objection');
    expect(speeches.length).toBeGreaterThan(3);
    expect(objections.length).toBeGreaterThan(0);
    for (const e of speeches)
      expect(c.reasonAt(e.seq)).toMatch(/made the case for \d+: .*nearest its own position/);
    for (const e of objections)
      expect(c.reasonAt(e.seq)).toMatch(/objected: the draft costs it more than blocking does \(a loss of/);
    const objector = objections[0]!.by!;
    expect(c.lastReason(objector)).toBe(c.reasonAt(objections[0]!.seq));
    const resumed = SessionController.fromSave(plenaryMachine, LIBRARY, c.save(), { game: 't' });
    for (const e of [...speeches, ...objections]) expect(resumed.reasonAt(e.seq)).toBe(c.reasonAt(e.seq));
  });

  it('the call waits for the person: no gavel until Canada answers', () => {
    const c = toTheCall();
    while (c.stepAi());
    expect(awaitedHumans(LIBRARY, phaseFacts(c.phase), c.snapshot.context)).toEqual(['CA']);
    expect(c.phase).toBe('consensusCall');
    c.send({ type: 'CONCUR', by: 'CA' });
    while (c.stepAi());
    expect(c.phase).not.toBe('consensusCall');
  });
});

describe('why the computer pressed or dealt', () => {
  it('each AI pressure and caucus answer carries its reason, naming issues as the content spells them', () => {
    const c = new SessionController(
      plenaryMachine,
      LIBRARY,
      // A meeting in which the computer both presses and answers a deal.
      { scenarioId: 'washington-plenary-2012', rule: 'consensus', seed: 5, humans: {} },
      { game: 't' },
    );
    c.send({ type: 'START' });
    c.send({ type: 'BEGIN' });
    for (let n = 0; n < 2000 && c.stepAi(); n++);
    const t = c.snapshot.context.transcript;
    const pressures = t.filter((e) => e.kind === 'caucus' && / presses /.test(e.text));
    const answers = t.filter(
      (e) => e.kind === 'caucus' && / accepts: | declines the caucus offer/.test(e.text),
    );
    expect(pressures.length).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);
    for (const e of pressures) {
      const [, by, to] = /^(.+) presses (.+) on Definition scope/.exec(e.text)!;
      expect(c.reasonAt(e.seq)).toMatch(
        new RegExp(
          `^${by} pressed ${to} on Definition scope: ${to} \\(\\d+\\) stands on the far side of where the room is heading \\(\\d+\\) from ${by} \\(\\d+\\)`,
        ),
      );
    }
    const issue = '(Definition scope|Administrative support|Marange \\/ Zimbabwe)';
    for (const e of answers)
      expect(c.reasonAt(e.seq)).toMatch(
        / accepts: /.test(e.text)
          ? new RegExp(
              `accepted: what it gets on ${issue} is worth more to it than what it gives on ${issue} \\(it gains \\d\\.\\d\\d; it takes a deal that gains it \\d\\.\\d\\d or more\\)\\.`,
            )
          : /declined: the trade would gain it \d\.\d\d, less than the \d\.\d\d it needs from a deal before it moves\./,
      );
  });
});
