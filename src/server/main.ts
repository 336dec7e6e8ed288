// `npm run serve`: the classroom server. One process serves the built game and hosts the rooms on one
// port, and prints the address students type. DATABASE_URL (PostgreSQL) and REDIS_URL are optional.
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { startClassroomServer } from './app';
import { openPgStore } from './pg-store';
import { openSqliteStore } from './sqlite-store';

const USAGE = `Usage: npm run serve [-- --port N] [--host ADDRESS] [--db FILE]

Serves the built game (run "npm run build" first) and hosts classroom rooms.
  --port N        port to listen on (default 8080)
  --host ADDRESS  address to listen on (default 0.0.0.0: every network of this computer)
  --db FILE       SQLite file that keeps every room's moves (default classroom.db)
  --public-address HOST:PORT
                  where devices reach this process (with REDIS_URL; default: this computer's
                  first network address and the port)
Environment: DATABASE_URL (PostgreSQL instead of SQLite), REDIS_URL (share rooms across processes).`;

const Flags = v.object({
  port: v.pipe(
    v.string(),
    v.transform(Number),
    v.integer('must be a whole number'),
    v.minValue(1),
    v.maxValue(65535),
  ),
  host: v.pipe(v.string(), v.minLength(1)),
  db: v.pipe(v.string(), v.minLength(1)),
  'public-address': v.pipe(v.string(), v.regex(/^$|^[\w.-]+:\d{1,5}$/, 'must be HOST:PORT')),
});

function parseFlags(argv: readonly string[]): v.InferOutput<typeof Flags> {
  const raw: Record<string, string> = {
    port: process.env.PORT ?? '8080',
    host: '0.0.0.0',
    db: 'classroom.db',
    'public-address': '',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(name in raw) || argv[i + 1] === undefined) {
      console.error(`Unknown or incomplete option ${flag}.\n\n${USAGE}`);
      process.exit(2);
    }
    raw[name] = argv[++i]!;
  }
  const parsed = v.safeParse(Flags, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    console.error(`--${issue.path?.[0]?.key as string} ${issue.message}.\n\n${USAGE}`);
    process.exit(2);
  }
  return parsed.output;
}

function addresses(port: number): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal) out.push(`http://${a.address}:${port}`);
  return out.length ? out : [`http://localhost:${port}`];
}

const flags = parseFlags(process.argv.slice(2));
const store = process.env.DATABASE_URL
  ? await openPgStore(process.env.DATABASE_URL)
  : openSqliteStore(flags.db);
const server = await startClassroomServer({
  port: flags.port,
  host: flags.host,
  store,
  staticDir: resolve(process.cwd(), 'dist'),
  addresses: addresses(flags.port),
  ...(process.env.REDIS_URL
    ? {
        redisUrl: process.env.REDIS_URL,
        publicAddress: flags['public-address'] || addresses(flags.port)[0]!.replace(/^http:\/\//, ''),
      }
    : {}),
});
console.log(`Rough Consensus classroom server on port ${server.port}.`);
console.log(`Students open: ${addresses(server.port).join('  or  ')}`);
console.log('Teachers: open the same address followed by /#room to open a room. Stop with Ctrl+C.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
