import { generic } from './generic';
import type { PlatformAdapter } from './types';

/** Site adapters, most specific first; the generic adapter is the fallback. */
const ADAPTERS: readonly PlatformAdapter[] = [generic];

export function adapterFor(url: URL): PlatformAdapter {
  return ADAPTERS.find((a) => a.matches(url)) ?? generic;
}

export type { PlatformAdapter, PostMeta } from './types';
