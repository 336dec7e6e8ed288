// Real Redis and PostgreSQL servers for the scale-out tests, from Debian's packages (.ci/run installs
// them): each started on a free loopback port in a fresh folder, and stopped by its own process id.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../e2e/harness';

export interface Service {
  readonly url: string;
  stop(): Promise<void>;
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${out}`)), 30_000);
    const look = (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}: ${out}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

export async function startRedis(): Promise<Service> {
  if (!existsSync('/usr/bin/redis-server'))
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does it)');
  const port = await freePort();
  const child = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(child) };
}

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version)
    throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does it)');
  return join(root, version, 'bin');
}

export async function startPostgres(): Promise<Service> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'rc-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: run it as the postgres user the package creates.
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString()) : undefined;
  const gid = asRoot ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : undefined;
  if (asRoot) {
    chownSync(dir, uid!, gid!);
    chmodSync(dir, 0o700);
  }
  const as = asRoot ? { uid: uid!, gid: gid! } : {};
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'rc', '--auth=trust', '-E', 'UTF8'], {
    ...as,
    stdio: 'ignore',
  });
  const port = await freePort();
  const child = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { ...as, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForLine(child, /ready to accept connections/, 'postgres');
  return { url: `postgres://rc@127.0.0.1:${port}/postgres`, stop: stopper(child) };
}
