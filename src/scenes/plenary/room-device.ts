// This browser becomes a classroom room's device (the teacher's or a delegation's): the classroom
// settings follow the room (its pace, its lesson length), not what this browser last used.
import type { RemoteSession } from '../../app/remote-session';
import { adoptSession } from '../../app/session-store';
import { classroom, freshClassroom } from './classroom';

let unfollow: (() => void) | null = null;

export function becomeRoomDevice(remote: RemoteSession): void {
  unfollow?.();
  freshClassroom('', remote.setup.lessonMinutes);
  classroom.device = { role: remote.role, seat: remote.seat };
  classroom.pace = remote.setup.pace;
  // The teacher may change the pace on the console: every device shows the room's.
  unfollow = remote.subscribe(() => {
    classroom.pace = remote.setup.pace;
  });
  adoptSession(remote);
}
