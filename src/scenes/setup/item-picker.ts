// Setup's "Custom" agenda: a dialog listing the meeting's items, each included or left out by Enter or a
// click, closed by Done or Esc.
import type { GameObjects, Scene } from 'phaser';
import type { Scenario } from '../../content/types';
import { Button } from '../../ui/button';
import { FocusGroup } from '../../ui/focus';
import { announce } from '../../ui/live';
import { drawBox } from '../../ui/panel';
import { palette, textStyle } from '../../ui/theme';
import { state } from './choices';

/** Opens the dialog over `scene`; `onClose` runs once it is gone. Returns its focus group and objects. */
export function openItemPicker(
  scene: Scene,
  sc: Scenario,
  onClose: () => void,
): { group: FocusGroup; objects: GameObjects.GameObject[] } {
  const pal = palette();
  const { width: W, height: H } = scene.scale;
  const objects: GameObjects.GameObject[] = [];
  const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
  const h = 150 + sc.agenda.length * 62;
  const y0 = (H - h) / 2;
  const box = drawBox(scene, 240, y0, 800, h);
  const title = scene.add.text(270, y0 + 18, 'Choose the agenda items', textStyle('h2', { color: pal.gold }));
  objects.push(scrim, box, title);
  const group = new FocusGroup(scene, { onEscape: () => close() });
  const buttons: Button[] = [];
  const mk = (k: number) => {
    const a = sc.agenda[k]!;
    return new Button(scene, W / 2, y0 + 100 + k * 62, {
      label: `${state.custom.has(a.id) ? '☑' : '☐'} ${a.title}`,
      width: 740,
      height: 52,
      role: 'small',
      align: 'left',
      onActivate: () => {
        if (state.custom.has(a.id)) state.custom.delete(a.id);
        else state.custom.add(a.id);
        const b = mk(k);
        buttons[k]!.destroy();
        buttons[k] = b;
        group.items[k] = b;
        b.attach(group);
        objects.push(b);
        group.focus(k, true);
        announce(`${a.title}: ${state.custom.has(a.id) ? 'included' : 'left out'}.`);
      },
    });
  };
  sc.agenda.forEach((_, k) => buttons.push(mk(k)));
  const done = new Button(scene, W / 2, y0 + h - 40, {
    label: 'Done (Esc)',
    width: 260,
    height: 52,
    role: 'small',
    onActivate: () => close(),
  });
  objects.push(...buttons, done);
  group.add(...buttons, done);
  group.focus(0, true);
  announce(
    `Choose the agenda items: Enter includes or leaves out the highlighted item, Escape when done. ${buttons[0]?.spoken ?? ''}`,
  );
  const close = () => {
    group.destroy();
    for (const o of [...objects, ...buttons]) o.destroy();
    onClose();
  };
  return { group, objects };
}
