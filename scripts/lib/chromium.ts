// Finds the system Chromium. Tidemark never downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

export const INSTALL_HINT = 'Chromium not found. Install it from your distribution (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.';

/** The Chromium executable, or null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The Chromium executable; exits with a one-line hint when it is missing. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(3);
  }
  return path;
}
