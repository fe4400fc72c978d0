/**
 * Export and import: the buttons DESIGN.md §7.6 names ("Export JSON", "Export CSV", "Import",
 * "Evidence bundle"). Builders are pure (src/reports); this component only reads the store,
 * downloads, and shows the import preview before anything is written.
 */
import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { FlaggedItem } from '../../shared/item';
import { buildBundle, buildCsvBytes, exportJson, parseImport, printReport } from '../../reports';
import { downloadBytes, fileStamp } from '../download';
import type { HistoryData, ImportPreview } from '../data';

interface PendingImport {
  items: FlaggedItem[];
  preview: ImportPreview;
  fileName: string;
}

/**
 * `ids`: what the export buttons export (the bulk selection, else every matching item);
 * `scope` names it for the moderator ("3 selected", "120 matching").
 */
export function ExportBar({ data, ids, scope, onImported, onMessage, onError }: {
  data: HistoryData;
  ids: readonly string[];
  scope: string;
  onImported: () => Promise<void>;
  onMessage: (m: string) => void;
  /** Store failures (quota…) go to the page's alert region. */
  onError: (m: string) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const toolVersion = browser.runtime.getManifest().version;

  const run = async (label: string, job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (e) {
      onError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'json' | 'csv' | 'bundle' | 'print') =>
    run(`Export ${format}`, async () => {
      if (ids.length === 0) {
        onMessage('Nothing to export: no item matches the current filters.');
        return;
      }
      const items = await data.getMany(ids, format !== 'csv');
      const now = new Date();
      const stamp = fileStamp(now);
      if (format === 'json') {
        downloadBytes(await exportJson(items, { now, screenshots: 'inline' }), `tidemark-export-${stamp}.json`, 'application/json');
      } else if (format === 'csv') {
        downloadBytes(buildCsvBytes(items), `tidemark-export-${stamp}.csv`, 'text/csv;charset=utf-8');
      } else if (format === 'bundle') {
        downloadBytes(await buildBundle(items, { now, toolVersion }), `tidemark-evidence-${stamp}.zip`, 'application/zip');
      } else {
        const html = await printReport(items, { now, toolVersion, title: 'Tidemark report' });
        downloadBytes(html, `tidemark-report-${stamp}.html`, 'text/html;charset=utf-8');
      }
      await data.recordExport(items.map((i) => i.id), format);
      onMessage(`Exported ${items.length} item${items.length === 1 ? '' : 's'} (${format.toUpperCase()}).`);
    });

  const pickFile = () => fileInput.current?.click();

  const onFile = (file: File) =>
    run('Import', async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = await parseImport(bytes);
      if (!parsed.ok) {
        onMessage(`Import refused (${file.name}): ${parsed.message} Nothing was changed.`);
        return;
      }
      setPending({ items: parsed.items, preview: await data.previewImport(parsed.items), fileName: file.name });
    });

  const confirmImport = () =>
    run('Import', async () => {
      if (!pending) return;
      const result = await data.importItems(pending.items);
      setPending(null);
      onMessage(`Imported ${pending.fileName}: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged.`);
      await onImported();
    });

  return (
    <div class="export-bar" role="group" aria-label={`Export and import (exports ${scope})`}>
      <span class="muted" data-export-scope>Exports {scope}:</span>
      <button type="button" disabled={busy} onClick={() => void exportAs('json')}>Export JSON</button>
      <button type="button" disabled={busy} onClick={() => void exportAs('csv')}>Export CSV</button>
      <button type="button" disabled={busy} onClick={() => void exportAs('bundle')}>Evidence bundle</button>
      <button type="button" disabled={busy} onClick={() => void exportAs('print')}>Printable report</button>
      <button type="button" disabled={busy} onClick={pickFile}>Import</button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.zip,application/json,application/zip"
        class="sr-only"
        tabIndex={-1}
        aria-label="Import file"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void onFile(file);
        }}
      />
      {pending ? (
        <div class="panel import-preview" role="dialog" aria-label="Import preview">
          <p>
            <strong>{pending.fileName}</strong>: {pending.preview.created} new, {pending.preview.updated} updated, {pending.preview.unchanged} unchanged.
            Nothing has been written yet.
          </p>
          <button type="button" class="primary" onClick={() => void confirmImport()}>Import {pending.items.length} items</button>{' '}
          <button type="button" onClick={() => setPending(null)}>Cancel</button>
        </div>
      ) : null}
    </div>
  );
}
