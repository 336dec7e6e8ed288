// The off-canvas ARIA live region (#live in index.html): screen readers read what is written into it.

const MAX_LOG = 50;
const log: string[] = [];
let pending: ReturnType<typeof setTimeout> | undefined;
let batch: string[] = [];

/** Everything announced so far, oldest first (the last MAX_LOG lines). */
export function announcements(): readonly string[] {
  return log;
}

/**
 * Announces a line to assistive technology. The region is cleared first and refilled a moment later, so
 * announcing the same words twice is read twice; lines announced together are read together.
 */
export function announce(text: string): void {
  const line = text.trim();
  if (!line) return;
  log.push(line);
  if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
  if (typeof document === 'undefined') return;
  const region = document.getElementById('live');
  if (!region) return;
  batch.push(line);
  if (pending !== undefined) clearTimeout(pending);
  region.textContent = '';
  pending = setTimeout(() => {
    pending = undefined;
    region.textContent = batch.join(' ');
    batch = [];
  }, 30);
}

/**
 * Puts the long text a scene shows (sources, transcripts) into the off-canvas #screen-text element, so a
 * screen reader can browse it at its own pace. Pass '' to clear it when the scene closes.
 */
export function mirrorText(text: string): void {
  if (typeof document === 'undefined') return;
  const el = document.getElementById('screen-text');
  if (el) el.textContent = text;
}
