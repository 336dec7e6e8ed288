// Generates the game's sounds and emblem by synthesis, in plain Node, with no downloads.
// Deterministic: a seeded generator drives every random choice, so a rerun gives identical bytes.
//
//   npm run assets  →  assets/audio/gavel.wav, murmur.wav, chime.wav and assets/emblem.svg
//
// The WAVs are 16-bit PCM mono at 22,050 Hz: small, and every browser decodes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_AUDIO = join(ROOT, 'assets', 'audio');
const SR = 22050;
const TAU = Math.PI * 2;

/** mulberry32: a tiny seeded PRNG, returns floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RBJ biquad band-pass (constant 0 dB peak gain). Returns a stateful per-sample filter. */
function bandpass(freq, q) {
  const w0 = (TAU * freq) / SR;
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w0)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  return (x) => {
    const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    return y;
  };
}

/** One-pole low-pass. */
function lowpass(freq) {
  const k = 1 - Math.exp((-TAU * freq) / SR);
  let y = 0;
  return (x) => (y += k * (x - y));
}

/** Scales to the given peak (0..1). */
function normalise(samples, peak) {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const g = max > 0 ? peak / max : 0;
  return samples.map((s) => s * g);
}

/** 16-bit PCM mono WAV. */
function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    const v = Math.max(-1, Math.min(1, s));
    data.writeInt16LE(Math.round(v < 0 ? v * 32768 : v * 32767), i * 2);
  });
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16); // fmt chunk size
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28); // byte rate
  h.writeUInt16LE(2, 32); // block align
  h.writeUInt16LE(16, 34); // bits per sample
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** A wooden gavel knock: a band-passed noise click, two wood modes, a low thump, and a soft rebound. */
function gavel() {
  const rand = rng(0x6a7e1);
  const n = Math.round(SR * 0.6);
  const out = new Array(n).fill(0);
  const strike = (t0, gain) => {
    const click = bandpass(1900, 1.2);
    const body = bandpass(420, 3);
    for (let i = 0; i < n; i++) {
      const t = i / SR - t0;
      if (t < 0) continue;
      const noise = rand() * 2 - 1;
      const clickEnv = Math.exp(-t / 0.008);
      const bodyEnv = Math.exp(-t / 0.045);
      const wood =
        0.5 * Math.sin(TAU * 720 * t) * Math.exp(-t / 0.05) +
        0.3 * Math.sin(TAU * 1310 * t) * Math.exp(-t / 0.03);
      // Low thump: a sine gliding from 150 Hz down towards 70 Hz.
      const f = 70 + 80 * Math.exp(-t / 0.03);
      const thump = Math.sin(TAU * f * t) * Math.exp(-t / 0.09);
      const attack = Math.min(1, t / 0.0008);
      out[i] +=
        gain *
        attack *
        (1.6 * click(noise) * clickEnv + 0.9 * body(noise) * bodyEnv + 0.5 * wood + 0.9 * thump);
    }
  };
  strike(0.005, 1);
  strike(0.16, 0.35); // the gavel bounces once
  const fadeStart = n - Math.round(SR * 0.05);
  for (let i = fadeStart; i < n; i++) out[i] *= (n - i) / (n - fadeStart);
  return normalise(out, 0.89);
}

/**
 * A few seconds of crowd murmur that loops without a seam. Voices are band-passed noise, gated at syllable
 * rate and phrased slowly; every modulation completes a whole number of cycles over the loop, and the noise
 * is cross-faded from its tail into its head, so the last sample runs on into the first.
 */
function murmur() {
  const rand = rng(0x4d55524d);
  const seconds = 6;
  const n = SR * seconds;
  const fade = Math.round(SR * 0.5);
  const total = n + fade;
  const cycles = (hz) => Math.max(1, Math.round(hz * seconds)) / seconds; // snap to the loop
  const voices = 11;
  const env = []; // per-voice envelope parameters, applied after the cross-fade
  const carriers = [];
  for (let v = 0; v < voices; v++) {
    const fc = 260 + rand() * 650;
    const a = bandpass(fc, 2.5 + rand() * 2);
    const b = bandpass(fc * (2.1 + rand() * 0.6), 4);
    const lp = lowpass(2400);
    const c = new Array(total);
    for (let i = 0; i < total; i++) {
      const x = rand() * 2 - 1;
      c[i] = lp(a(x) + 0.45 * b(x));
    }
    carriers.push(c);
    env.push({
      syl: cycles(2.6 + rand() * 2.4),
      sylPhase: rand() * TAU,
      phrase: cycles(0.17 + rand() * 0.5),
      phrasePhase: rand() * TAU,
      gain: 0.6 + rand() * 0.5,
    });
  }
  const bed = bandpass(500, 0.7);
  const bedNoise = new Array(total);
  for (let i = 0; i < total; i++) bedNoise[i] = bed(rand() * 2 - 1);

  // Cross-fade each noise signal's tail into its head (equal power), giving n seamless samples.
  const seam = (x) => {
    const y = x.slice(0, n);
    for (let i = 0; i < fade; i++) {
      const th = (i / fade) * (Math.PI / 2);
      y[i] = x[i] * Math.sin(th) + x[n + i] * Math.cos(th);
    }
    return y;
  };
  const out = new Array(n).fill(0);
  carriers.forEach((c, v) => {
    const s = seam(c);
    const e = env[v];
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      const syl = Math.pow(0.5 + 0.5 * Math.sin(TAU * e.syl * t + e.sylPhase), 2);
      const phrase = Math.max(0, Math.sin(TAU * e.phrase * t + e.phrasePhase));
      out[i] += e.gain * s[i] * (0.25 + 0.75 * syl) * (0.2 + 0.8 * phrase);
    }
  });
  const b = seam(bedNoise);
  const swell = cycles(0.12);
  for (let i = 0; i < n; i++) out[i] += 0.35 * b[i] * (0.8 + 0.2 * Math.sin((TAU * swell * i) / SR));
  return normalise(out, 0.6);
}

/** A bell-like chime: two strikes (a rising fourth), each a handful of inharmonic partials decaying exponentially. */
function chime() {
  const n = Math.round(SR * 2.6);
  const out = new Array(n).fill(0);
  // Ratios after a small tuned bell: hum, prime, tierce, quint, nominal and two upper partials.
  const partials = [
    [0.5, 0.35, 1.6],
    [1, 1, 1.2],
    [1.19, 0.45, 0.9],
    [1.5, 0.3, 0.7],
    [2, 0.5, 0.6],
    [2.74, 0.2, 0.35],
    [3.76, 0.12, 0.22],
  ];
  const strike = (t0, f0, gain) => {
    for (let i = 0; i < n; i++) {
      const t = i / SR - t0;
      if (t < 0) continue;
      const attack = Math.min(1, t / 0.004);
      let s = 0;
      for (const [ratio, amp, decay] of partials) {
        // Slight detuning pairs give the shimmer of a real bell.
        s +=
          amp *
          Math.exp(-t / decay) *
          (Math.sin(TAU * f0 * ratio * t) + 0.3 * Math.sin(TAU * f0 * ratio * 1.002 * t));
      }
      out[i] += gain * attack * s;
    }
  };
  strike(0.0, 587.33, 0.8); // D5
  strike(0.22, 783.99, 1); // G5
  const fadeStart = n - Math.round(SR * 0.3);
  for (let i = fadeStart; i < n; i++) out[i] *= (n - i) / (n - fadeStart);
  return normalise(out, 0.8);
}

/** The emblem: a faceted brilliant in a gold ring. The same geometry is drawn in code by src/ui/emblem.ts. */
function emblemSvg() {
  const W = 256;
  const cx = 128;
  const size = 158; // diamond width (1.3 × the ring radius, as in src/ui/emblem.ts)
  const top = 128 - size * 0.5;
  const P = (x, y) => [cx + x * size, top + y * size];
  const T1 = P(-0.25, 0);
  const T2 = P(0.25, 0);
  const G = [-0.5, -0.25, 0, 0.25, 0.5].map((x) => P(x, 0.3));
  const C = P(0, 1);
  const facets = [
    [[G[0], T1, G[1]], '#c9d8ee'],
    [[T1, G[1], G[2]], '#eef3fb'],
    [[T1, T2, G[2]], '#ffffff'],
    [[T2, G[2], G[3]], '#dbe6f5'],
    [[T2, G[3], G[4]], '#a9bfe0'],
    [[G[0], G[1], C], '#8fa9d3'],
    [[G[1], G[2], C], '#d6e2f3'],
    [[G[2], G[3], C], '#b5c8e6'],
    [[G[3], G[4], C], '#7c97c6'],
  ];
  const poly = (pts, fill) =>
    `<polygon points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" fill="${fill}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${W}" width="${W}" height="${W}">`,
    `<title>Rough Consensus emblem: a faceted diamond in a gold ring</title>`,
    `<circle cx="128" cy="128" r="122" fill="#0b1733" stroke="#f2c14e" stroke-width="8"/>`,
    `<g stroke="#f2c14e" stroke-width="3" stroke-linejoin="round">`,
    ...facets.map(([pts, fill]) => poly(pts, fill)),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}

function write(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote ${path.slice(ROOT.length + 1)} (${data.length} bytes)`);
}

write(join(OUT_AUDIO, 'gavel.wav'), wav(gavel()));
write(join(OUT_AUDIO, 'murmur.wav'), wav(murmur()));
write(join(OUT_AUDIO, 'chime.wav'), wav(chime()));
write(join(ROOT, 'assets', 'emblem.svg'), emblemSvg());
