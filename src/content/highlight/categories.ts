/**
 * What each painted cue category means for a moderator: the label and a one-line "why it
 * matters" shown by the hover tooltip. Plain text only (rendered with textContent).
 */
import type { CueCategory } from '../../engine/types';

export interface CategoryInfo {
  label: string;
  why: string;
}

export const CATEGORY_INFO: Partial<Record<CueCategory, CategoryInfo>> = {
  offer: { label: 'Offer', why: 'Words that sell a crossing or a smuggling service (trip, passage, coyote, tahrib).' },
  transport: { label: 'Transport', why: 'The vehicle of an irregular crossing: boat, dinghy, lorry, car boot.' },
  documents: { label: 'Documents', why: 'Forged or bought passports, visas or residence permits are often sold alongside crossings.' },
  marriage: { label: 'Marriage', why: 'Sham marriages are sold as a route to residence.' },
  package: { label: 'Package', why: '"Complete packages" bundle the crossing with documents and stays.' },
  accommodation: { label: 'Accommodation', why: 'Safe houses and stays before the crossing are part of the smuggling chain.' },
  recruitment: { label: 'Recruitment', why: 'Recruiting drivers or boat captains for crossings.' },
  guarantee: { label: 'Guarantee / payment', why: 'Guarantees, pay-on-arrival and hawala deposits are typical smuggling payment terms.' },
  urgency: { label: 'Urgency', why: 'Pressure to decide now (last places, leaving tonight) is a sales tactic of smuggling ads.' },
  contact: { label: 'Contact', why: 'A way to reach the seller off-platform (WhatsApp, Telegram, "inbox me").' },
  phone: { label: 'Phone number', why: 'A phone number for contact, often abroad.' },
  price: { label: 'Price', why: 'A price per person for the service.' },
  route: { label: 'Route', why: 'A route between countries, a common element of crossing offers.' },
};

export function categoryInfo(category: CueCategory): CategoryInfo {
  return CATEGORY_INFO[category] ?? { label: category, why: 'A cue the detection engine found.' };
}
