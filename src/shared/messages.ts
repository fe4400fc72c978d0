/**
 * Validators for the messages the background receives, one per message type, and typed
 * senders for each direction. Handlers only ever see the validated copy.
 */
import type { ContentToBackground, PageToBackground, Envelope } from './protocol';
import { PLATFORMS } from './item';
import { httpUrl, num, obj, oneOf, optional, str, ValidationError, isPlainObject, type Validator } from './validate';

/** Post text longer than this is refused: no real post is this long, and it bounds memory. */
export const MAX_POST_TEXT = 100_000;

const author = obj({
  name: optional(str({ max: 512 })),
  handle: optional(str({ max: 512 })),
  url: optional(httpUrl()),
});

const post = obj({
  url: httpUrl(),
  permalink: optional(httpUrl()),
  platform: oneOf(PLATFORMS),
  author,
  text: str({ max: MAX_POST_TEXT, min: 1 }),
  postedAt: optional(str({ max: 64 })),
  prefix: optional(str({ max: 200 })),
  suffix: optional(str({ max: 200 })),
});

const rect = obj({
  x: num({ min: -1e6, max: 1e6 }),
  y: num({ min: -1e6, max: 1e6 }),
  width: num({ min: 0, max: 1e5 }),
  height: num({ min: 0, max: 1e5 }),
  devicePixelRatio: num({ min: 0.1, max: 16 }),
});

const nullable = <T>(check: Validator<T>): Validator<T | null> => (v, path) => (v === null ? null : check(v, path));


type Validators<M> = { [K in keyof M]: Validator<Envelope<M, K>> };

const contentValidators: Validators<ContentToBackground> = {
  flag: obj({
    type: oneOf(['flag'] as const),
    post,
    rect: nullable(rect),
    via: oneOf(['badge', 'context-menu', 'shortcut', 'popup'] as const),
  }),
  'page-counts': obj({
    type: oneOf(['page-counts'] as const),
    suspect: num({ min: 0, max: 1e6, integer: true }),
    review: num({ min: 0, max: 1e6, integer: true }),
    posts: num({ min: 0, max: 1e6, integer: true }),
  }),
  'get-config': obj({ type: oneOf(['get-config'] as const) }),
};

const pageValidators: Validators<PageToBackground> = {
  'settings-changed': obj({ type: oneOf(['settings-changed'] as const) }),
  'flag-from-popup': obj({
    type: oneOf(['flag-from-popup'] as const),
    tabId: num({ min: 0, integer: true }),
    index: num({ min: 0, integer: true }),
  }),
};

function pick<M>(validators: Validators<M>, raw: unknown): Envelope<M> {
  if (!isPlainObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(validators, raw.type)) {
    throw new ValidationError('type', 'unknown message type');
  }
  const check = validators[raw.type as keyof M] as Validator<Envelope<M>>;
  return check(raw, 'message');
}

/** Validates a message from a content script. Throws ValidationError. */
export function parseContentMessage(raw: unknown): Envelope<ContentToBackground> {
  return pick(contentValidators, raw);
}

/** Validates a message from an extension page (popup, history, settings). Throws ValidationError. */
export function parsePageMessage(raw: unknown): Envelope<PageToBackground> {
  return pick(pageValidators, raw);
}
