// @vitest-environment happy-dom
// The Flag button counts only trusted, visible, unobscured activations. happy-dom cannot
// make trusted events, so the trusted path is covered in test/e2e/inpage.e2e.ts; here:
// synthetic events flag nothing, and the clickjacking checks themselves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptsClick, createBadge, effectiveOpacity, MIN_OPACITY } from '../../../src/content/inpage/badge';
import type { ScanResult } from '../../../src/engine/types';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const RESULT = { score: 0.93, verdict: 'suspect', reasons: ['offer + route + price'], matches: [] } as unknown as ScanResult;

function mount(): { host: HTMLElement; onFlag: ReturnType<typeof vi.fn> } {
  const onFlag = vi.fn();
  const badge = createBadge(onFlag);
  badge.update(RESULT);
  const post = document.createElement('article');
  document.body.append(post);
  post.append(badge.host);
  return { host: badge.host, onFlag };
}

describe('badge', () => {
  it('lives in a closed shadow root', () => {
    const { host } = mount();
    expect(host.shadowRoot).toBeNull();
  });

  it('synthetic clicks, pointer and key events flag nothing', () => {
    const { host, onFlag } = mount();
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    host.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    for (const key of ['Enter', ' ']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    expect(onFlag).not.toHaveBeenCalled();
  });

  it('computes the effective opacity through ancestors and refuses a faded badge', () => {
    const { host } = mount();
    expect(effectiveOpacity(host)).toBe(1);
    const post = host.parentElement!;
    post.style.opacity = '0.5';
    document.body.style.opacity = '0.9';
    expect(effectiveOpacity(host)).toBeCloseTo(0.45);
    expect(effectiveOpacity(host)).toBeLessThan(MIN_OPACITY);
    expect(acceptsClick(host, new MouseEvent('click', { detail: 0 }))).toBe(false);
    post.style.opacity = '1';
    document.body.style.opacity = '';
    post.style.visibility = 'hidden';
    expect(effectiveOpacity(host)).toBe(0);
  });

  it('refuses a pointer click when something else is topmost at the click point; keyboard skips the point check', () => {
    const { host } = mount();
    const overlay = document.createElement('div');
    document.body.append(overlay);
    const spy = vi.spyOn(document, 'elementFromPoint');
    spy.mockReturnValue(overlay);
    expect(acceptsClick(host, new MouseEvent('click', { detail: 1, clientX: 5, clientY: 5 }))).toBe(false);
    spy.mockReturnValue(host);
    expect(acceptsClick(host, new MouseEvent('click', { detail: 1, clientX: 5, clientY: 5 }))).toBe(true);
    spy.mockReturnValue(overlay);
    expect(acceptsClick(host, new MouseEvent('click', { detail: 0 }))).toBe(true); // Enter/Space on the focused button
  });
});
