/**
 * Settings → what one page's content script should do. Pure, so the site rules are
 * unit-tested: a deny entry always wins; in allowlist mode only listed sites run.
 */
import type { LexiconCategory, LexiconEntry } from '../engine/types';
import type { ContentConfig } from '../shared/protocol';
import type { Settings } from '../store';

/** Host of a URL, lowercased, without a leading "www.". */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True when `host` is `entry` or one of its subdomains (entry "facebook.com" covers "m.facebook.com"). */
export function hostMatches(host: string, entry: string): boolean {
  const e = entry.trim().toLowerCase().replace(/^\*\./, '').replace(/^www\./, '');
  return e.length > 0 && (host === e || host.endsWith(`.${e}`));
}

export function siteEnabled(settings: Pick<Settings, 'sites' | 'paused'>, url: string | undefined): boolean {
  if (settings.paused) return false;
  const host = siteOf(url);
  if (!host) return false;
  if (settings.sites.deny.some((d) => hostMatches(host, d))) return false;
  if (settings.sites.mode === 'allowlist') return settings.sites.allow.some((a) => hostMatches(host, a));
  return true;
}

export function customTermsAsEntries(settings: Pick<Settings, 'customTerms'>): LexiconEntry[] {
  return settings.customTerms.map((t) => ({
    term: t.term,
    lang: t.lang,
    category: t.category as LexiconCategory,
    weight: t.weight,
    source: 'user settings',
  }));
}

export function contentConfigFor(settings: Settings, url: string | undefined): ContentConfig {
  return {
    enabled: siteEnabled(settings, url),
    quiet: settings.quietMode,
    sensitivity: settings.sensitivity,
    customTerms: settings.customTerms.map(({ term, lang, category, weight }) => ({ term, lang, category, weight })),
  };
}
