/**
 * Screenshot of the flagged post: the visible tab, cropped to the post's box. Runs in the
 * service worker (OffscreenCanvas + createImageBitmap); the content script never sees it.
 */
import browser from 'webextension-polyfill';
import type { PostRect } from '../shared/protocol';
import { cropBox } from './crop';

function dataUrlToBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Captures the visible area of `windowId` and crops it to `rect`. Returns PNG bytes, or the
 * whole viewport when the post is not on screen. Throws when the browser refuses to capture
 * (e.g. a chrome:// page); the caller saves the flag without a screenshot then.
 */
export async function capturePost(windowId: number, rect: PostRect | null): Promise<Uint8Array> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  const full = dataUrlToBytes(dataUrl);
  if (!rect || typeof OffscreenCanvas === 'undefined') return full;
  const bitmap = await createImageBitmap(new Blob([full as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  const box = cropBox(rect, bitmap.width, bitmap.height);
  if (!box) {
    bitmap.close();
    return full;
  }
  const canvas = new OffscreenCanvas(box.w, box.h);
  const ctx = canvas.getContext('2d');
  if (!ctx) return full;
  ctx.drawImage(bitmap, box.x, box.y, box.w, box.h, 0, 0, box.w, box.h);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
