import { useEffect, useState } from 'preact/hooks';

/** Shows a stored PNG through an object URL, revoked when the component goes away. */
export function Screenshot({ blob, alt }: { blob: Blob | undefined; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return undefined;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  if (!blob) return <p class="muted">No screenshot was captured for this item.</p>;
  return url ? <img class="screenshot" src={url} alt={alt} /> : null;
}
