/**
 * Tiny strict validators, with no eval (extension CSP forbids it) and no dependencies.
 *
 * A validator takes `unknown` and returns a fresh, fully typed value or throws
 * ValidationError. Objects are rebuilt key by key from the schema, so unknown keys,
 * `__proto__` and getters never survive. Used for every message the background receives.
 */

export class ValidationError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path || 'value'}: ${message}`);
    this.name = 'ValidationError';
  }
}

export type Validator<T> = (value: unknown, path?: string) => T;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function str(opts: { max: number; min?: number; pattern?: RegExp } = { max: 10_000 }): Validator<string> {
  return (v, path = '') => {
    if (typeof v !== 'string') throw new ValidationError(path, 'expected a string');
    if (v.length > opts.max) throw new ValidationError(path, `longer than ${opts.max} characters`);
    if (opts.min !== undefined && v.length < opts.min) throw new ValidationError(path, `shorter than ${opts.min} characters`);
    if (opts.pattern && !opts.pattern.test(v)) throw new ValidationError(path, 'has an unexpected form');
    return v;
  };
}

export function num(opts: { min?: number; max?: number; integer?: boolean } = {}): Validator<number> {
  return (v, path = '') => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(path, 'expected a finite number');
    if (opts.integer && !Number.isInteger(v)) throw new ValidationError(path, 'expected an integer');
    if (opts.min !== undefined && v < opts.min) throw new ValidationError(path, `below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) throw new ValidationError(path, `above ${opts.max}`);
    return v;
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Validator<T> {
  return (v, path = '') => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      throw new ValidationError(path, `expected one of ${values.join(', ')}`);
    }
    return v as T;
  };
}

export function arr<T>(item: Validator<T>, opts: { max: number }): Validator<T[]> {
  return (v, path = '') => {
    if (!Array.isArray(v)) throw new ValidationError(path, 'expected a list');
    if (v.length > opts.max) throw new ValidationError(path, `more than ${opts.max} entries`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };
}

/** Marks a schema key optional: absent or `undefined` is allowed and omitted from the output. */
export interface Optional<T> {
  optional: true;
  check: Validator<T>;
}
export function optional<T>(check: Validator<T>): Optional<T> {
  return { optional: true, check };
}

type Schema = Record<string, Validator<unknown> | Optional<unknown>>;
type Out<S extends Schema> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Validator<infer T> ? T : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

export function obj<S extends Schema>(schema: S): Validator<Out<S>> {
  return (v, path = '') => {
    if (!isPlainObject(v)) throw new ValidationError(path, 'expected an object');
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ValidationError(`${path}.${key}`, 'forbidden key');
      if (!Object.hasOwn(schema, key)) throw new ValidationError(`${path}.${key}`, 'unexpected key');
    }
    const out: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(schema)) {
      const value = Object.hasOwn(v, key) ? v[key] : undefined;
      if ('optional' in rule) {
        if (value !== undefined) out[key] = rule.check(value, `${path}.${key}`);
      } else {
        out[key] = rule(value, `${path}.${key}`);
      }
    }
    return out as Out<S>;
  };
}

/** An http(s) URL, parsed and re-serialised; anything else (javascript:, data:…) is rejected. */
export function httpUrl(max = 4096): Validator<string> {
  return (v, path = '') => {
    const s = str({ max })(v, path);
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      throw new ValidationError(path, 'is not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ValidationError(path, 'must be an http(s) URL');
    return url.href;
  };
}

/** Keeps an http(s) URL; returns undefined for anything else. For rendering links from page data. */
export function safeHttpUrl(value: unknown): string | undefined {
  try {
    return httpUrl()(value);
  } catch {
    return undefined;
  }
}
