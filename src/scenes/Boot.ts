// First scene: starts the always-on Overlay, then hands over to Preload.
import { Scene } from 'phaser';

export default class Boot extends Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    this.scene.launch('Overlay');
    this.scene.start('Preload');
  }
}
