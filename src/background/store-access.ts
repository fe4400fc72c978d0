/**
 * The background's view of the store: settings (cached, invalidated when the settings page
 * says so) and the flag write. IndexedDB belongs to the extension origin, shared with the
 * extension pages; content scripts never open it.
 */
import { getSettings, putFlag, type Settings } from '../store';
import type { FlaggedItem } from '../shared/item';

export class BackgroundStore {
  private cached: Promise<Settings> | null = null;

  /** Current settings; read once, then cached until `invalidate()`. */
  settings(): Promise<Settings> {
    this.cached ??= getSettings().catch((e: unknown) => {
      this.cached = null;
      throw e;
    });
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
  }

  async saveFlag(item: FlaggedItem): Promise<{ created: boolean }> {
    const result = await putFlag(item);
    return { created: result.created };
  }
}
