import { define } from './define';
import type { LexiconEntry } from '../types';

const SRC = 'mission-anchors §B1 #4 (contact apps), §B1 #6 (emoji)';

/** Cross-language tokens: messenger names, links, emoji. */
export const entries: readonly LexiconEntry[] = [
  ...define('any', SRC, [
    ['whatsapp', 'contact', 0.6],
    ['telegram', 'contact', 0.5],
    ['viber', 'contact', 0.6],
    ['signal', 'contact', 0.3],
    ['🚤', 'transport', 0.5],
    ['✅', 'guarantee', 0.2],
    ['💯', 'guarantee', 0.4],
  ]),
];
