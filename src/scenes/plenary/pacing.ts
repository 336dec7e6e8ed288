// One AI clock per running session, shared by the Plenary (which asks it when to move) and the
// facilitator's console (which changes the pace). It follows the pace and lesson length the classroom
// settings hold; whether the facilitator runs the rounds is in the session (SET_ROUNDS, OPEN_ROUND).
import type { SessionController } from '../../app/controller';
import { AiPacer, DEFAULT_LESSON_MINUTES } from '../../app/pace';
import { LIBRARY } from '../../machines/default';
import { classroom } from './classroom';

const pacers = new WeakMap<SessionController, AiPacer>();

export function pacerFor(session: SessionController): AiPacer {
  let p = pacers.get(session);
  if (!p)
    pacers.set(session, (p = new AiPacer(LIBRARY, classroom.pace, lessonMs(), () => session.nextAiMove())));
  if (p.pace !== classroom.pace) p.setPace(classroom.pace);
  p.lessonMs = lessonMs();
  p.setFastForward(classroom.fast);
  return p;
}

function lessonMs(): number {
  return (classroom.sessionMinutes ?? DEFAULT_LESSON_MINUTES) * 60_000;
}
