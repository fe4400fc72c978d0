/**
 * Engine benchmarks (DESIGN.md §7.3): throughput of the whole engine (normalise + match +
 * detectors + score) on ≥ 5 MB of generated mixed-script posts, a naive baseline (one
 * RegExp per term, looped) in the same process, lexicon compile time and heap growth.
 * Throughput and the 1 MB post are measured on the engine as shipped (a minified Vite bundle).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { compileLexicon, lexiconBytes } from '../src/engine/compile';
import { decodeLexicon } from '../src/engine/compiled/lexicon-codec';
import { LEXICON_DATA, LEXICON_FINGERPRINT, LEXICON_REJECTED } from '../src/engine/compiled/lexicon-data';
import { createEngine } from '../src/engine';
import { DETECTOR_TERMS } from '../src/engine/detectors/terms';
import { LEXICON } from '../src/engine/lexicon';
import { prng, round, type BenchLine } from './lib';

/** Filler words in several scripts (everyday vocabulary, no lexicon terms needed). */
const FILLER: readonly string[][] = [
  'the and for with this that from have will your today family photo good morning friends happy weekend market price new city'.split(' '),
  'le la les des une pour avec dans sur demain bonjour famille voiture maison travail merci beaucoup'.split(' '),
  'el la los para con una por hoy mañana familia casa trabajo gracias amigos fiesta'.split(' '),
  'في من على هذا مع كل اليوم عائلة صباح الخير شكرا جميل بيت عمل سيارة'.split(' '),
  'از به با این که برای امروز خانواده صبح بخیر ممنون خانه کار ماشین'.split(' '),
  'и в на с это для сегодня семья доброе утро спасибо дом работа машина'.split(' '),
  'আমি তুমি এবং আজ পরিবার সকাল ধন্যবাদ বাড়ি কাজ গাড়ি'.split(' '),
  'và của cho với hôm nay gia đình buổi sáng cảm ơn nhà công việc xe'.split(' '),
  'ሰላም ቤተሰብ ዛሬ ጠዋት አመሰግናለሁ ቤት ስራ መኪና'.split(' '),
  'bir ve ile bu için bugün aile günaydın teşekkürler ev iş araba'.split(' '),
];
/** Share of lexicon terms among the words of a feed-like text (1 word in 200). */
export const TYPICAL_TERM_RATE = 0.005;
const DECOR = ['🚤', '🇹🇷➡️🇬🇷', '✅', '📞 +90 555 010 2233', '€2.500', '$950 per person', '\u200c', 'ـــ', '١٢٣', '😀', '🎉', '\n'];

/**
 * Deterministic mixed-script posts totalling at least `bytes` UTF-8 bytes. `termRate` is the
 * share of words that are lexicon terms: 4 % by default (a stress case: ~15 hits per post,
 * drawn uniformly from the whole lexicon); a feed of ordinary posts has far fewer
 * (TYPICAL_TERM_RATE).
 */
export function generatePosts(bytes: number, seed = 42, termRate = 0.04): string[] {
  const rnd = prng(seed);
  const terms = LEXICON.map((e) => e.term.replace(/\*/g, ''));
  const enc = new TextEncoder();
  const posts: string[] = [];
  let total = 0;
  while (total < bytes) {
    const lang = FILLER[Math.floor(rnd() * FILLER.length)] as string[];
    const words: string[] = [];
    const len = 20 + Math.floor(rnd() * 120);
    for (let i = 0; i < len; i++) {
      const r = rnd();
      if (r < termRate) words.push(terms[Math.floor(rnd() * terms.length)] as string);
      else if (r < termRate + 0.03) words.push(DECOR[Math.floor(rnd() * DECOR.length)] as string);
      else words.push(lang[Math.floor(rnd() * lang.length)] as string);
    }
    const post = words.join(' ');
    posts.push(post);
    total += enc.encode(post).length;
  }
  return posts;
}

function utf8Bytes(posts: readonly string[]): number {
  const enc = new TextEncoder();
  let n = 0;
  for (const p of posts) n += enc.encode(p).length;
  return n;
}

/**
 * Steady-state MB/s of `engine` over `posts`: one untimed pass (JIT, and the lexicon's lazily
 * built variants), then the median of five timed passes (two cores: single runs are noisy).
 */
function steadyThroughput(engine: ReturnType<typeof createEngine>, posts: readonly string[], bytes: number): number {
  let sink = 0;
  for (const p of posts) sink += engine.scan(p).matches.length;
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const p of posts) sink += engine.scan(p).matches.length;
    runs.push(performance.now() - t0);
  }
  if (sink < 0) console.error(sink); // keeps the scans observable
  runs.sort((a, b) => a - b);
  return bytes / 1e6 / ((runs[2] as number) / 1000);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The engine as it ships: bundled and minified by Vite (the dev-time loader used for this
 * file adds helpers, such as function-name wrappers, that the build does not), imported as
 * an ES module from a temp dir.
 */
async function shippedEngine(): Promise<typeof createEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-engine-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: fileURLToPath(new URL('../src/engine/index.ts', import.meta.url)), formats: ['es'], fileName: () => 'engine.mjs' },
      },
    });
    const mod = (await import(pathToFileURL(join(dir, 'engine.mjs')).href)) as { createEngine: typeof createEngine };
    return mod.createEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A garbage-collect function: global.gc under --expose-gc, else enabled at run time. */
function getGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

export async function runEngineBenchmarks(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const entries = [...LEXICON, ...DETECTOR_TERMS];

  // the default engine as pages get it: the first createEngine() in this process (cold:
  // fold tables + the shipped compiled lexicon), then loading the shipped lexicon again (warm)
  let t0 = performance.now();
  const first = createEngine();
  const createCold = performance.now() - t0;
  const shipped = { fingerprint: LEXICON_FINGERPRINT, data: LEXICON_DATA, rejected: LEXICON_REJECTED };
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    if (!decodeLexicon(entries, shipped)) throw new Error('shipped lexicon is stale: npx tsx scripts/compile-lexicon.ts');
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);
  lines.push({ bench: 'engine', metric: 'create-engine-cold', value: round(createCold), unit: 'ms' });
  lines.push({ bench: 'engine', metric: 'load-compiled-warm', value: round(loads[1] as number), unit: 'ms' });
  if (first.size <= 0) console.error(first.size);

  // runtime compile (the fallback when the shipped tables are stale): first one, then warm
  t0 = performance.now();
  compileLexicon(entries);
  const coldCompile = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    compileLexicon(entries);
    warm.push(performance.now() - t0);
  }
  warm.sort((a, b) => a - b);
  lines.push({ bench: 'engine', metric: 'compile-cold', value: round(coldCompile), unit: 'ms' });
  lines.push({ bench: 'engine', metric: 'compile-warm', value: round(warm[1] as number), unit: 'ms' });

  // heap growth of one compiled lexicon
  const gc = getGc();
  // two collections with a task between them: array buffers of earlier compiles are released
  // after their wrappers are collected (one gc() alone once gave a negative growth)
  const settle = async (): Promise<void> => {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc?.();
  };
  await settle();
  const before = process.memoryUsage();
  let held: ReturnType<typeof compileLexicon> | null = compileLexicon(entries);
  await settle();
  const after = process.memoryUsage();
  const heapMb = (after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers)) / 1e6;
  lines.push({ bench: 'engine', metric: 'heap-growth', value: round(heapMb), unit: 'MB' });
  lines.push({ bench: 'engine', metric: 'automaton-bytes', value: round(lexiconBytes(held) / 1e6), unit: 'MB' });
  lines.push({ bench: 'engine', metric: 'patterns', value: held.patterns.length, unit: 'count' });
  held = null; // measured: let it go, so the throughput runs below do not carry it in the heap
  gc?.();

  // throughput of the whole engine
  const posts = generatePosts(5_200_000);
  const bytes = utf8Bytes(posts);
  lines.push({ bench: 'engine', metric: 'input', value: round(bytes / 1e6), unit: 'MB' });
  const engine = (await shippedEngine())();
  let sink = 0;
  const engineMbs = steadyThroughput(engine, posts, bytes);
  // the same on feed-like text (fewer lexicon terms per post)
  const typical = generatePosts(5_200_000, 43, TYPICAL_TERM_RATE);
  const typicalMbs = steadyThroughput(engine, typical, utf8Bytes(typical));

  // naive baseline: one RegExp per term, looped over every post (on a ≥ 1 MB slice: it is slow)
  const regexes = entries.map((e) => new RegExp(escapeRe(e.term.replace(/\*/g, '')), 'giu'));
  const slice: string[] = [];
  let sliceBytes = 0;
  const enc = new TextEncoder();
  for (const p of posts) {
    if (sliceBytes >= 1_000_000) break;
    slice.push(p);
    sliceBytes += enc.encode(p).length;
  }
  t0 = performance.now();
  for (const p of slice) {
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(p) !== null) sink++;
    }
  }
  const naiveMbs = sliceBytes / 1e6 / ((performance.now() - t0) / 1000);
  lines.push({ bench: 'engine', metric: 'naive-regex-per-term', value: round(naiveMbs), unit: 'MB/s' });
  lines.push({ bench: 'engine', metric: 'throughput', value: round(engineMbs), unit: 'MB/s', baseline: round(naiveMbs), ratio: round(engineMbs / naiveMbs, 1) });
  lines.push({ bench: 'engine', metric: 'throughput-typical', value: round(typicalMbs), unit: 'MB/s', baseline: round(naiveMbs), ratio: round(typicalMbs / naiveMbs, 1) });

  // one 1 MB post (worst case for a single call): median of three calls
  const big = posts.join('\n').slice(0, 1_000_000);
  const bigRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    sink += engine.scan(big).matches.length;
    bigRuns.push(performance.now() - t0);
  }
  bigRuns.sort((a, b) => a - b);
  lines.push({ bench: 'engine', metric: 'scan-1mb-post', value: round(bigRuns[1] as number), unit: 'ms' });
  if (sink < 0) console.error(sink);
  return lines;
}
