/**
 * Build step for the content script: drops the `notes` and `source` fields of lexicon rows
 * (`[term, category, weight, notes?, source?]` in src/engine/lexicon/*.ts). A page's copy of
 * the engine never shows them, and they were a fifth of the script every tab parses. The
 * engine's fingerprint covers term, language, category, weight and place only, so the shipped
 * compiled lexicon still matches. Extension pages, the CLI and the tests keep the full rows.
 *
 * Line-based on purpose: a row on one line that starts with a quoted term, a category and a
 * numeric weight is rewritten; anything else (multi-line rows, place rows, code) is kept as is.
 */
import type { Plugin } from 'vite';

const ROW = /^(\s*)\[('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"), ('[a-z-]+'), ([0-9.]+)(?:, [^\n]*)?\](,?)\s*$/;

/** The lexicon source with notes and sources dropped from one-line rows. */
export function leanLexiconSource(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const m = ROW.exec(line);
      return m ? `${m[1]}[${m[2]}, ${m[3]}, ${m[4]}]${m[5]}` : line;
    })
    .join('\n');
}

/** Vite plugin: leanLexiconSource for the language files of src/engine/lexicon/. */
export function leanLexicon(): Plugin {
  return {
    name: 'tidemark:lean-lexicon',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]engine[\\/]lexicon[\\/][a-z]+\.ts$/.test(id) || /[\\/](index|define)\.ts$/.test(id)) return null;
      return { code: leanLexiconSource(code), map: null };
    },
  };
}
