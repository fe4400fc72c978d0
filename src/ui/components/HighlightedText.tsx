import type { StoredMatch } from '../../shared/item';
import { categoryLabel } from './labels';

/**
 * Post text with its matches marked. Builds elements from slices of the text, so the text
 * can never become markup. `dir="auto"` lets Arabic, Persian or Urdu text run right to left.
 */
export function HighlightedText({ text, matches, max = Infinity }: { text: string; matches: readonly StoredMatch[]; max?: number }) {
  const shown = text.length > max ? text.slice(0, max) : text;
  const sorted = matches.filter((m) => m.start < shown.length).toSorted((a, b) => a.start - b.start || b.end - a.end);
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping matches: keep the first, longest
    if (m.start > at) parts.push(<span key={`t${at}`}>{shown.slice(at, m.start)}</span>);
    const end = Math.min(m.end, shown.length);
    parts.push(
      <mark key={`m${m.start}`} class={`cue cue-${m.category}`} title={`${categoryLabel(m.category)}: ${m.term}`}>
        {shown.slice(m.start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < shown.length) parts.push(<span key={`t${at}`}>{shown.slice(at)}</span>);
  return (
    <p class="post-text" dir="auto">
      {parts}
      {shown.length < text.length ? '…' : null}
    </p>
  );
}
