// Downloads a set of files' bytes and reports progress, for the Preload scene's bar. main.ts starts it
// before Phaser boots, so the download runs beside the engine's start-up instead of after it. Nothing is
// decoded here: the bytes wait, as blob URLs, until the audio service asks for them.

export interface LoadProgress {
  /** 0..1: by bytes once every file's size is known, by files before that. */
  readonly fraction: number;
  /** Files finished, whether they arrived or failed. */
  readonly settled: number;
  readonly files: number;
  readonly failed: number;
  readonly done: boolean;
}

interface FileState {
  received: number;
  /** From Content-Length; undefined until the headers arrive, or when the server does not say. */
  total: number | undefined;
  settled: boolean;
  blobUrl: string | undefined;
}

export type Fetcher = (url: string) => Promise<Response>;

export class FilePrefetch<K extends string> {
  private readonly state = new Map<K, FileState>();
  private readonly listeners = new Set<(p: LoadProgress) => void>();
  private started: Promise<void> | undefined;

  constructor(
    private readonly urls: Readonly<Record<K, string>>,
    private readonly fetcher: Fetcher = (url) => fetch(url, { priority: 'low' }),
  ) {
    for (const key of Object.keys(urls) as K[]) {
      this.state.set(key, { received: 0, total: undefined, settled: false, blobUrl: undefined });
    }
  }

  /** Starts the downloads (once); resolves when every file has arrived or failed. Never rejects. */
  start(): Promise<void> {
    this.started ??= Promise.all([...this.state.keys()].map((k) => this.fetchOne(k))).then(() => undefined);
    return this.started;
  }

  /** The blob URL of a file that arrived, else its own URL (so a failed download can be tried again). */
  url(key: K): string {
    return this.state.get(key)?.blobUrl ?? this.urls[key];
  }

  progress(): LoadProgress {
    const files = [...this.state.values()];
    const settled = files.filter((f) => f.settled).length;
    const failed = files.filter((f) => f.settled && !f.blobUrl).length;
    const sized = files.every((f) => f.settled || f.total !== undefined);
    let fraction: number;
    if (sized) {
      const size = (f: FileState) => (f.settled ? Math.max(f.received, 1) : f.total!);
      const total = files.reduce((t, f) => t + size(f), 0);
      const got = files.reduce((t, f) => t + (f.settled ? size(f) : Math.min(f.received, f.total!)), 0);
      fraction = total > 0 ? got / total : 1;
    } else {
      fraction = settled / files.length;
    }
    return { fraction, settled, files: files.length, failed, done: settled === files.length };
  }

  /** Calls `fn` on every change of progress. Returns the unsubscribe function. */
  subscribe(fn: (p: LoadProgress) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    const p = this.progress();
    for (const fn of [...this.listeners]) fn(p);
  }

  private async fetchOne(key: K): Promise<void> {
    const file = this.state.get(key)!;
    try {
      const res = await this.fetcher(this.urls[key]);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const length = Number(res.headers.get('content-length'));
      file.total = Number.isFinite(length) && length > 0 ? length : undefined;
      const type = res.headers.get('content-type') ?? '';
      const chunks: Uint8Array[] = [];
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          file.received += value.byteLength;
          this.emit();
        }
      } else {
        const buf = new Uint8Array(await res.arrayBuffer());
        chunks.push(buf);
        file.received = buf.byteLength;
      }
      file.blobUrl = URL.createObjectURL(new Blob(chunks as BlobPart[], { type }));
    } catch {
      // Offline, blocked or missing: the file is left to its own URL, and the game goes on without waiting.
    }
    file.settled = true;
    this.emit();
  }
}
