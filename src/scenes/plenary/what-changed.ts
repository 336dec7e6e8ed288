// After a person's move, the "What changed" panel opens on what it did (app/consequences.ts, the same
// computation as the preview), and the hall marks who moved. A caucus offer to the computer is told once
// it is answered, with the answer.
import { changesTitle, PERSON_MOVES, type ChangesView } from '../../app/changes-text';
import { consequences } from '../../app/consequences';
import { LIBRARY } from '../../machines/default';
import type { SessionContext, SessionEvent } from '../../model/session';
import { announce } from '../../ui/live';
import { settings } from '../../ui/settings';
import type { HallView } from './hall';
import type { TabPanel } from './tab-panel';

export class WhatChanged {
  /** What the last person's move changed, for the panel. */
  current: ChangesView | null = null;
  /** A person's caucus offer to the computer, waiting for its answer before its changes are told. */
  private pendingOffer: { ev: SessionEvent; before: SessionContext } | null = null;

  constructor(
    private readonly hall: () => HallView,
    private readonly tabs: () => TabPanel,
  ) {}

  reset(): void {
    this.current = null;
    this.pendingOffer = null;
  }

  /** A move was made: after a person's move, say what it changed (a caucus offer once it is answered). */
  onMove(ev: SessionEvent, before: SessionContext, after: SessionContext): void {
    if (!('by' in ev)) return;
    const pending = this.pendingOffer;
    if (
      pending &&
      pending.ev.type === 'CAUCUS_OFFER' &&
      (ev.type === 'CAUCUS_ACCEPT' || ev.type === 'CAUCUS_REFUSE') &&
      ev.by === pending.ev.to
    ) {
      this.pendingOffer = null;
      this.show(pending.ev, pending.before, after, ev.type === 'CAUCUS_ACCEPT' ? 'accepted' : 'declined');
      return;
    }
    if (!(ev.by in before.humans) || !PERSON_MOVES.has(ev.type)) return;
    if (ev.type === 'CAUCUS_OFFER' && !(ev.to in after.humans)) {
      this.pendingOffer = { ev, before };
      return;
    }
    this.show(ev, before, after);
  }

  private show(
    ev: SessionEvent,
    before: SessionContext,
    after: SessionContext,
    answer?: 'accepted' | 'declined',
  ): void {
    const by = 'by' in ev ? ev.by : undefined;
    const c = consequences(LIBRARY, before, after, ev, by);
    this.current = { title: changesTitle(LIBRARY, ev, answer), c };
    const issue = c.issue;
    const marks = c.moves
      .filter((m) => m.issue === issue)
      .map((m) => ({ id: m.id, dir: Math.sign(m.to - m.from) }));
    for (const x of c.crossed) if (!marks.some((m) => m.id === x.id)) marks.push({ id: x.id, dir: 0 });
    this.hall().showMoves(marks, settings.get().reducedMotion);
    this.tabs().setTab('changed', false);
    this.tabs().render();
    announce(`${this.current.title}. ${c.summary}`);
  }
}
