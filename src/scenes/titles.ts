// Human names of the scenes, for the help overlay ("On this screen: …") and anything else that names a
// screen. Every scene file (src/scenes/<Key>.ts) has one; a Node test checks that none is missing.
export const SCENE_TITLES: Readonly<Record<string, string>> = {
  Boot: 'Starting',
  Preload: 'Loading',
  Overlay: 'Captions and help',
  Title: 'Title',
  Setup: 'New game',
  Briefing: 'Briefing',
  Handover: 'Hand-over',
  Plenary: 'Plenary',
  Facilitator: 'Facilitator console',
  Outcome: 'Outcome',
  Debrief: 'Debrief',
  Replay: 'Replay 2012–2013',
  History: 'Watch history',
  RuleLab: 'Rule Lab',
  Sources: 'Sources',
  Settings: 'Settings',
  NetRoom: 'Classroom room',
  NetJoin: 'Join a classroom room',
  NetDashboard: 'Class dashboard',
  Classroom: 'Classroom',
  KitReader: 'Teacher’s kit',
  ExitTicket: 'Exit tickets',
  DebriefSlides: 'Debrief slides',
};

/** The human name of a scene; the key itself only for a scene nobody named (the Node test prevents it). */
export function sceneTitle(key: string): string {
  return SCENE_TITLES[key] ?? key;
}
