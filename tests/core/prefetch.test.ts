// The Preload bar's source: sound files downloaded with progress by bytes, failures left to their own URL.
import { describe, expect, it } from 'vitest';
import { FilePrefetch, type LoadProgress } from '../../src/audio/prefetch';

/** A response whose body arrives in the given chunks, one per `step()`. */
function streamed(chunks: number[], withLength = true) {
  let push!: () => void;
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      return new Promise<void>((resolve) => {
        push = () => {
          if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
          else controller.close();
          resolve();
        };
      });
    },
  });
  const total = chunks.reduce((a, b) => a + b, 0);
  const headers: Record<string, string> = withLength
    ? { 'content-length': String(total), 'content-type': 'audio/wav' }
    : {};
  return { response: new Response(body, { headers }), step: () => push() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('FilePrefetch', () => {
  it('fills by bytes across files and ends with blob URLs', async () => {
    const a = streamed([100, 100]);
    const b = streamed([200]);
    const responses: Record<string, Response> = { '/a.wav': a.response, '/b.wav': b.response };
    const files = new FilePrefetch({ a: '/a.wav', b: '/b.wav' }, (url) => Promise.resolve(responses[url]!));
    const seen: LoadProgress[] = [];
    files.subscribe((p) => seen.push(p));
    const done = files.start();
    await tick();
    expect(files.progress()).toMatchObject({ fraction: 0, done: false, settled: 0, files: 2 });
    a.step();
    await tick();
    expect(files.progress().fraction).toBeCloseTo(100 / 400);
    b.step();
    await tick();
    expect(files.progress().fraction).toBeCloseTo(300 / 400);
    a.step();
    b.step();
    await tick();
    a.step();
    await done;
    expect(files.progress()).toEqual({ fraction: 1, settled: 2, files: 2, failed: 0, done: true });
    expect(files.url('a')).toMatch(/^blob:/);
    expect(files.url('b')).toMatch(/^blob:/);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
  });

  it('counts files while a size is unknown', async () => {
    const a = streamed([50], false);
    const files = new FilePrefetch({ a: '/a', b: '/b' }, (url) =>
      url === '/a' ? Promise.resolve(a.response) : Promise.resolve(new Response(new Uint8Array(10))),
    );
    const done = files.start();
    await tick();
    await tick();
    // b has settled, a streams without a length: one file of two.
    expect(files.progress()).toMatchObject({ fraction: 0.5, settled: 1, done: false });
    a.step();
    await tick();
    a.step();
    await done;
    expect(files.progress().fraction).toBe(1);
  });

  it('settles a failed or missing file without holding the rest, leaving its own URL', async () => {
    const files = new FilePrefetch({ ok: '/ok.wav', gone: '/gone.wav', down: '/down.wav' }, (url) =>
      url === '/ok.wav'
        ? Promise.resolve(new Response(new Uint8Array(8)))
        : url === '/gone.wav'
          ? Promise.resolve(new Response('missing', { status: 404 }))
          : Promise.reject(new TypeError('Failed to fetch')),
    );
    await files.start();
    expect(files.progress()).toMatchObject({ done: true, settled: 3, failed: 2, fraction: 1 });
    expect(files.url('ok')).toMatch(/^blob:/);
    expect(files.url('gone')).toBe('/gone.wav');
    expect(files.url('down')).toBe('/down.wav');
  });

  it('downloads once however often it is started', async () => {
    let calls = 0;
    const files = new FilePrefetch({ a: '/a' }, () => {
      calls += 1;
      return Promise.resolve(new Response(new Uint8Array(4)));
    });
    await Promise.all([files.start(), files.start()]);
    await files.start();
    expect(calls).toBe(1);
  });
});
