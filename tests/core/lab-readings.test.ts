// What the Rule Lab's outcomes chart says of each item: whether the rules part or agree, and why, from
// the run's own numbers and the record.
import { describe, expect, it } from 'vitest';
import { itemReadings } from '../../src/app/lab-readings';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runLab, type ItemSpread, type LabResult, type RuleSummary } from '../../src/machines/lab';
import { RULE_IDS, type RuleId } from '../../src/model/rules';

const spread = (against: number, objecting: number, objectors: ItemSpread['objectors'] = []): ItemSpread => ({
  value: { mean: 14, p10: 10, p50: 14, p90: 14 },
  called: 100,
  against,
  objecting,
  objectors,
});

/** A 2012 plenary run as the lab reports it (shares and spreads set by hand). */
function run(definition: Record<RuleId, number>): LabResult {
  const rules: Partial<Record<RuleId, RuleSummary>> = {};
  for (const rule of RULE_IDS) {
    const votes = rule === 'two-thirds' || rule === 'majority' || rule === 'weighted';
    rules[rule] = {
      adopted: { definition: definition[rule], marange: 1, 'administrative-support': 1 },
      adoptedInterval: {},
      definitionScope: { mean: 0, p10: 0, p50: 0, p90: 0 },
      definitionHistogram: [],
      items: {
        definition: votes
          ? spread(11.3, 11.3)
          : spread(9.8, 2.5, [
              { id: 'ZW', share: 0.89 },
              { id: 'RU', share: 0.75 },
              { id: 'CN', share: 0.73 },
              { id: 'ZA', share: 0.04 },
            ]),
        marange: spread(2.9, votes ? 2.9 : 0),
        'administrative-support': spread(0, 0),
      },
    };
  }
  return { scenario: 'washington-plenary-2012', runs: 100, seed: 1, rules };
}

describe('the Rule Lab’s readings of each item', () => {
  it('where the rules part, says who blocks under consensus and who is outvoted in a vote', () => {
    const [definition] = itemReadings(
      LIBRARY,
      run({ consensus: 0.01, 'consensus-minus-one': 0.13, 'two-thirds': 1, majority: 1, weighted: 0.37 }),
    );
    expect(definition).toMatchObject({
      issue: 'definition',
      title: 'The definition of conflict diamonds',
      agree: false,
      verdict: 'The rules part',
    });
    expect(definition!.why).toBe(
      'Under consensus, Zimbabwe (89%), Russia (75%) and China (73%) object; one objection blocks. ' +
        'Consensus minus one adopts it where only one objects. ' +
        'In a vote, two-thirds and majority outvote the 11 against; weighted by production, those against hold enough of it to stop it in 63%. ' +
        'Observers against it, who can neither object nor vote: ADPA. Record: not adopted.',
    );
  });

  it('where every rule adopts an item, says so and why: none against loses enough to object, or nobody is against', () => {
    const [, marange, support] = itemReadings(
      LIBRARY,
      run({ consensus: 0.01, 'consensus-minus-one': 0.13, 'two-thirds': 1, majority: 1, weighted: 0.37 }),
    );
    expect(marange).toMatchObject({ agree: true, verdict: 'The rules agree' });
    expect(marange!.why).toBe(
      'About 3 participants are against it, but none objects: none loses enough to block. ' +
        'In a vote, two-thirds, majority and weighted by production outvote the 3 against. ' +
        'Observers against it, who can neither object nor vote: Civil Society and DDI. ' +
        'Record: adopted by consensus (at 14).',
    );
    expect(support!.why).toBe(
      'Nobody is against it: every participant prefers the draft to the status quo. Record: adopted by consensus (at 22).',
    );
  });

  it('reads a real run of the 2012 plenary as the record has it: the definition parts the rules, Marange and support do not', () => {
    const r = runLab(plenaryMachine, LIBRARY, {
      scenarioId: 'washington-plenary-2012',
      rules: RULE_IDS,
      runs: 12,
      seed: 'readings',
    })!;
    const [definition, marange, support] = itemReadings(LIBRARY, r);
    expect(definition!.agree).toBe(false);
    expect(definition!.why).toMatch(/^Under consensus, .*Zimbabwe \(\d+%\).* object; one objection blocks\./);
    expect(marange!.agree).toBe(true);
    expect(marange!.why).toMatch(/are against it, but none objects/);
    expect(support!.why).toMatch(/^(Nobody|Hardly anyone) is against it/);
  }, 120_000);
});
