// The teacher's kit as data: documents of pages of paragraphs, each fact with its citation. The kit's scenes
// show them on screen and print them; nothing here knows how.
import type { Citation } from './types';

/** 'say': words the teacher can read out; 'step': an action; 'note': plain text. */
export type KitParaKind = 'note' | 'step' | 'say';

export interface KitPara {
  readonly text: string;
  readonly kind?: KitParaKind;
  /** Where a fact comes from (the two source documents, or the public record with its address). */
  readonly cite?: readonly Citation[];
}

export interface KitPage {
  readonly heading: string;
  readonly paras: readonly KitPara[];
}

export interface KitDoc {
  readonly title: string;
  /** One line under the title: who it is for and when to use it. */
  readonly intro: string;
  readonly pages: readonly KitPage[];
}

/** One exit-ticket question and the hint shown under it. */
export interface ExitQuestion {
  readonly id: 'goal' | 'moved' | 'rule';
  readonly text: string;
  readonly hint: string;
}
