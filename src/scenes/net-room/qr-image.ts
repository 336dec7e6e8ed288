// A QR code drawn crisp on a canvas texture (made once per text), with a white quiet zone for scanners.
import QRCode from 'qrcode';
import type { Scene } from 'phaser';

export function drawQr(scene: Scene, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = Math.floor(size / (n + 2 * quiet));
  const px = cell * (n + 2 * quiet);
  const key = `qr-${text}`;
  if (!scene.textures.exists(key)) {
    const tex = scene.textures.createCanvas(key, px, px)!;
    const ctx = tex.getContext();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, px, px);
    ctx.fillStyle = '#000000';
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++)
        if (qr.modules.get(r, c)) ctx.fillRect((c + quiet) * cell, (r + quiet) * cell, cell, cell);
    tex.refresh();
  }
  scene.add.image(x, y, key).setOrigin(0, 0);
}
