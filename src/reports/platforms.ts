/**
 * Platform report helpers: pre-filled report text in each platform's own policy terms, and
 * the links to its report help page or EU illegal-content (DSA) form. No platform offers a
 * submission API, so the moderator pastes the text; the UI opens a link only on a click.
 */
import type { FlaggedItem, Platform, ReportInfo } from '../shared/item';
import type { ReportSettings } from './model';
import { explainItem, isolate } from './dsa-notice';
import { isoNow, truncate } from './util';

export interface PlatformReportInfo {
  platform: Platform;
  name: string;
  /** The platform's own policy category to pick in its report flow. */
  policyCategory: string;
  /** Where the report option sits in the app. */
  inAppSteps: string;
  /** The policy page that defines the category. */
  policyUrl?: string;
  /** The help-centre page explaining how to report. */
  reportHelpUrl?: string;
  /** The EU illegal-content (DSA Art. 16) form or guidance. */
  illegalContentFormUrl?: string;
  /** Abuse e-mail, where the platform takes reports by mail. */
  abuseEmail?: string;
}

/**
 * The platforms' public help-centre addresses and policy terms, in one place.
 * RECHECK these before each release: platforms move help pages and rename categories
 * without notice. Last reviewed against the sources in mission-anchors.md §A2
 * ("Platform rules and report flows"). The UI opens them only when the user clicks.
 */
export const PLATFORM_REPORT_INFO: Readonly<Record<Platform, PlatformReportInfo>> = {
  facebook: {
    platform: 'facebook',
    name: 'Facebook',
    policyCategory: 'Human exploitation (human smuggling)',
    inAppSteps: 'On the post: ··· → Report post → choose the human exploitation / smuggling option; for a legal (DSA) notice use the legal removal form.',
    policyUrl: 'https://transparency.meta.com/policies/community-standards/human-exploitation/',
    reportHelpUrl: 'https://www.facebook.com/help/1380418588640631',
    illegalContentFormUrl: 'https://www.facebook.com/help/contact/319149701968527',
  },
  instagram: {
    platform: 'instagram',
    name: 'Instagram',
    policyCategory: 'Human exploitation (human smuggling)',
    inAppSteps: 'On the post: ··· → Report → choose the human exploitation / smuggling option, or report it as illegal under EU law.',
    policyUrl: 'https://transparency.meta.com/policies/community-standards/human-exploitation/',
    reportHelpUrl: 'https://help.instagram.com/192435014247952',
  },
  x: {
    platform: 'x',
    name: 'X',
    policyCategory: 'Illegal or certain regulated goods or services / human trafficking (human exploitation)',
    inAppSteps: 'On the post: ··· → Report post → "Report EU illegal content", or the illegal goods / human exploitation option.',
    policyUrl: 'https://help.x.com/en/rules-and-policies/illegal-regulated-behaviors',
    reportHelpUrl: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
  },
  telegram: {
    platform: 'telegram',
    name: 'Telegram',
    policyCategory: 'Illegal goods and services (forged documents, smuggling)',
    inAppSteps: 'Long-press the message or open the channel → Report → Illegal goods / Other; or e-mail the abuse address. Scams: @notoscam; search results: @SearchReport.',
    policyUrl: 'https://telegram.org/tos/eu-dsa',
    reportHelpUrl: 'https://telegram.org/faq',
    illegalContentFormUrl: 'https://telegram.org/tos/eu-dsa',
    abuseEmail: 'abuse@telegram.org',
  },
  tiktok: {
    platform: 'tiktok',
    name: 'TikTok',
    policyCategory: 'Human exploitation (human smuggling) / illegal activities',
    inAppSteps: 'Press and hold the video (or Share → Report) → Report illegal content → pick the category and country.',
    policyUrl: 'https://www.tiktok.com/community-guidelines/en/',
    reportHelpUrl: 'https://support.tiktok.com/en/safety-hc/report-a-problem',
    illegalContentFormUrl: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
  },
  generic: {
    platform: 'generic',
    name: 'Website',
    policyCategory: 'Illegal content: migrant smuggling',
    inAppSteps: "Use the site's report link or its DSA contact point (Art. 11–12 DSA), or its abuse e-mail.",
  },
};

export interface PlatformReport {
  platform: Platform;
  info: PlatformReportInfo;
  /** One-line subject for e-mail or a form's title field. */
  subject: string;
  /** The body to paste. */
  text: string;
  /** `mailto:` link when the platform takes reports by e-mail (body capped for mail clients). */
  mailto?: string;
}

const MAILTO_BODY_MAX = 1800;

/** Pre-filled report text for one item in the platform's own terms. */
export function buildPlatformReport(item: Omit<FlaggedItem, 'screenshot'>, settings?: ReportSettings): PlatformReport {
  const info = PLATFORM_REPORT_INFO[item.platform] ?? PLATFORM_REPORT_INFO.generic;
  const subject = `Report: ${info.policyCategory.split(' / ')[0]} (migrant smuggling advertisement)`;
  const L: string[] = [];
  L.push(`Category: ${info.policyCategory}`);
  L.push('');
  L.push(`This post advertises migrant smuggling (facilitation of unauthorised entry), which your ${info.name === 'Website' ? 'terms' : `${info.name} policies`} prohibit and which is a crime in the EU (Directive 2002/90/EC).`);
  L.push(explainItem(item, false));
  L.push('');
  L.push(`Link: ${isolate(item.permalink ?? item.url)}`);
  if (item.permalink && item.permalink !== item.url) L.push(`Page: ${isolate(item.url)}`);
  const who = [item.author.name && isolate(item.author.name), item.author.handle && isolate(item.author.handle)].filter(Boolean).join(' ');
  if (who) L.push(`Account: ${who}`);
  if (item.author.url) L.push(`Profile: ${isolate(item.author.url)}`);
  L.push(`Seen (UTC): ${item.capturedAt}`);
  L.push(`Text: ${isolate(truncate(item.quote.exact || item.text, 500))}`);
  const n = settings?.notifier;
  if (n && (n.name.trim() || n.email.trim())) {
    L.push('');
    L.push(`Reported by: ${[n.name.trim(), n.organisation?.trim()].filter(Boolean).join(', ')}${n.email.trim() ? ` <${n.email.trim()}>` : ''}`);
  }
  const text = L.join('\n') + '\n';
  const out: PlatformReport = { platform: item.platform, info, subject, text };
  if (info.abuseEmail) {
    out.mailto = `mailto:${info.abuseEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(truncate(text, MAILTO_BODY_MAX))}`;
  }
  return out;
}

export interface MarkReportedInput {
  now: Date;
  /** The platform's ticket or reference number, if one was given. */
  reference?: string;
  /** e.g. "facebook in-app", "DSA form", "e-mail". */
  channel?: string;
}

// oxlint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The "mark as reported" patch: `{reportedAt, reference?, channel?}` (ReportInfo). Free text is
 * trimmed, stripped of control characters and capped (reference 500, channel 200).
 */
export function buildReportedPatch(input: MarkReportedInput): ReportInfo {
  const patch: ReportInfo = { reportedAt: isoNow(input.now) };
  const reference = input.reference?.replace(CONTROL, '').trim();
  const channel = input.channel?.replace(CONTROL, '').trim();
  if (reference) patch.reference = truncate(reference, 500);
  if (channel) patch.channel = truncate(channel, 200);
  return patch;
}
