/**
 * Types and closed value lists for the export format (DESIGN.md §7.5) and the report settings.
 * The export item mirrors FlaggedItem (§5) except the screenshot, which is written either
 * inline (base64) or as a reference to a file inside an evidence bundle.
 */
import type { CueCategory, Verdict } from '../engine/types';
import type { CustodyAction, FlaggedItem, ItemStatus, Platform } from '../shared/item';
import type { ScreenshotSource } from './util';

export const EXPORT_FORMAT = 'tidemark-export';
export const EXPORT_VERSION = 1;

/** Every cue category; `satisfies` makes the compiler flag a category added to the engine but not here. */
const CUE_CATEGORY_SET = {
  offer: true,
  transport: true,
  documents: true,
  marriage: true,
  package: true,
  accommodation: true,
  recruitment: true,
  guarantee: true,
  urgency: true,
  contact: true,
  place: true,
  direction: true,
  news: true,
  warning: true,
  campaign: true,
  legal: true,
  legit: true,
  price: true,
  phone: true,
  route: true,
} as const satisfies Record<CueCategory, true>;
export const CUE_CATEGORIES = Object.keys(CUE_CATEGORY_SET) as CueCategory[];

const VERDICT_SET = { suspect: true, review: true, clear: true } as const satisfies Record<Verdict, true>;
export const VERDICTS = Object.keys(VERDICT_SET) as Verdict[];

const CUSTODY_SET = {
  created: true,
  reflagged: true,
  status: true,
  edited: true,
  exported: true,
  imported: true,
  reported: true,
  deleted: true,
} as const satisfies Record<CustodyAction, true>;
export const CUSTODY_ACTIONS = Object.keys(CUSTODY_SET) as CustodyAction[];

/** Screenshot as written in an export. */
export type ExportScreenshot =
  | { mediaType: 'image/png'; data: string }
  | { file: string; sha256: string };

/** One item as written in the export file: FlaggedItem with the screenshot replaced. */
export type ExportItem = Omit<FlaggedItem, 'screenshot'> & { screenshot?: ExportScreenshot };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportItem[];
}

/**
 * An item handed to the builders. The store keeps the screenshot as a Blob; callers that
 * already hold the bytes may pass them instead.
 */
export type ReportItem = Omit<FlaggedItem, 'screenshot'> & { screenshot?: ScreenshotSource };

/** Who sends notices: from the settings page. */
export interface NotifierSettings {
  name: string;
  email: string;
  organisation?: string;
  /** Set only when the organisation holds Art. 22 trusted-flagger status. */
  trustedFlagger?: {
    /** Identifier the Digital Services Coordinator gave (or the organisation's name as listed). */
    id: string;
    /** The awarding Digital Services Coordinator, e.g. "Coimisiún na Meán (IE)". */
    dsc?: string;
  };
}

export interface ReportSettings {
  notifier: NotifierSettings;
  /** Default territorial scope for suggested statements of reasons (ISO 3166-1 alpha-2, EU/EEA). */
  territorialScope?: readonly string[];
}

export type { CueCategory, ItemStatus, Platform, Verdict };
