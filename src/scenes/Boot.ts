// First scene: starts the always-on Overlay, then the title, by way of the loading screen only when the
// sounds are still on their way (each scene change costs a frame, and on a quick connection they are in).
import { Scene } from 'phaser';
import { soundFiles } from '../audio/audio';
import Preload from './Preload';

export default class Boot extends Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create(): void {
    performance.mark('rc:boot'); // (marks: see npm run bench)
    this.scene.launch('Overlay');
    if (soundFiles.progress().done) Preload.toTitle(this);
    else this.scene.start('Preload');
  }
}
