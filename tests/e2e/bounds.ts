// Layout checks on what is drawn (window.roughConsensus.layout()): labels cut or spilling out of their
// controls, texts off the 1280×720 design canvas, texts drawn over each other, texts cut short with "…".
import type { ShownLayout, ShownText } from './pointer';

/** Labels cut on purpose: a menu entry whose "…" says it opens a dialog. */
const DIALOG_LABEL =
  /^(Import a save file|Inject an event card|End the session|Role cards to print|Seats: people and AI)…$/;

/** Controls whose label is cut ("…") or whose texts reach outside the box (2 px of slack). */
export function cutLabels(l: ShownLayout): string[] {
  const out: string[] = [];
  for (const c of l.controls) {
    for (const t of c.texts) {
      const outside =
        t.x < c.x - 2 || t.y < c.y - 2 || t.x + t.w > c.x + c.w + 2 || t.y + t.h > c.y + c.h + 2;
      if (outside) out.push(`${c.scene}: “${t.text}” runs out of its box`);
      else if (/…$/.test(t.text) && !DIALOG_LABEL.test(t.text)) out.push(`${c.scene}: “${t.text}” is cut`);
    }
  }
  return out;
}

/** Unavailable controls that do not show why (the reason, or its words before a bracketed aside). */
export function unexplained(l: ShownLayout): string[] {
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  return l.controls
    .filter((c) => c.reason !== undefined)
    .filter((c) => {
      const bare = flat(c.reason!.replace(/\s*\(.*\)\s*$/, ''));
      return !c.texts.some((t) => flat(t.text).startsWith(bare));
    })
    .map((c) => `${c.scene}: “${c.texts[0]?.text ?? ''}” is unavailable and does not say why (${c.reason})`);
}

/** Texts side by side in one control closer than 4 px: a glyph touching its label ("teacher▶"). */
export function crowded(l: ShownLayout): string[] {
  const out: string[] = [];
  for (const c of l.controls)
    c.texts.forEach((a, i) => {
      for (const b of c.texts.slice(i + 1)) {
        const sameLine = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > Math.min(a.h, b.h) / 2;
        const gap = Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w);
        if (sameLine && gap < 4) out.push(`${c.scene}: “${a.text}” touches “${b.text}”`);
      }
    });
  return out;
}

/** Texts that leave the 1280×720 canvas. */
export function offCanvas(l: ShownLayout): string[] {
  return l.texts
    .filter((t) => t.x < -1 || t.y < -1 || t.x + t.w > 1281 || t.y + t.h > 721)
    .map((t) => `${t.scene}: “${t.text.slice(0, 40)}” leaves the screen`);
}

/**
 * Texts drawn over each other: a label run into another. Two texts collide when their boxes cross by more
 * than 2 px across and by more than a third of the lower one's height down (lines set closely above one
 * another share a few pixels of leading, and do not count). A share of the smaller box was the measure
 * once (more than a sixth covered): a long heading running 20 px into a longer line beside it covered
 * too little of either ("BriefingWashington plenary…" passed).
 */
export function overlapping(l: ShownLayout): string[] {
  const out: string[] = [];
  const texts = l.texts.filter((t) => t.w > 0 && t.h > 0);
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (across > 2 && down > Math.min(a.h, b.h) / 3)
        out.push(`${a.scene}: “${a.text.slice(0, 30)}” runs into “${b.text.slice(0, 30)}”`);
    }
  });
  return out;
}

/**
 * Texts run together on one screen as a person sees it: within each scene, and within a modal list or dialog
 * (depth 1000 and up, over a scrim that hides the page) apart from the page beneath it. A console or dialog
 * scene over the Plenary covers it whole.
 */
export function runTogether(l: ShownLayout): string[] {
  const layers = new Map<string, ShownText[]>();
  for (const t of l.texts) {
    const key = `${t.scene}/${t.depth >= 1000 ? 'modal' : 'page'}`;
    layers.set(key, [...(layers.get(key) ?? []), t]);
  }
  return [...layers.values()].flatMap((texts) => overlapping({ ...l, texts }));
}

/** Texts anywhere (not only on controls) cut short with "…", dialog labels aside. */
export function cutTexts(l: ShownLayout): string[] {
  return l.texts
    .filter((t) => /…$/.test(t.text.trim()) && !DIALOG_LABEL.test(t.text))
    .map((t) => `${t.scene}: “${t.text}” is cut`);
}

/** Texts cut short inside a line ("Step pace: press Space for…  ·  Session 45:00 left"): a word, then "…". */
export function cutWithin(l: ShownLayout): string[] {
  return l.texts
    .filter((t) => /[\p{L}\p{N},;:]…\s/u.test(t.text))
    .map((t) => `${t.scene}: “${t.text.slice(0, 60)}” is cut inside the line`);
}

/** The texts drawn inside a rectangle of the design canvas, top to bottom. */
export function textsWithin(l: ShownLayout, r: { x: number; y: number; w: number; h: number }): ShownText[] {
  return l.texts
    .filter((t) => t.x + t.w > r.x && t.x < r.x + r.w && t.y + t.h > r.y && t.y < r.y + r.h)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Texts that start inside a rectangle but reach outside it (2 px of slack). */
export function spilling(texts: readonly ShownText[], r: { x: number; y: number; w: number; h: number }) {
  return texts
    .filter((t) => t.x < r.x - 2 || t.y < r.y - 2 || t.x + t.w > r.x + r.w + 2 || t.y + t.h > r.y + r.h + 2)
    .map((t) => `“${t.text.slice(0, 40)}” (${t.x},${t.y} ${t.w}×${t.h}) leaves its panel`);
}
