// Mutation results kept in git (scripts/mutation-kept.ts): what is dropped from Stryker's incremental
// file must come back before a run, or Stryker would treat every test as new and test every mutant again.
import { describe, expect, it } from 'vitest';
import { fromKept, stableJson, toKept, type IncrementalReport } from '../../scripts/mutation-kept';

function report(): IncrementalReport {
  return {
    schemaVersion: '2',
    projectRoot: '/somewhere/else',
    config: { mutate: ['src/model/rng.ts'], concurrency: 2 },
    files: {
      'src/model/rng.ts': {
        language: 'typescript',
        source: 'export const one = 1;\n',
        mutants: [
          {
            id: '1',
            mutatorName: 'ArithmeticOperator',
            status: 'Killed',
            killedBy: ['t1'],
            coveredBy: ['t1', 't2'],
          },
          { id: '2', mutatorName: 'EqualityOperator', status: 'Survived', coveredBy: ['t2'] },
        ],
      },
      'src/model/empty.ts': { language: 'typescript', source: '', mutants: [] },
    },
    testFiles: {
      'tests/core/a.test.ts': { source: "it('a', () => {});\n", tests: [{ id: 't1', name: 'a' }] },
      'tests/core/b.test.ts': { source: "it('b', () => {});\n", tests: [{ id: 't2', name: 'b' }] },
    },
  };
}

describe('mutation results kept in git', () => {
  it('keeps the mutants and the tests but not the tests’ sources nor the configuration', () => {
    const kept = toKept(report(), 'abc123');
    expect(kept.testsAt).toBe('abc123');
    expect(kept.config).toBeUndefined();
    expect(kept.files).toEqual(report().files);
    for (const file of Object.values(kept.testFiles!)) expect(file.source).toBeUndefined();
    expect(kept.testFiles!['tests/core/a.test.ts']!.tests).toEqual([{ id: 't1', name: 'a' }]);
  });

  it('puts each test file’s source back as git had it at the commit measured', () => {
    const asked: string[] = [];
    const back = fromKept(toKept(report(), 'abc123'), (commit, file) => {
      asked.push(`${commit}:${file}`);
      return file.endsWith('a.test.ts') ? "it('a', () => {});\n" : undefined;
    });
    expect(asked).toEqual(['abc123:tests/core/a.test.ts', 'abc123:tests/core/b.test.ts']);
    expect(back.testFiles!['tests/core/a.test.ts']!.source).toBe("it('a', () => {});\n");
    // A commit this clone lacks: Stryker matches that file's tests by name.
    expect(back.testFiles!['tests/core/b.test.ts']).toEqual({ tests: [{ id: 't2', name: 'b' }] });
    expect(back.testsAt).toBeUndefined();
    const { config: _c, ...original } = report();
    expect({ ...back, testFiles: undefined }).toEqual({ ...original, testFiles: undefined });
  });

  it('writes JSON that reads back the same, one mutant and one test file per line', () => {
    const kept = toKept(report(), 'abc123');
    const text = stableJson(kept);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(kept)));
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('"mutatorName"'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('"tests/core/'))).toHaveLength(2);
  });
});
