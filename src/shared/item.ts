/**
 * The flagged item: the unit of evidence Tidemark stores, exports and reports (DESIGN.md §5).
 * Shared by the background, the store, the reports and the UI. Every string in it that came
 * from a page is attacker-controlled: render it as text, never as HTML.
 */
import type { CueCategory, Verdict } from '../engine/types';

export type ItemStatus = 'flagged' | 'reported' | 'removed' | 'still-online' | 'dismissed';

export const ITEM_STATUSES: readonly ItemStatus[] = ['flagged', 'reported', 'removed', 'still-online', 'dismissed'];

export type Platform =
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'telegram'
  | 'tiktok'
  | 'generic';

export const PLATFORMS: readonly Platform[] = ['facebook', 'instagram', 'x', 'telegram', 'tiktok', 'generic'];

export interface Author {
  name?: string;
  handle?: string;
  /** Profile URL; only http(s) URLs are kept. */
  url?: string;
}

/** W3C Web Annotation TextQuoteSelector: lets a highlight be re-anchored later. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A match as stored with an item (offsets into `text`). */
export interface StoredMatch {
  start: number;
  end: number;
  text: string;
  category: CueCategory;
  term: string;
}

export type CustodyAction =
  | 'created'
  | 'reflagged'
  | 'status'
  | 'edited'
  | 'exported'
  | 'imported'
  | 'reported'
  | 'deleted';

/** One entry of the append-only custody log. */
export interface CustodyEvent {
  /** UTC, ISO 8601. */
  at: string;
  action: CustodyAction;
  /** Short machine-readable details, e.g. `{from: 'flagged', to: 'reported'}`. */
  detail?: Record<string, string>;
}

export interface Evidence {
  /** SHA-256 (hex) of the UTF-8 bytes of `text`. */
  textSha256: string;
  /** SHA-256 (hex) of the PNG bytes, absent when no screenshot could be taken. */
  screenshotSha256?: string;
}

export interface ReportInfo {
  /** UTC, ISO 8601 (date the moderator reported the item to the platform). */
  reportedAt?: string;
  /** The platform's ticket or reference number. */
  reference?: string;
  /** Channel used: platform form, DSA form, e-mail… */
  channel?: string;
}

export interface FlaggedItem {
  /** Stable id: derived from the post (platform + permalink, or URL + text hash) so re-flagging updates. */
  id: string;
  url: string;
  permalink?: string;
  platform: Platform;
  author: Author;
  /** Verbatim post text. */
  text: string;
  lang: string;
  quote: TextQuote;
  matches: StoredMatch[];
  score: number;
  verdict: Verdict;
  reasons: string[];
  lexiconVersion: string;
  /** UTC, ISO 8601, taken in the background at capture time. */
  capturedAt: string;
  /** First capture time when the item has been re-flagged. */
  firstCapturedAt: string;
  /** Post timestamp as the page shows it, if any (ISO 8601 when parseable). */
  postedAt?: string;
  /** PNG of the post, cropped; absent if the capture failed. Not part of JSON exports (see reports). */
  screenshot?: Blob;
  evidence: Evidence;
  note: string;
  tags: string[];
  status: ItemStatus;
  report?: ReportInfo;
  statusHistory: CustodyEvent[];
}
