/**
 * Short human-readable reasons for a verdict, e.g. "offer + route + price + contact",
 * "warning context lowers score".
 */

const NEGATIVE_LABEL: Record<string, string> = {
  news: 'news-report context lowers score',
  warning: 'warning context lowers score',
  campaign: 'awareness-campaign context lowers score',
  legal: 'legal-advice context lowers score',
  legit: 'licensed/legitimate-service context lowers score',
};

export interface ExplainInput {
  offerKind: string | null;
  present: readonly string[];
  negPresent: readonly string[];
  offerAlone: boolean;
}

/** Builds the reasons list (most important first). */
export function explain(x: ExplainInput): string[] {
  const reasons: string[] = [];
  const parts = [...(x.offerKind ? [x.offerKind] : []), ...x.present];
  if (parts.length > 1) reasons.push(parts.join(' + '));
  else if (parts.length === 1) reasons.push(`${parts[0]} only`);
  if (!x.offerKind && x.present.length >= 3) reasons.push('ad pattern without explicit offer words');
  if (x.offerAlone) reasons.push('offer words without route, price or contact');
  for (const k of x.negPresent) reasons.push(NEGATIVE_LABEL[k] ?? `${k} context lowers score`);
  return reasons;
}
