// How colours look with the common colour-vision deficiencies, to check that the hall's stance colours stay
// apart for every player: each colour is converted to linear RGB, passed through Machado, Oliveira and
// Fernandes' (2009) simulation matrix at full severity, and compared in CIELAB (CIE76 ΔE).

export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Machado et al. 2009, severity 1.0, applied to linear RGB. */
const SIMULATION: Record<Vision, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export const VISIONS: readonly Vision[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIELAB of 0xrrggbb as seen with `vision`. */
export function seenAs(rgb: number, vision: Vision): [number, number, number] {
  const linear = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map(toLinear);
  const m = SIMULATION[vision];
  const out = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!)),
  );
  return lab(out);
}

/** How far apart two colours look with `vision` (CIE76 ΔE; about 2 is just noticeable, 20 is clearly apart). */
export function difference(a: number, b: number, vision: Vision): number {
  const p = seenAs(a, vision);
  const q = seenAs(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG relative luminance of 0xrrggbb. */
export function luminance(rgb: number): number {
  const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map(toLinear);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
