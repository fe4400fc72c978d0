import type { PostRect } from '../shared/protocol';

/** The crop box in device pixels, clamped to the image; null when nothing is visible. */
export function cropBox(rect: PostRect, imageWidth: number, imageHeight: number): { x: number; y: number; w: number; h: number } | null {
  const s = rect.devicePixelRatio;
  const x = Math.max(0, Math.floor(rect.x * s));
  const y = Math.max(0, Math.floor(rect.y * s));
  const right = Math.min(imageWidth, Math.ceil((rect.x + rect.width) * s));
  const bottom = Math.min(imageHeight, Math.ceil((rect.y + rect.height) * s));
  if (right - x < 2 || bottom - y < 2) return null;
  return { x, y, w: right - x, h: bottom - y };
}

