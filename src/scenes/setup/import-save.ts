// Setup's "Import a save file…": a file chooser opened from the click (or Enter) itself, the file checked
// whole before anything is replaced, a running session replaced only when the player says so.
import type { Scene } from 'phaser';
import { autosaveText, describeSave, summariseSave } from '../../app/save-summary';
import { SaveError } from '../../app/saves';
import { adoptSession, prepareImport } from '../../app/session-store';
import { Confirm } from '../../ui/confirm';
import { announce } from '../../ui/live';
import { Notice } from '../../ui/notice';
import { classroom, saveClassroom, sceneForPhase } from '../plenary/classroom';
import { goTo } from '../registry';
import { state } from './choices';

export class SaveImporter {
  private fileInput: HTMLInputElement | null = null;

  constructor(private readonly scene: Scene) {}

  /** Opens the browser's file chooser (a hidden input clicked from the player's own click or key). */
  open(): void {
    if (typeof document === 'undefined') return;
    this.fileInput?.remove();
    const el = document.createElement('input');
    el.type = 'file';
    el.accept = '.json,application/json';
    el.className = 'sr-only';
    el.setAttribute('aria-label', 'Choose a Rough Consensus save file');
    el.addEventListener('change', () => {
      const file = el.files?.[0];
      if (!file) return;
      void file.text().then((text) => this.openImported(text));
    });
    document.body.appendChild(el);
    this.fileInput = el;
    el.click();
    announce('Choose a save file to open.');
  }

  /** Removes the hidden input (when the scene shuts down). */
  destroy(): void {
    this.fileInput?.remove();
    this.fileInput = null;
  }

  private openImported(text: string): void {
    if (!this.scene.scene.isActive()) return;
    // Checked completely (fields, every event, a trial replay) before anything is asked or replaced.
    let prepared: ReturnType<typeof prepareImport>;
    try {
      prepared = prepareImport(text);
    } catch (e) {
      this.cannotOpen(e);
      return;
    }
    // A session in progress is not replaced without asking.
    const running = summariseSave(autosaveText());
    const save = prepared.save;
    if (!running) {
      this.openParsed(prepared);
      return;
    }
    new Confirm(
      this.scene,
      `The session in progress (${describeSave(running)}) would be replaced by “${save.title}”. Export it first from the facilitator console if you want to keep it.`,
      {
        title: 'Replace the running session?',
        keep: 'Keep the running session',
        act: 'Replace it',
        onAnswer: (act) => {
          if (act) this.openParsed(prepared);
          else announce('Kept the running session. Nothing was imported.');
        },
      },
    );
  }

  private cannotOpen(e: unknown): void {
    const msg = e instanceof SaveError ? e.message : `This file could not be opened: ${(e as Error).message}`;
    new Notice(this.scene, msg, { title: 'Cannot open this save' });
  }

  private openParsed({ save, session }: ReturnType<typeof prepareImport>): void {
    try {
      const s = adoptSession(session);
      state.pin = classroom.pin;
      classroom.shown = null;
      classroom.unlocked = classroom.pin === '';
      saveClassroom();
      announce(`Opened “${save.title}”.`);
      void goTo(this.scene, sceneForPhase(s.phase));
    } catch (e) {
      this.cannotOpen(e);
    }
  }
}
