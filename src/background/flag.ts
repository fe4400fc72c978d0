/**
 * Turns a validated flag request into a FlaggedItem. The background re-runs the engine on
 * the text itself: matches, score and verdict from a content script are never trusted.
 * The time and both hashes are taken here too (DESIGN.md §1).
 */
import type { Engine } from '../engine/types';
import type { FlaggedItem } from '../shared/item';
import type { PostPayload } from '../shared/protocol';
import { sha256Hex } from '../reports/util';

/** Length of the quoted post text kept in the text-quote anchor. */
const QUOTE_MAX = 500;

/**
 * The item id is derived from the post, so flagging the same post again updates the item:
 * the permalink when the page gives one, else the page URL plus the text's hash.
 */
export async function itemIdFor(post: PostPayload, textSha256: string): Promise<string> {
  const key = post.permalink ? `${post.platform}|${post.permalink}` : `${post.platform}|${post.url}|${textSha256}`;
  return `tm-${(await sha256Hex(key)).slice(0, 24)}`;
}

export async function buildItem(
  post: PostPayload,
  engine: Engine,
  screenshot: Uint8Array | null,
  now: Date,
): Promise<FlaggedItem> {
  const result = engine.scan(post.text);
  const textSha256 = await sha256Hex(post.text);
  const screenshotSha256 = screenshot ? await sha256Hex(screenshot) : undefined;
  const capturedAt = now.toISOString();
  const item: FlaggedItem = {
    id: await itemIdFor(post, textSha256),
    url: post.url,
    platform: post.platform,
    author: post.author,
    text: post.text,
    lang: result.lang,
    quote: { exact: post.text.slice(0, QUOTE_MAX), prefix: post.prefix ?? '', suffix: post.suffix ?? '' },
    matches: result.matches.map(({ start, end, text, category, term }) => ({ start, end, text, category, term })),
    score: result.score,
    verdict: result.verdict,
    reasons: result.reasons,
    lexiconVersion: engine.lexiconVersion,
    capturedAt,
    firstCapturedAt: capturedAt,
    evidence: screenshotSha256 ? { textSha256, screenshotSha256 } : { textSha256 },
    note: '',
    tags: [],
    status: 'flagged',
    statusHistory: [],
  };
  if (post.permalink) item.permalink = post.permalink;
  if (post.postedAt) item.postedAt = post.postedAt;
  if (screenshot) item.screenshot = new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  return item;
}
