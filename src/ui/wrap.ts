// Word-wrapping for scrolling text, with Phaser's own wrapping (so the lines break exactly where a Text
// object would break them), remembered per paragraph and style: panels like the transcript re-wrap the
// same paragraphs after every event, and wrapping measures every word.
import type { GameObjects, Scene, Types } from 'phaser';

/** Wrapped paragraphs kept per style and text; enough for a long session's transcript. */
const LIMIT = 4000;

export class Wrapper {
  private probe: GameObjects.Text | null = null;
  private probeStyle = '';
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly scene: Scene) {}

  /** The lines `text` breaks into in `style` (which sets the wrap width). */
  wrap(text: string, style: Types.GameObjects.Text.TextStyle): readonly string[] {
    if (text === '') return [''];
    const styleKey = JSON.stringify([
      style.fontFamily,
      style.fontSize,
      style.fontStyle,
      style.wordWrap?.width,
      style.wordWrap?.useAdvancedWrap,
    ]);
    const key = `${styleKey}\n${text}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    this.probe ??= this.scene.add.text(0, 0, '', style).setVisible(false);
    if (this.probeStyle !== styleKey) {
      this.probe.setStyle(style);
      this.probeStyle = styleKey;
    }
    const lines = this.probe.getWrappedText(text);
    if (this.cache.size >= LIMIT) this.cache.clear();
    this.cache.set(key, lines);
    return lines;
  }

  destroy(): void {
    this.probe?.destroy();
    this.probe = null;
    this.cache.clear();
  }
}
