/**
 * The message protocol, declared once per direction. Both ends import these maps, so a
 * message type and its reply cannot drift apart. Every message that arrives in the
 * background from a content script is validated (see validate.ts) before any handler runs.
 */
import type { Verdict, CueCategory } from '../engine/types';
import type { Author, Platform } from './item';

/** A message with no fields besides its type. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type NoFields = {};

/** How the moderator flagged a post. */
export type FlagVia = 'badge' | 'context-menu' | 'shortcut' | 'popup';

/** The post as the content script saw it. Everything here is page-derived and untrusted. */
export interface PostPayload {
  url: string;
  permalink?: string;
  platform: Platform;
  author: Author;
  text: string;
  /** Post time as shown by the page, when the adapter found one. */
  postedAt?: string;
  /** Text around the post in the page (for the text-quote anchor). */
  prefix?: string;
  suffix?: string;
}

/** The post's box in CSS pixels relative to the viewport, for cropping the screenshot. */
export interface PostRect {
  x: number;
  y: number;
  width: number;
  height: number;
  devicePixelRatio: number;
}

// ───────────────────────── content script → background ─────────────────────────

export interface ContentToBackground {
  /** The moderator flagged a post (trusted click, context menu or shortcut). */
  flag: { request: { post: PostPayload; rect: PostRect | null; via: FlagVia }; reply: FlagReply };
  /** Scan results changed; updates the toolbar badge. */
  'page-counts': { request: { suspect: number; review: number; posts: number }; reply: null };
  /** The content script starts and asks what to do on this site. */
  'get-config': { request: NoFields; reply: ContentConfig };
}

export type FlagReply =
  | { ok: true; id: string; created: boolean; screenshot: boolean }
  | { ok: false; error: string };

/** What a content script needs to know; derived from settings for the page's site. */
export interface ContentConfig {
  /** False when the site is switched off or Tidemark is paused. */
  enabled: boolean;
  /** Quiet mode: no change to the page at all; results in the popup only. */
  quiet: boolean;
  sensitivity: number;
  customTerms: { term: string; lang: string; category: string; weight: number }[];
}

// ───────────────────────── background / extension pages → content script ─────────────────────────

export interface PageSummaryPost {
  /** Position in the page's post order; `scroll-to` takes it. */
  index: number;
  score: number;
  verdict: Verdict;
  text: string;
  reasons: string[];
  matches: { text: string; category: CueCategory }[];
}

/** Self-measured main-thread cost, sent along with the page summary (benchmarks, diagnostics). */
export interface ContentPerf {
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  scanned: number;
  /** The part of busyMs spent inside the engine's scan. */
  engineMs?: number;
  /** From the scanner's start to the end of the slice that scanned the posts on screen. */
  visibleMs?: number | null;
  /** From the scanner's start to the first range painted. */
  firstHighlightMs: number | null;
  /** Main-thread time of the last engine build (before scanning starts), all its steps. */
  compileMs?: number;
  /** The longest single task of that build. */
  compileSliceMs?: number;
  painted: number;
  /** performance.now() when the scanner started (the page's timeline has the same origin). */
  startedAt: number;
}

/** DESIGN.md §7.4 contract (plus the optional `perf` extension). */
export interface PageSummary {
  url: string;
  platform: Platform;
  posts: PageSummaryPost[];
  counts: { posts: number; suspect: number; review: number };
  perf?: ContentPerf;
}

export interface BackgroundToContent {
  /** DESIGN.md §7.4: suspect and review posts of the page. */
  'page-summary': { request: NoFields; reply: PageSummary };
  /** Flag the post under the last right-click / the pointer, or holding the selection. */
  'flag-here': { request: { via: 'context-menu' | 'shortcut' }; reply: FlagReply | null };
  /** Flag post `index` of the page summary (from the popup). */
  'flag-post': { request: { index: number }; reply: FlagReply };
  /** Scroll a post into view (from the popup). */
  'scroll-to': { request: { index: number }; reply: boolean };
  /** Settings changed: re-read config and rescan. */
  'config-changed': { request: ContentConfig; reply: null };
}

// ───────────────────────── extension pages → background ─────────────────────────

export interface PageToBackground {
  /** Settings were saved; the background pushes the new config to every tab. */
  'settings-changed': { request: NoFields; reply: null };
  /** Flag a post of the given tab from the popup (a browser-owned, unforgeable gesture). */
  'flag-from-popup': { request: { tabId: number; index: number }; reply: FlagReply };
}

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { request: infer R } ? R : never)
  : never;

export type ReplyOf<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
