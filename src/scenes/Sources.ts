// Sources: the two source documents (with a summary of each cited paragraph), the glossary, and the
// timeline with its epilogue. Tabs by keyboard (← → / Tab, or 1 2 3), text scrolls with ↑ ↓ PgUp PgDn
// Home End or the wheel, Escape goes back to the title.
import { Scene, Scenes } from 'phaser';
import type { GlossaryEntry, SourceDocument, TimelineEntry } from '../content/types';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { lineHeight, palette, textStyle } from '../ui/theme';
import { Button } from '../ui/button';
import { FocusGroup, typingInField } from '../ui/focus';
import { Panel } from '../ui/panel';
import { TextBlock, type Para } from '../ui/text-block';
import { documentParas, glossaryParas, timelineParas, type SourcesData } from './sources-content';
import { isSourceLink, type SourcesAt } from './source-link';

registerHelp('Sources', [
  { keys: '← → or Tab', action: 'Switch tab: Documents, Glossary, Timeline' },
  { keys: '1 2 3', action: 'Go straight to a tab' },
  { keys: '↑ ↓', action: 'Scroll a line' },
  { keys: 'PgUp PgDn', action: 'Scroll a page' },
  { keys: 'Home End', action: 'Top / end of the text' },
  { keys: 'Esc', action: 'Back to the title screen, or to the screen a citation was opened from' },
]);

const TABS = ['Documents', 'Glossary', 'Timeline'] as const;
type Tab = (typeof TABS)[number];

// The content module may land after this scene: load it if it is there, else say so.
const CONTENT = import.meta.glob<Record<string, unknown>>('../content/index.ts');

function list<T>(v: unknown): readonly T[] {
  if (Array.isArray(v)) return v as T[];
  if (v && typeof v === 'object') return Object.values(v) as T[];
  return [];
}

async function loadData(): Promise<SourcesData | null> {
  const load = CONTENT['../content/index.ts'];
  if (!load) return null;
  const mod = await load();
  return {
    documents: list<SourceDocument>(mod.SOURCES),
    glossary: list<GlossaryEntry>(mod.GLOSSARY),
    timeline: list<TimelineEntry>(mod.TIMELINE),
  };
}

let lastTab: Tab = 'Documents';

export default class Sources extends Scene {
  private tab: Tab = lastTab;
  private tabs: Button[] = [];
  private block!: TextBlock;
  private group!: FocusGroup;
  private content: SourcesData | null = null;
  /** Opened from a citation: its paragraph, and the screen to go back to. */
  private at: SourcesAt | null = null;
  private saidTarget = false;

  constructor() {
    super({ key: 'Sources' });
  }

  init(data?: Partial<SourcesAt>): void {
    const returnTo = data?.returnTo;
    this.saidTarget = false;
    this.at = isSourceLink(data) && typeof returnTo === 'string' ? { ...data, returnTo } : null;
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.tab = this.at ? 'Documents' : lastTab;
    // Over a paused screen (opened from a citation): a ground of its own.
    if (this.at) this.add.rectangle(0, 0, W, H, pal.bg).setOrigin(0, 0);

    const heading = this.add.text(40, 22, 'Sources', textStyle('h1', { color: pal.gold }));
    const btnH = Math.max(56, lineHeight('body') + 22);
    const back = new Button(this, 0, 0, { label: 'Back (Esc)', width: 0, onActivate: () => this.back() });
    back.setPosition(W - 40 - back.boxW / 2, heading.y + heading.height / 2);

    const tabY = heading.y + heading.height + 16 + btnH / 2;
    let x = 40;
    this.tabs = TABS.map((t, i) => {
      const b = new Button(this, 0, tabY, {
        label: `${i + 1}  ${t}`,
        width: 0,
        onActivate: () => this.select(t),
        hint: `tab ${i + 1} of ${TABS.length}`,
      });
      b.setX(x + b.boxW / 2);
      x += b.boxW + 16;
      return b;
    });

    const panelY = tabY + btnH / 2 + 14;
    const footH = lineHeight('small') + 24;
    const panelH = H - panelY - footH - 8;
    new Panel(this, 40, panelY, W - 80, panelH);
    const moreH = lineHeight('small') + 6;
    this.block = new TextBlock(this, 64, panelY + 18, W - 128, panelH - 36 - moreH);

    this.add
      .text(
        40,
        H - footH / 2 - 4,
        '← → tabs   ↑ ↓ PgUp PgDn scroll   Esc back   ? help',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0, 0.5);

    this.group = new FocusGroup(this, {
      axis: 'horizontal',
      homeEnd: false,
      onEscape: () => this.back(),
      onFocus: (item) => {
        const i = this.tabs.indexOf(item as Button);
        if (i >= 0) this.select(TABS[i]!, false);
      },
    });
    this.group.add(...this.tabs, back);

    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      mirrorText('');
    });

    this.block.setParas([{ text: 'Loading the sources…', color: pal.muted }]);
    announce('Sources.');
    this.group.focus(TABS.indexOf(this.tab));
    void loadData()
      .catch(() => null)
      .then((data) => {
        if (!this.scene.isActive() && !this.scene.isPaused()) return;
        this.content = data;
        this.select(this.tab, false);
      });
  }

  private onKey(ev: KeyboardEvent): void {
    if (!this.group.isTop || typingInField()) return;
    switch (ev.key) {
      case 'ArrowDown':
        this.block.scrollBy(1);
        break;
      case 'ArrowUp':
        this.block.scrollBy(-1);
        break;
      case 'PageDown':
        this.block.page(1);
        break;
      case 'PageUp':
        this.block.page(-1);
        break;
      case 'Home':
        this.block.home();
        break;
      case 'End':
        this.block.end();
        break;
      case '1':
      case '2':
      case '3':
        this.group.focus(Number(ev.key) - 1);
        break;
    }
  }

  private paras(tab: Tab): Para[] {
    const pal = palette();
    if (!this.content) {
      return [
        {
          text: 'The sources are still being written for this build. Come back once the content has arrived.',
          color: pal.muted,
        },
      ];
    }
    switch (tab) {
      case 'Documents':
        return documentParas(this.content, pal, this.at ?? undefined);
      case 'Glossary':
        return glossaryParas(this.content, pal);
      case 'Timeline':
        return timelineParas(this.content, pal);
    }
  }

  /** Shows a tab. `speak` announces it (focus changes announce the tab already). */
  private select(tab: Tab, speak = true): void {
    this.tab = tab;
    lastTab = tab;
    this.tabs.forEach((b, i) => b.setSelected(TABS[i] === tab));
    if (!this.block) return;
    const paras = this.paras(tab);
    this.block.setParas(paras);
    mirrorText(`${tab}\n\n${paras.map((p) => p.text).join('\n')}`);
    const at = this.at;
    const target = at && tab === 'Documents' && this.content ? this.targetPara(at) : null;
    if (target) {
      // The cited paragraph at the top of the view, under its document's title.
      const title = this.content!.documents.find((d) => d.key === at!.doc)?.title ?? '';
      const t = this.block.lineIndex(
        (text, i) => i > this.block.lineIndex((x) => x === title) && text.startsWith('▶ ¶'),
      );
      if (t > 0) this.block.scrollBy(t);
      if (!this.saidTarget) announce(`Sources: ${title}, paragraph ${at!.para}. ${target}`);
      this.saidTarget = true;
    } else if (speak) announce(`${tab} tab.`);
  }

  private targetPara(at: SourcesAt): string | null {
    return this.content?.documents.find((d) => d.key === at.doc)?.summaries[at.para] ?? null;
  }

  private back(): void {
    const at = this.at;
    if (at && this.scene.get(at.returnTo)) {
      this.scene.stop();
      const back = this.scene.get(at.returnTo);
      back.cameras.main.setVisible(true);
      this.scene.resume(at.returnTo);
      announce('Back.');
      return;
    }
    this.scene.start('Title');
  }
}
