/**
 * The per-post badge: score, verdict, reasons and a Flag button, inside a CLOSED shadow
 * root so page styles and scripts can't reach into it. Built with DOM APIs and
 * textContent only; reasons come from the engine but are still treated as plain text.
 */
import type { ScanResult } from '../../engine/types';

export const BADGE_TAG = 'tidemark-badge';

/*
 * An in-flow bar above the post's content: it never covers the post's own text (an overlay
 * at the top corner hid the first line, the start of the text in right-to-left posts, and
 * the platform's own menu). Inserting one moves the content below it, so badges of posts
 * off screen are inserted together at the end of a scan run (see ContentApp.laterBadges).
 * Nothing in it changes size on hover or focus: a button that moved between the press and
 * the release of a click would never be clicked.
 */
const STYLE = `
:host { all: initial; display: block; margin: 0 0 6px; direction: ltr; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font: 12px/1.4 system-ui, sans-serif;
  border-radius: 6px; padding: 4px 8px; color: #1b1f24; background: #fff4d6; border: 1px solid #e0a800; }
.bar.review { background: #eef4ff; border-color: #7aa2e3; }
.mark { font-weight: 700; letter-spacing: .02em; }
.score { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.reasons { flex: 1 1 12em; min-width: 0; color: #3d4450; }
button { flex: none; font: 600 12px/1 system-ui, sans-serif; border-radius: 4px; border: 1px solid #8a1c1c; background: #b42318;
  color: #fff; padding: 5px 10px; cursor: pointer; }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
button[disabled] { background: #5b6b7a; border-color: #5b6b7a; cursor: default; }
`;

/** Below this effective opacity the badge counts as invisible (KeePassXC / Bitwarden use 0.6). */
export const MIN_OPACITY = 0.6;

/**
 * The product of the opacities of `el` and its ancestors (through shadow hosts), or 0 when
 * one of them is hidden. A page can make our badge transparent through an ancestor.
 */
export function effectiveOpacity(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; ) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style) {
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return 0;
      const o = Number.parseFloat(style.opacity);
      if (Number.isFinite(o)) opacity *= o;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null)?.nodeType === 1 ? (parent as Element) : null;
  }
  return opacity;
}

/**
 * Clickjacking checks before a trusted click counts (research: security-and-reliability
 * §1.3): the badge must be visible enough, and for a pointer click the topmost element at
 * the click point must be our own host (no page overlay on top of it). Keyboard activation
 * (detail 0, no pointer position) skips the point check.
 */
export function acceptsClick(host: HTMLElement, event: MouseEvent): boolean {
  if (effectiveOpacity(host) < MIN_OPACITY) return false;
  if (event.detail > 0) {
    const top = host.ownerDocument.elementFromPoint(event.clientX, event.clientY);
    if (top !== host) return false;
  }
  return true;
}

/** One parsed stylesheet shared by every badge (a `<style>` per badge is parsed per badge). */
let sharedSheet: CSSStyleSheet | null | undefined;

function adoptStyle(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLE);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Content-script worlds where adopting a constructed sheet fails (Firefox Xrays): a <style>.
    }
    sharedSheet = null;
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.prepend(style);
}

/** The badge's bar without data, built once: a deep clone per badge costs less than building it. */
let template: HTMLDivElement | null = null;

function barTemplate(): HTMLDivElement {
  if (template) return template;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Tidemark');
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Tidemark';
  const score = document.createElement('span');
  score.className = 'score';
  const reasons = document.createElement('span');
  reasons.className = 'reasons';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Flag';
  button.setAttribute('aria-label', 'Flag this post as a suspected smuggling ad');
  bar.append(mark, score, reasons, button);
  template = bar;
  return bar;
}

export interface BadgeHandle {
  host: HTMLElement;
  update(result: ScanResult): void;
  setState(state: 'idle' | 'busy' | 'flagged' | 'error', message?: string): void;
  destroy(): void;
}

/**
 * Creates a badge for a post. `onFlag` is called only for trusted clicks and key presses:
 * a page script can dispatch synthetic events at our host, and those must flag nothing.
 */
export function createBadge(onFlag: () => void): BadgeHandle {
  const host = document.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyle(shadow);
  const bar = barTemplate().cloneNode(true) as HTMLDivElement;
  const score = bar.firstElementChild!.nextElementSibling!;
  const reasons = score.nextElementSibling!;
  const button = reasons.nextElementSibling as HTMLButtonElement;
  // A native button turns Enter/Space into a trusted click (detail 0); a page's synthetic
  // KeyboardEvent activates nothing, and a synthetic click is not trusted.
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
    if (!event.isTrusted || button.disabled) return;
    if (!acceptsClick(host, event)) return;
    onFlag();
  });
  shadow.append(bar);

  return {
    host,
    update(result) {
      bar.classList.toggle('review', result.verdict === 'review');
      score.textContent = `${result.verdict} · ${Math.round(result.score * 100)}%`;
      // The group's accessible name carries the verdict (assistive technology, e2e tests);
      // nothing about the verdict is exposed on the host the page can see.
      bar.setAttribute('aria-label', `Tidemark: ${result.verdict}, score ${Math.round(result.score * 100)}%`);
      reasons.textContent = result.reasons.join(' · ');
    },
    setState(state, message) {
      button.disabled = state === 'busy' || state === 'flagged';
      button.textContent = state === 'busy' ? 'Flagging…' : state === 'flagged' ? 'Flagged ✓' : state === 'error' ? 'Flag (retry)' : 'Flag';
      button.setAttribute(
        'aria-label',
        state === 'flagged'
          ? 'Flagged: saved in Tidemark history'
          : state === 'busy'
            ? 'Flagging: saving the evidence…'
            : state === 'error'
              ? `Flag this post again (the last attempt failed${message ? `: ${message}` : ''})`
              : 'Flag this post as a suspected smuggling ad',
      );
      if (message) button.title = message;
      else button.removeAttribute('title');
    },
    destroy() {
      host.remove();
    },
  };
}
