import type { CueCategory } from '../../engine/types';
import type { ItemStatus } from '../../shared/item';

const CATEGORY_LABELS: Record<CueCategory, string> = {
  offer: 'Offer',
  transport: 'Transport',
  documents: 'Documents',
  marriage: 'Marriage',
  package: 'Package',
  accommodation: 'Accommodation',
  recruitment: 'Recruitment',
  guarantee: 'Guarantee / payment',
  urgency: 'Urgency',
  contact: 'Contact',
  place: 'Place',
  direction: 'Direction',
  news: 'News context',
  warning: 'Warning context',
  campaign: 'Campaign context',
  legal: 'Legal context',
  legit: 'Legitimate-business context',
  price: 'Price',
  phone: 'Phone number',
  route: 'Route',
};

export function categoryLabel(c: CueCategory): string {
  return CATEGORY_LABELS[c] ?? c;
}

export const STATUS_LABELS: Record<ItemStatus, string> = {
  flagged: 'Flagged',
  reported: 'Reported',
  removed: 'Removed',
  'still-online': 'Still online',
  dismissed: 'Dismissed',
};
