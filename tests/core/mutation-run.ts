// The mutation run (`npm run mutate`, vitest.stryker.config.ts sets RC_MUTATION_RUN) runs every test that
// reached a surviving mutant, once per mutant, instrumented. A test that repeats one check over many
// seeds or sessions plays a smaller, still varied share of them there, named where it is used; `npm test`
// plays them all. A smaller share can only lower the mutation score, never raise it.
export const MUTATION_RUN = process.env.RC_MUTATION_RUN === '1';

/**
 * The repeats 0..n-1 a test plays: all of them, or in the mutation run only `count` of them from
 * `k % n` on (pass a different `k` for each outer case, so that together the cases still reach every
 * repeat).
 */
export function repeats(n: number, k: number, count = 1): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  return MUTATION_RUN ? all.slice(0, Math.min(count, n)).map((i) => (k + i) % n) : all;
}
