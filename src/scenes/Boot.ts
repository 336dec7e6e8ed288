// First scene: starts the always-on Overlay, then hands over to Preload.
import { Scene } from 'phaser';
import { palette } from '../ui/theme';

export default class Boot extends Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(palette().bg);
    this.scene.launch('Overlay');
    this.scene.start('Preload');
  }
}
