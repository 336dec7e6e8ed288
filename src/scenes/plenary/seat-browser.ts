// Looking at one seat: pointing at it, or browsing the hall with the arrow keys (H). The seat shows in the
// Seat tab and is read out; stopping goes back to the tab that was open before.
import { seats, type Seat } from '../../app/view-model';
import { LIBRARY } from '../../machines/default';
import type { SessionContext } from '../../model/session';
import { announce } from '../../ui/live';
import type { HallView } from './hall';
import { seatPanel } from '../../app/seat-panel';
import type { TabPanel } from './tab-panel';

export class SeatBrowser {
  browsing = false;
  private hovered: number | null = null;

  constructor(
    private readonly hall: HallView,
    private readonly tabs: TabPanel,
    private readonly ctx: () => SessionContext,
  ) {}

  /** The seat pointed at or browsed, as it stands now. */
  focusedSeat(): Seat | null {
    const i = this.hovered ?? (this.browsing ? this.hall.focusIndex : -1);
    const tok = this.hall.seats[i];
    if (!tok) return null;
    return seats(LIBRARY, this.ctx()).find((s) => s.id === tok.seat.id) ?? tok.seat;
  }

  /** The pointer entered seat `i`, or left the hall (null). */
  hover(i: number | null): void {
    this.hovered = i;
    if (i === null) {
      if (!this.browsing) this.tabs.setTab(this.tabs.tabBeforeSeat, false);
      else this.tabs.render();
      return;
    }
    if (this.tabs.tab !== 'seat') this.tabs.setTab('seat', false);
    else this.tabs.render();
  }

  /** Starts browsing at `from` (your seat or the speaker), or stops. */
  browse(on: boolean, from: string | undefined): void {
    this.browsing = on;
    if (on) {
      const start = Math.max(
        0,
        this.hall.seats.findIndex((t) => t.seat.id === from),
      );
      this.hall.setFocus(start);
      this.tabs.setTab('seat', false);
      this.speak();
    } else {
      this.hall.setFocus(-1);
      this.tabs.setTab(this.tabs.tabBeforeSeat, false);
      announce('Stopped browsing the hall.');
    }
  }

  /** Reads out the focused seat and shows it. */
  speak(): void {
    const seat = this.focusedSeat();
    if (!seat) return;
    const info = seatPanel(LIBRARY, this.ctx(), seat);
    announce(`${info.title}. ${info.lines.join(' ')}`);
    this.tabs.render();
  }
}
