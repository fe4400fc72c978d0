/**
 * The database lifecycle as an extension page sees it (DESIGN.md §5): another Tidemark tab
 * still holding an older version open blocks our upgrade (tell the moderator to close it),
 * and a newer Tidemark wanting to upgrade makes this page reload to get the new code.
 * Call `setupStoreLifecycle()` once, before the first store call, then `useStoreBlocked()`.
 */
import { useEffect, useState } from 'preact/hooks';
import { configureStore } from '../store';

let blockedMessage: string | null = null;
const listeners = new Set<(m: string | null) => void>();

function setBlocked(m: string | null): void {
  blockedMessage = m;
  for (const l of listeners) l(m);
}

export function setupStoreLifecycle(reload: () => void = () => location.reload()): void {
  configureStore({
    onBlocked: (error) => setBlocked(error.message),
    onBlocking: reload,
  });
}

/** Call when a store operation succeeded: an earlier "blocked" state is over. */
export function clearStoreBlocked(): void {
  if (blockedMessage !== null) setBlocked(null);
}

/** The current "close other Tidemark tabs" message, or null. */
export function useStoreBlocked(): string | null {
  const [m, setM] = useState(blockedMessage);
  useEffect(() => {
    listeners.add(setM);
    setM(blockedMessage);
    return () => void listeners.delete(setM);
  }, []);
  return m;
}

/** A message a moderator can act on, from anything a store call threw. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
