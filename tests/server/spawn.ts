// The classroom server as its own process (`npm run serve`'s entry), for the tests that kill it, run two
// of it behind Redis, or measure it: resolves once it prints the address students type.
import { spawn, type ChildProcess } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface ServeOptions {
  /** The SQLite file (none: the server's default, or DATABASE_URL's PostgreSQL). */
  readonly db?: string;
  /** Extra environment (REDIS_URL, DATABASE_URL, NODE_ENV). */
  readonly env?: Record<string, string>;
  readonly startMs?: number;
}

export function spawnServer(port: number, o: ServeOptions = {}): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1'],
      ...['--public-address', `127.0.0.1:${port}`],
      ...(o.db ? ['--db', o.db] : []),
    ],
    { cwd: ROOT, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), o.startMs ?? 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Students open')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${out}`));
    });
  });
}
