/**
 * Settings: who reports (used in notices), where Tidemark runs and how loudly, sensitivity,
 * custom terms, retention, and storage. Saving tells the background, which pushes the new
 * config to every open tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LexiconCategory } from '../../engine/types';
import { getSettings, saveSettings, purgeOlderThan, type Settings } from '../../store';
import { sendToBackground } from '../messaging';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { clearStoreBlocked, errorText, useStoreBlocked } from '../lifecycle';

const TERM_CATEGORIES: LexiconCategory[] = [
  'offer', 'transport', 'documents', 'marriage', 'package', 'accommodation', 'recruitment', 'guarantee', 'urgency', 'contact',
  'news', 'warning', 'campaign', 'legal', 'legit',
];

function lines(s: string): string[] {
  return s.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
}

export function SettingsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [term, setTerm] = useState({ term: '', lang: 'en', category: 'offer' as LexiconCategory, weight: 0.6 });
  const [error, setError] = useState<string | null>(null);
  const [confirmPurge, setConfirmPurge] = useState(false);
  /** Completed saves on this page: lets a reader (or a test) tell this save's answer from the last one's. */
  const [saves, setSaves] = useState(0);
  const blocked = useStoreBlocked();

  const refreshUsage = () =>
    void navigator.storage?.estimate?.().then((e) => setUsage({ usage: e.usage ?? 0, quota: e.quota ?? 0 })).catch(() => undefined);

  useEffect(() => {
    void getSettings()
      .then((s) => {
        setSettings(s);
        clearStoreBlocked();
      })
      .catch((e: unknown) => setError(`Could not read settings: ${errorText(e)}`));
    // Ask once on load (Chromium decides without prompting); the answer is shown below.
    void (async () => {
      const storage = navigator.storage;
      if (!storage?.persisted) return;
      const already = await storage.persisted().catch(() => false);
      setPersisted(already || ((await storage.persist?.().catch(() => false)) ?? false));
    })();
    refreshUsage();
  }, []);

  const alertText = blocked ?? error;
  const alert = <div role="alert" class="alert-region">{alertText ? <p class="error">{alertText}</p> : null}</div>;

  if (!settings) return <main class="settings" data-ready="false">{alert}<p>Loading…</p></main>;

  const update = (patch: Partial<Settings>) => setSettings({ ...settings, ...patch });

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await saveSettings(settings);
      setSettings(saved);
      await sendToBackground({ type: 'settings-changed' }).catch(() => undefined);
      setMessage('Settings saved.');
      setSaves((n) => n + 1);
      setError(null);
    } catch (err) {
      setError(`Not saved: ${errorText(err)}`);
    }
  };

  const persist = async () => {
    const ok = (await navigator.storage?.persist?.()) ?? false;
    setPersisted(ok);
    setMessage(ok ? 'The browser will keep Tidemark’s evidence under storage pressure.' : 'The browser declined persistent storage.');
  };

  const purge = async () => {
    setConfirmPurge(false);
    if (!settings.retentionDays) return;
    try {
      const n = await purgeOlderThan(settings.retentionDays);
      setMessage(`Purged ${n} item${n === 1 ? '' : 's'}.`);
      setError(null);
      refreshUsage();
    } catch (e) {
      setError(`Nothing purged: ${errorText(e)}`);
    }
  };

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-32.png" alt="" />
        <h1>Tidemark — settings</h1>
        <a href="../history/index.html">History</a>
      </header>
      <main class="settings" data-ready="true">
        {alert}
        <form onSubmit={(e) => void save(e)} class="settings-form" style={{ display: 'grid', gap: '14px' }}>
          <fieldset>
            <legend>Reviewer (used in DSA notices)</legend>
            <label class="field">Name<input value={settings.reviewer.name} autocomplete="name" onInput={(e) => update({ reviewer: { ...settings.reviewer, name: (e.currentTarget as HTMLInputElement).value } })} /></label>
            <label class="field">E-mail<input type="email" value={settings.reviewer.email} autocomplete="email" onInput={(e) => update({ reviewer: { ...settings.reviewer, email: (e.currentTarget as HTMLInputElement).value } })} /></label>
            <label class="field">Organisation<input value={settings.reviewer.organisation} autocomplete="organization" onInput={(e) => update({ reviewer: { ...settings.reviewer, organisation: (e.currentTarget as HTMLInputElement).value } })} /></label>
            <label class="field">Trusted-flagger identifier (DSA Art. 22, optional)<input value={settings.trustedFlaggerId} onInput={(e) => update({ trustedFlaggerId: (e.currentTarget as HTMLInputElement).value })} /></label>
          </fieldset>

          <fieldset>
            <legend>Where and how Tidemark runs</legend>
            <label><input type="checkbox" checked={settings.paused} onChange={(e) => update({ paused: (e.currentTarget as HTMLInputElement).checked })} /> Pause on all sites</label>
            <label><input type="checkbox" checked={settings.quietMode} onChange={(e) => update({ quietMode: (e.currentTarget as HTMLInputElement).checked })} /> Quiet mode: change nothing in pages; results only in the popup</label>
            <label class="field">Sites
              <select value={settings.sites.mode} onChange={(e) => update({ sites: { ...settings.sites, mode: (e.currentTarget as HTMLSelectElement).value as Settings['sites']['mode'] } })}>
                <option value="all">Every site except the blocked ones</option>
                <option value="allowlist">Only the allowed sites</option>
              </select>
            </label>
            <label class="field">Allowed sites (one per line)<textarea rows={3} value={settings.sites.allow.join('\n')} onInput={(e) => update({ sites: { ...settings.sites, allow: lines((e.currentTarget as HTMLTextAreaElement).value) } })} /></label>
            <label class="field">Blocked sites (one per line)<textarea rows={3} value={settings.sites.deny.join('\n')} onInput={(e) => update({ sites: { ...settings.sites, deny: lines((e.currentTarget as HTMLTextAreaElement).value) } })} /></label>
            <label class="field">Sensitivity: {Math.round(settings.sensitivity * 100)}%
              <input type="range" min={0} max={1} step={0.05} value={settings.sensitivity} onInput={(e) => update({ sensitivity: Number((e.currentTarget as HTMLInputElement).value) })} />
            </label>
          </fieldset>

          <fieldset>
            <legend>Your own terms</legend>
            <table class="terms">
              <thead><tr><th>Term</th><th>Language</th><th>Category</th><th>Weight</th><th /></tr></thead>
              <tbody>
                {settings.customTerms.map((t, i) => (
                  <tr key={`${t.term}-${i}`}>
                    <td dir="auto">{t.term}</td><td>{t.lang}</td><td>{t.category}</td><td>{t.weight}</td>
                    <td><button type="button" onClick={() => update({ customTerms: settings.customTerms.filter((_, j) => j !== i) })}>Remove {t.term}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="row">
              <label>Term <input dir="auto" value={term.term} onInput={(e) => setTerm({ ...term, term: (e.currentTarget as HTMLInputElement).value })} /></label>
              <label>Language <input size={4} value={term.lang} onInput={(e) => setTerm({ ...term, lang: (e.currentTarget as HTMLInputElement).value })} /></label>
              <label>Category <select value={term.category} onChange={(e) => setTerm({ ...term, category: (e.currentTarget as HTMLSelectElement).value as LexiconCategory })}>
                {TERM_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select></label>
              <label>Weight <input type="number" min={0.05} max={1} step={0.05} value={term.weight} onInput={(e) => setTerm({ ...term, weight: Number((e.currentTarget as HTMLInputElement).value) })} /></label>
              <button type="button" disabled={!term.term.trim()} onClick={() => {
                update({ customTerms: [...settings.customTerms, { ...term, term: term.term.trim() }] });
                setTerm({ ...term, term: '' });
              }}>Add term</button>
            </div>
          </fieldset>

          <fieldset>
            <legend>Storage</legend>
            <p>
              Persistent storage: <strong data-persisted={persisted === null ? '' : String(persisted)}>{persisted === null ? 'unknown' : persisted ? 'granted' : 'not granted'}</strong>{' '}
              {persisted ? null : <button type="button" onClick={() => void persist()}>Ask the browser to keep Tidemark’s data</button>}
            </p>
            {usage ? <p data-usage={usage.usage}>Using {(usage.usage / 1048576).toFixed(1)} MB{usage.quota ? ` of ${(usage.quota / 1048576).toFixed(0)} MB available` : ''}.</p> : null}
            <label class="field">Keep items for (days, 0 = forever)
              <input type="number" min={0} max={3650} value={settings.retentionDays} onInput={(e) => update({ retentionDays: Number((e.currentTarget as HTMLInputElement).value) })} />
            </label>
            <div><button type="button" disabled={!settings.retentionDays} onClick={() => setConfirmPurge(true)}>Purge older items now</button></div>
          </fieldset>

          <div><button type="submit" class="primary">Save settings</button></div>
          <p role="status" aria-live="polite" data-status-line data-saves={saves}>{message}</p>
        </form>
        {confirmPurge ? (
          <ConfirmDialog
            title={`Delete items older than ${settings.retentionDays} days?`}
            confirmLabel="Purge"
            onConfirm={() => void purge()}
            onCancel={() => setConfirmPurge(false)}
          >
            <p>Every item last captured more than {settings.retentionDays} days ago is deleted from this machine. A tombstone stays in the custody log.</p>
          </ConfirmDialog>
        ) : null}
      </main>
    </>
  );
}
