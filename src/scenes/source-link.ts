// A citation opens the Sources screen at its paragraph's summary, over the screen it was read on: that
// screen waits (paused, hidden) and Back returns to it as it was.
import type { Scene } from 'phaser';
import type { SourceLink } from '../app/terms';
import { ensureScene } from './registry';

/** What the Sources screen is opened with from a citation. */
export interface SourcesAt extends SourceLink {
  /** The scene to resume on Back. */
  readonly returnTo: string;
}

export function isSourceLink(v: unknown): v is SourceLink {
  const o = v as { doc?: unknown; para?: unknown } | null;
  return typeof o?.doc === 'string' && typeof o.para === 'number';
}

/** Opens Sources at `link` over `from` (a click on a citation, or Enter right after U). */
export function openSource(from: Scene, link: unknown): void {
  if (!isSourceLink(link) || from.scene.isPaused()) return;
  void ensureScene(from.game, 'Sources').then((ok) => {
    if (!ok || !from.scene.isActive()) return;
    const data: SourcesAt = { doc: link.doc, para: link.para, returnTo: from.scene.key };
    from.scene.pause();
    from.cameras.main.setVisible(false);
    from.scene.launch('Sources', data);
    from.scene.bringToTop('Sources');
  });
}
