import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { telegramWebA } from './telegram-a';
import { telegramWebK } from './telegram-k';
import { telegramPreview } from './telegram-preview';
import { tiktok } from './tiktok';
import type { PlatformAdapter } from './types';
import { x } from './x';

/** Site adapters, most specific first; the generic adapter is the fallback. */
export const ADAPTERS: readonly PlatformAdapter[] = [
  facebook,
  instagram,
  x,
  tiktok,
  telegramWebK,
  telegramWebA,
  telegramPreview,
  generic,
];

/** The adapter for the page at `url`: the first that matches, else the generic one. */
export function adapterFor(url: URL): PlatformAdapter {
  return ADAPTERS.find((a) => a.matches(url)) ?? generic;
}

export type { PlatformAdapter, PostMeta } from './types';
