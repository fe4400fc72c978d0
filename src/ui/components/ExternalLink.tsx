import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '../../shared/validate';

/**
 * A link to page-derived URL. Preact escapes text but not `href`, so a `javascript:` URL
 * from a smuggler's profile would run on click: only http(s) becomes a link, anything
 * else is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string | undefined; children?: ComponentChildren }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span class="muted">{children ?? href ?? '—'}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
      {children ?? safe}
    </a>
  );
}
