/**
 * The hover tooltip over a highlighted match: its category and why it matters. A closed
 * shadow root, `position: fixed`, `pointer-events: none` (it never takes a click), created
 * on first use and then only moved and shown/hidden. Plain text only.
 */
import type { CueCategory } from '../../engine/types';
import { categoryInfo } from '../highlight/categories';

export const TOOLTIP_TAG = 'tidemark-tip';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; display: none; max-width: 320px; }
:host([data-open]) { display: block; }
.tip { font: 12px/1.4 system-ui, sans-serif; color: #fff; background: #1b1f24; border-radius: 6px; padding: 6px 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); direction: ltr; text-align: left; }
.label { font-weight: 700; display: block; }
`;

export interface TooltipHandle {
  host: HTMLElement;
  show(category: CueCategory, x: number, y: number): void;
  hide(): void;
  readonly category: CueCategory | null;
  destroy(): void;
}

export function createTooltip(doc: Document = document): TooltipHandle {
  const host = doc.createElement(TOOLTIP_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  const label = doc.createElement('span');
  label.className = 'label';
  const why = doc.createElement('span');
  tip.append(label, why);
  shadow.append(style, tip);
  let current: CueCategory | null = null;

  return {
    host,
    get category() {
      return current;
    },
    show(category, x, y) {
      if (!host.isConnected) doc.documentElement.append(host);
      if (current !== category) {
        const info = categoryInfo(category);
        label.textContent = `Tidemark cue: ${info.label}`;
        why.textContent = info.why;
        current = category;
      }
      host.setAttribute('data-open', '');
      // Near the pointer, kept inside the viewport.
      const w = host.offsetWidth || 240;
      const h = host.offsetHeight || 48;
      const vw = doc.documentElement.clientWidth || window.innerWidth;
      const vh = doc.documentElement.clientHeight || window.innerHeight;
      const left = Math.max(4, Math.min(x + 12, vw - w - 4));
      const top = y + 18 + h > vh ? Math.max(4, y - h - 10) : y + 18;
      host.style.setProperty('left', `${left}px`, 'important');
      host.style.setProperty('top', `${top}px`, 'important');
    },
    hide() {
      if (current === null && !host.hasAttribute('data-open')) return;
      host.removeAttribute('data-open');
      current = null;
    },
    destroy() {
      host.remove();
      current = null;
    },
  };
}
