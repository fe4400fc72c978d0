/**
 * Size limits of the export format. Import enforces them; tidemark-export.schema.json states
 * the same numbers (a unit test keeps the two in step). They sit above what capture accepts
 * (src/shared/messages.ts), so anything Tidemark stores can be exported and imported back.
 */
export const LIMITS = {
  /** Default cap on an import file (JSON or zip), and on a bundle's total unpacked size. */
  maxBytes: 256 * 1024 * 1024,
  maxItems: 100_000,
  id: 256,
  url: 4096,
  text: 100_000,
  authorField: 512,
  lang: 35,
  quoteExact: 100_000,
  quoteContext: 1000,
  matches: 10_000,
  term: 500,
  reasons: 200,
  reason: 1000,
  lexiconVersion: 200,
  postedAt: 200,
  note: 50_000,
  tags: 200,
  tag: 200,
  reference: 500,
  channel: 200,
  history: 10_000,
  detailKeys: 32,
  detailKey: 100,
  detailValue: 2000,
  /** Decoded PNG bytes. */
  screenshotBytes: 20 * 1024 * 1024,
  /** Nesting depth of any JSON value in an import (the format itself needs 5). */
  depth: 32,
} as const;

/** Language tag: ISO 639 code with optional BCP 47 subtags, `und` or `any`. */
export const LANG_RE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
