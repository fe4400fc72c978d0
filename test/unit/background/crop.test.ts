import { describe, expect, it } from 'vitest';
import { cropBox } from '../../../src/background/crop';

describe('cropBox', () => {
  it.each([
    ['inside, 1x', { x: 10, y: 20, width: 100, height: 50, devicePixelRatio: 1 }, 1280, 720, { x: 10, y: 20, w: 100, h: 50 }],
    ['inside, 2x', { x: 10, y: 20, width: 100, height: 50, devicePixelRatio: 2 }, 2560, 1440, { x: 20, y: 40, w: 200, h: 100 }],
    ['partly above the viewport', { x: 0, y: -30, width: 100, height: 50, devicePixelRatio: 1 }, 1280, 720, { x: 0, y: 0, w: 100, h: 20 }],
    ['taller than the viewport', { x: 0, y: 100, width: 100, height: 5000, devicePixelRatio: 1 }, 1280, 720, { x: 0, y: 100, w: 100, h: 620 }],
    ['fractional pixels round outwards', { x: 10.4, y: 20.6, width: 99.2, height: 49.1, devicePixelRatio: 1.5 }, 1920, 1080, { x: 15, y: 30, w: 150, h: 75 }],
  ])('%s', (_name, rect, w, h, expected) => {
    expect(cropBox(rect, w, h)).toEqual(expected);
  });

  it.each([
    ['below the viewport', { x: 0, y: 800, width: 100, height: 50, devicePixelRatio: 1 }],
    ['zero size', { x: 0, y: 0, width: 0, height: 0, devicePixelRatio: 1 }],
    ['left of the viewport', { x: -500, y: 0, width: 100, height: 50, devicePixelRatio: 1 }],
  ])('returns null when %s', (_name, rect) => {
    expect(cropBox(rect, 1280, 720)).toBeNull();
  });
});
