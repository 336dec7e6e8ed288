// Where a screen wants the captions of sounds drawn: a place where a line or two covers nothing the player
// is reading (the Plenary's is the open middle of the hall). Screens without one get them at the foot of the
// screen, centred.
export interface CaptionSpot {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const spots = new Map<string, CaptionSpot>();

/** A scene names its spot (once, e.g. at module load). */
export function registerCaptionSpot(sceneKey: string, spot: CaptionSpot): void {
  spots.set(sceneKey, spot);
}

export function captionSpot(sceneKey: string): CaptionSpot | undefined {
  return spots.get(sceneKey);
}
