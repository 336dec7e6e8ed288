// Typing into the canvas: a real (visually hidden) <input> takes the keys while a field is edited, so screen
// readers and IMEs work, and the game's own shortcuts (M, ?, Tab) stand aside (typingInField()).
import { announce } from '../../ui/live';

export interface EditOptions {
  readonly label: string;
  readonly initial: string;
  readonly maxLength: number;
  /** Digits only. */
  readonly digits?: boolean;
  /** Keep the text and put the caret at its end (a longer answer to add to), instead of selecting it. */
  readonly caretAtEnd?: boolean;
  /** Called on every change with the current text. */
  onChange(value: string): void;
  /** Called once: the committed text, or null if cancelled with Escape. */
  onDone(value: string | null): void;
}

let active: HTMLInputElement | null = null;

/** Is a field being edited now? */
export function editing(): boolean {
  return active !== null;
}

/** Starts editing with the text selected; Enter or Tab commits, Escape cancels, losing focus commits. */
export function editText(o: EditOptions): void {
  if (typeof document === 'undefined') return;
  active?.blur();
  const el = document.createElement('input');
  el.type = 'text';
  el.className = 'sr-only';
  el.setAttribute('aria-label', o.label);
  el.maxLength = o.maxLength;
  el.value = o.initial;
  el.autocomplete = 'off';
  if (o.digits) el.inputMode = 'numeric';
  let finished = false;
  const finish = (value: string | null) => {
    if (finished) return;
    finished = true;
    active = null;
    el.remove();
    o.onDone(value);
  };
  el.addEventListener('input', () => {
    if (o.digits) {
      const clean = el.value.replace(/\D+/g, '');
      if (clean !== el.value) el.value = clean;
    }
    o.onChange(el.value);
  });
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === 'Escape') {
      // Keep the key from the game: it must not re-open the field or leave the screen.
      ev.stopPropagation();
      ev.preventDefault();
      finish(ev.key === 'Enter' ? el.value : null);
    } else if (ev.key === 'Tab') {
      // Commits, and the game then moves focus on as usual.
      ev.preventDefault();
      finish(el.value);
    }
  });
  el.addEventListener('blur', () => finish(el.value));
  document.body.appendChild(el);
  active = el;
  el.focus();
  // The whole text is selected, as in any form: typing replaces it ("Player 1" does not become "Player 1Ana").
  if (o.caretAtEnd) el.setSelectionRange(el.value.length, el.value.length);
  else el.select();
  announce(
    o.caretAtEnd && o.initial
      ? `Editing ${o.label}: ${o.initial}. Typing adds to it. Enter keeps it, Escape cancels.`
      : o.initial
        ? `Editing ${o.label}: ${o.initial}, selected: typing replaces it. Enter keeps it, Escape cancels.`
        : `Editing ${o.label}: empty. Type, then press Enter. Escape cancels.`,
  );
}

/** Ends any edit (e.g. when the scene closes), committing it. */
export function stopEditing(): void {
  active?.blur();
}
