/**
 * Typed settings with defaults and validation, stored as one record in `settings`.
 * Reads are lenient (a bad or missing field falls back to its default, so a corrupt record
 * never locks the moderator out); saves are strict (a bad field is refused with a reason).
 */
import type { LexiconCategory } from '../engine/types';
import type { TidemarkDatabase } from './schema';
import { StoreError, toStoreError } from './errors';

export interface Reviewer {
  name: string;
  email: string;
  organisation: string;
}

export interface SiteRules {
  /** 'all': every site except `deny`; 'allowlist': only `allow` (minus `deny`). */
  mode: 'all' | 'allowlist';
  /** Host names ("facebook.com" also covers its subdomains). */
  allow: string[];
  deny: string[];
}

export interface CustomTerm {
  term: string;
  /** BCP 47 language tag, or 'any'. */
  lang: string;
  category: LexiconCategory;
  /** 0 < weight ≤ 1. */
  weight: number;
}

export interface Settings {
  reviewer: Reviewer;
  /** DSA Art. 22 trusted-flagger identifier; '' when none. */
  trustedFlaggerId: string;
  sites: SiteRules;
  /** Change nothing in pages; results only in the popup. */
  quietMode: boolean;
  /** Scan nowhere. */
  paused: boolean;
  /** 0..1: higher flags more. */
  sensitivity: number;
  customTerms: CustomTerm[];
  /** Items last captured longer ago than this may be purged; 0 = keep forever. */
  retentionDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  reviewer: { name: '', email: '', organisation: '' },
  trustedFlaggerId: '',
  sites: { mode: 'all', allow: [], deny: [] },
  quietMode: false,
  paused: false,
  sensitivity: 0.5,
  customTerms: [],
  retentionDays: 0,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

const SETTINGS_KEY = 'settings';
const MAX_TEXT = 200;
const MAX_SITES = 1000;
const MAX_TERMS = 1000;
const MAX_RETENTION_DAYS = 36_500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANG = /^(any|[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*)$/;

// A Record over the union: adding a category to the engine breaks this until it is listed.
const CATEGORY: Record<LexiconCategory, true> = {
  offer: true, transport: true, documents: true, marriage: true, package: true, accommodation: true, recruitment: true,
  guarantee: true, urgency: true, contact: true, place: true, direction: true,
  news: true, warning: true, campaign: true, legal: true, legit: true,
};

export function isLexiconCategory(v: unknown): v is LexiconCategory {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY, v);
}

/** "https://www.Facebook.com/x" → "www.facebook.com"; "*.example.org" stays. Null if unusable. */
export function normalizeSite(raw: string): string | null {
  let s = raw.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/[/?#].*$/, '').replace(/\.$/, '');
  return s && !/[\s\\@]/.test(s) && s.length <= 253 ? s : null;
}

type Problems = string[];

function text(v: unknown, field: string, problems: Problems, max = MAX_TEXT): string | undefined {
  if (typeof v !== 'string') return void problems.push(`${field} must be text`);
  if (v.length > max) return void problems.push(`${field} is longer than ${max} characters`);
  return v.trim();
}

function sites(v: unknown, field: string, problems: Problems): string[] | undefined {
  if (!Array.isArray(v)) return void problems.push(`${field} must be a list of sites`);
  if (v.length > MAX_SITES) return void problems.push(`${field} has more than ${MAX_SITES} sites`);
  const out: string[] = [];
  for (const raw of v) {
    const s = typeof raw === 'string' ? normalizeSite(raw) : null;
    if (s === null) {
      if (typeof raw === 'string' && raw.trim() === '') continue;
      problems.push(`${field}: "${String(raw).slice(0, 50)}" is not a site name`);
      continue;
    }
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

function term(v: unknown, i: number, problems: Problems): CustomTerm | undefined {
  const f = `custom term ${i + 1}`;
  if (!v || typeof v !== 'object') return void problems.push(`${f} is not a term`);
  const o = v as Record<string, unknown>;
  const before = problems.length;
  const t = text(o.term, `${f}: the term`, problems);
  if (t === '') problems.push(`${f}: the term is empty`);
  const lang = typeof o.lang === 'string' && LANG.test(o.lang.trim()) ? o.lang.trim() : void problems.push(`${f}: "${String(o.lang)}" is not a language code`);
  if (!isLexiconCategory(o.category)) problems.push(`${f}: "${String(o.category)}" is not a category`);
  const w = o.weight;
  if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 1) problems.push(`${f}: the weight must be more than 0 and at most 1`);
  if (problems.length > before) return undefined;
  return { term: t as string, lang: lang as string, category: o.category as LexiconCategory, weight: w as number };
}

/**
 * Checks settings and returns them cleaned (trimmed, sites normalised and de-duplicated)
 * together with every problem found. `problems` is empty when the settings are valid.
 * Fields with problems fall back to their defaults in `settings`.
 */
export function checkSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: Problems = [];
  const out = defaultSettings();
  if (!raw || typeof raw !== 'object') return { settings: out, problems: ['settings must be an object'] };
  const o = raw as Record<string, unknown>;
  const keep = <T>(field: string, fn: (p: Problems) => T | undefined, set: (v: T) => void) => {
    const mine: Problems = [];
    const v = fn(mine);
    if (mine.length === 0 && v !== undefined) set(v);
    problems.push(...mine.map((m) => (m.startsWith(field) ? m : `${field}: ${m}`)));
  };

  const r = (o.reviewer ?? {}) as Record<string, unknown>;
  keep('reviewer name', (p) => text(r.name ?? '', 'reviewer name', p), (v) => (out.reviewer.name = v));
  keep('reviewer e-mail', (p) => {
    const e = text(r.email ?? '', 'reviewer e-mail', p, 254);
    if (e && !EMAIL.test(e)) return void p.push(`reviewer e-mail "${e}" is not an e-mail address`);
    return e;
  }, (v) => (out.reviewer.email = v));
  keep('reviewer organisation', (p) => text(r.organisation ?? '', 'reviewer organisation', p), (v) => (out.reviewer.organisation = v));
  keep('trusted-flagger identifier', (p) => text(o.trustedFlaggerId ?? '', 'trusted-flagger identifier', p), (v) => (out.trustedFlaggerId = v));

  const s = (o.sites ?? {}) as Record<string, unknown>;
  keep('site mode', (p) => (s.mode === 'all' || s.mode === 'allowlist' ? s.mode : void p.push(`site mode must be "all" or "allowlist"`)), (v) => (out.sites.mode = v));
  keep('allowed sites', (p) => sites(s.allow ?? [], 'allowed sites', p), (v) => (out.sites.allow = v));
  keep('blocked sites', (p) => sites(s.deny ?? [], 'blocked sites', p), (v) => (out.sites.deny = v));

  for (const k of ['quietMode', 'paused'] as const) {
    keep(k, (p) => (typeof (o[k] ?? false) === 'boolean' ? ((o[k] ?? false) as boolean) : void p.push(`${k} must be true or false`)), (v) => (out[k] = v));
  }
  keep('sensitivity', (p) => {
    const v = o.sensitivity ?? DEFAULT_SETTINGS.sensitivity;
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : void p.push('sensitivity must be a number from 0 to 1');
  }, (v) => (out.sensitivity = v));
  keep('custom terms', (p) => {
    const v = o.customTerms ?? [];
    if (!Array.isArray(v)) return void p.push('custom terms must be a list');
    if (v.length > MAX_TERMS) return void p.push(`custom terms: more than ${MAX_TERMS}`);
    const terms = v.map((t, i) => term(t, i, p)).filter((t): t is CustomTerm => t !== undefined);
    return terms;
  }, (v) => (out.customTerms = v));
  keep('retention', (p) => {
    const v = o.retentionDays ?? 0;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_RETENTION_DAYS
      ? v
      : void p.push(`retention must be a whole number of days from 0 (keep forever) to ${MAX_RETENTION_DAYS}`);
  }, (v) => (out.retentionDays = v));

  return { settings: out, problems };
}

/** The stored settings, with defaults for anything missing or unreadable. Never throws for bad data. */
export async function getSettings(db: TidemarkDatabase): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await db.get('settings', SETTINGS_KEY);
  } catch (e) {
    throw toStoreError(e);
  }
  if (raw === undefined) return defaultSettings();
  return checkSettings(raw).settings;
}

/**
 * Validates and stores the settings; resolves with what was stored (cleaned).
 * Rejects with StoreError 'invalid' listing every problem; nothing is stored then.
 */
export async function saveSettings(db: TidemarkDatabase, settings: Settings): Promise<Settings> {
  const { settings: clean, problems } = checkSettings(settings);
  if (problems.length) throw new StoreError('invalid', `Settings not saved: ${problems.join('; ')}.`);
  try {
    await db.put('settings', clean, SETTINGS_KEY);
  } catch (e) {
    throw toStoreError(e);
  }
  return clean;
}

/** Reads, patches (top-level fields) and saves the settings. */
export async function updateSettings(db: TidemarkDatabase, patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettings(db);
  return saveSettings(db, { ...current, ...patch });
}
