import type { FlaggedItem, ItemStatus } from '../../shared/item';
import { ITEM_STATUSES } from '../../shared/item';
import { ExternalLink } from '../components/ExternalLink';
import { HighlightedText } from '../components/HighlightedText';
import { Screenshot } from '../components/Screenshot';
import { STATUS_LABELS } from '../components/labels';
import { useState } from 'preact/hooks';
import type { CustodyRecord } from '../data';

export interface DetailActions {
  setStatus(status: ItemStatus): void;
  saveNote(note: string, tags: string[]): void;
  remove(): void;
}

/** One flagged item in full: the evidence, the reasons, and the moderator's workflow fields. */
export function ItemDetail({ item, actions, reportSlot, custody }: {
  item: FlaggedItem;
  actions: DetailActions;
  reportSlot?: preact.ComponentChildren;
  /** The store's custody log for this item (null while loading: the item's own history is shown). */
  custody?: CustodyRecord[] | null;
}) {
  const log = custody ?? item.statusHistory;
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  return (
    <section class="detail panel" data-detail-ready="true" aria-labelledby="detail-title">
      <header class="detail-head">
        <h2 id="detail-title">
          <span class={`pill ${item.verdict}`}>{item.verdict}</span> {Math.round(item.score * 100)}% · {item.platform}
        </h2>
        <label>
          Status{' '}
          <select aria-label="Status" data-field="status" value={item.status} onChange={(e) => actions.setStatus((e.currentTarget as HTMLSelectElement).value as ItemStatus)}>
            {ITEM_STATUSES.map((s) => (
              <option value={s} key={s}>{STATUS_LABELS[s]}</option>
            ))}
          </select>
        </label>
      </header>
      <dl class="facts">
        <dt>Author</dt>
        <dd dir="auto">
          <ExternalLink href={item.author.url}>{item.author.name ?? item.author.handle ?? 'unknown'}</ExternalLink>
          {item.author.handle ? <span class="muted"> {item.author.handle}</span> : null}
        </dd>
        <dt>Post</dt>
        <dd><ExternalLink href={item.permalink ?? item.url} /></dd>
        <dt>Page</dt>
        <dd><ExternalLink href={item.url} /></dd>
        <dt>Captured</dt>
        <dd><time data-field="capturedAt" dateTime={item.capturedAt}>{item.capturedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>
          {item.firstCapturedAt !== item.capturedAt ? <span class="muted"> (first {item.firstCapturedAt})</span> : null}</dd>
        <dt>Why</dt>
        <dd dir="auto">{item.reasons.join(' · ') || '—'}</dd>
        <dt>Language</dt>
        <dd>{item.lang}</dd>
        <dt>Lexicon</dt>
        <dd>{item.lexiconVersion}</dd>
      </dl>
      <HighlightedText text={item.text} matches={item.matches} />
      <Screenshot blob={item.screenshot} alt="Screenshot of the flagged post, taken when it was flagged" />
      <h3>Evidence hashes (SHA-256)</h3>
      <dl class="facts">
        <dt>Text</dt>
        <dd class="hash" data-hash="text">{item.evidence.textSha256}</dd>
        <dt>Screenshot</dt>
        <dd class="hash" data-hash="screenshot">{item.evidence.screenshotSha256 ?? '—'}</dd>
      </dl>
      <h3>Notes</h3>
      <form
        class="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          actions.saveNote(note, tags.split(',').map((t) => t.trim()).filter(Boolean));
        }}
      >
        <label>
          Note
          <textarea dir="auto" rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label>
          Tags (comma-separated)
          <input dir="auto" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">Save note</button>
      </form>
      {reportSlot}
      <h3>Custody log</h3>
      <ol class="custody" aria-label="Custody log" data-custody-count={log.length}>
        {log.map((ev, i) => (
          <li key={i} data-action={ev.action}>
            <time dateTime={ev.at}>{ev.at}</time> — {ev.action}
            {ev.detail ? <span class="muted" dir="auto"> {Object.entries(ev.detail).map(([k, v]) => `${k}: ${v}`).join(', ')}</span> : null}
          </li>
        ))}
      </ol>
      <button type="button" class="danger" onClick={() => actions.remove()}>Delete item…</button>
    </section>
  );
}
