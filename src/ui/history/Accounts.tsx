/**
 * The accounts view: items grouped by author across platforms (the unit Europol counts).
 * Profile links open only for http(s) URLs (ExternalLink); "Show items" filters the list.
 */
import type { Account } from '../data';
import { ExternalLink } from '../components/ExternalLink';

export function accountLabel(a: Account): string {
  return a.name && a.handle ? `${a.name} (${a.handle})` : (a.name ?? a.handle ?? a.authorKey);
}

const day = (iso: string) => iso.slice(0, 10);

export function Accounts({ accounts, onShow }: { accounts: Account[] | null; onShow(a: Account): void }) {
  if (!accounts) return <p class="muted">Loading accounts…</p>;
  if (accounts.length === 0) return <p class="muted">No account yet: flagged posts with an author appear here.</p>;
  return (
    <div class="accounts-wrap">
      <p class="muted" data-account-count={accounts.length}>{accounts.length} account{accounts.length === 1 ? '' : 's'}, most items first.</p>
      <table class="accounts">
        <caption class="sr-only">Accounts: flagged items grouped by author across platforms</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Items</th>
            <th scope="col">First seen</th>
            <th scope="col">Last seen</th>
            <th scope="col">Platforms</th>
            <th scope="col">Profile</th>
            <th scope="col"><span class="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.authorKey} data-account={a.authorKey}>
              <th scope="row" dir="auto" class="bidi">
                {a.name ? <bdi>{a.name}</bdi> : null}
                {a.handle ? <span class="muted"> <bdi>{a.handle}</bdi></span> : null}
                {!a.name && !a.handle ? <bdi>{a.authorKey}</bdi> : null}
              </th>
              <td data-field="count">{a.count}</td>
              <td><time dateTime={a.firstSeen}>{day(a.firstSeen)}</time></td>
              <td><time dateTime={a.lastSeen}>{day(a.lastSeen)}</time></td>
              <td>{a.platforms.join(', ')}</td>
              <td>
                {a.urls.length
                  ? a.urls.map((u, i) => (
                      <span key={u}>
                        {i > 0 ? ', ' : null}
                        <ExternalLink href={u}>{a.urls.length > 1 ? `Profile ${i + 1}` : 'Profile'}</ExternalLink>
                      </span>
                    ))
                  : <span class="muted">—</span>}
              </td>
              <td>
                <button type="button" onClick={() => onShow(a)} aria-label={`Show items of ${accountLabel(a)}`}>Show items</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
