import { describe, expect, it } from 'vitest';
import { buildPlatformReport, buildReportedPatch, PLATFORM_REPORT_INFO } from '../../../src/reports/platforms';
import { PLATFORMS, type Platform } from '../../../src/shared/item';
import { arabicItem, createItem, NOW, SETTINGS } from './fixtures';

describe('platform report helpers', () => {
  // [platform, policy words the text must use]
  const table: [Platform, RegExp][] = [
    ['facebook', /Human exploitation \(human smuggling\)/],
    ['instagram', /Human exploitation \(human smuggling\)/],
    ['x', /Illegal or certain regulated goods or services \/ human trafficking/],
    ['telegram', /Illegal goods and services/],
    ['tiktok', /Human exploitation \(human smuggling\) \/ illegal activities/],
    ['generic', /Illegal content: migrant smuggling/],
  ];
  it.each(table)('%s: text in the platform’s own policy terms', (platform, words) => {
    const item = createItem({ platform });
    const r = buildPlatformReport(item, SETTINGS);
    expect(r.platform).toBe(platform);
    expect(r.text).toMatch(words);
    expect(r.text).toContain('migrant smuggling');
    expect(r.text).toContain(`Link: \u2068${item.permalink}\u2069`);
    expect(r.text).toContain('Seen (UTC): 2025-05-30T08:15:42.123Z');
    expect(r.text).toContain('Reported by: Amira Haddad, Border Watch NGO <amira.haddad@example.org>');
    expect(r.subject).toMatch(/^Report: .*\(migrant smuggling advertisement\)$/);
  });

  it('has one table entry per platform, with https links only', () => {
    expect(Object.keys(PLATFORM_REPORT_INFO).toSorted()).toEqual([...PLATFORMS].toSorted());
    for (const info of Object.values(PLATFORM_REPORT_INFO)) {
      for (const url of [info.policyUrl, info.reportHelpUrl, info.illegalContentFormUrl]) {
        if (url !== undefined) expect(new URL(url).protocol).toBe('https:');
      }
      expect(info.inAppSteps.length).toBeGreaterThan(10);
    }
    expect(PLATFORM_REPORT_INFO.tiktok.illegalContentFormUrl).toMatch(/tiktok\.com\/legal\/.*reporting-illegal-content/);
    expect(PLATFORM_REPORT_INFO.telegram.abuseEmail).toBe('abuse@telegram.org');
  });

  it('builds a mailto link for e-mail channels (Telegram), encoded and capped', () => {
    const r = buildPlatformReport(arabicItem(), SETTINGS);
    expect(r.mailto).toMatch(/^mailto:abuse@telegram\.org\?subject=Report%3A/);
    const body = new URL(r.mailto!).searchParams.get('body') ?? '';
    expect(body.length).toBeLessThanOrEqual(1800);
    expect(body).toContain('رحلات أوروبا');
    expect(buildPlatformReport(createItem()).mailto).toBeUndefined();
  });

  it('omits the reporter line without settings and keeps hostile text inert', () => {
    const r = buildPlatformReport(createItem({ author: { name: '</textarea><script>x</script>', url: 'https://e.example/u' } }));
    expect(r.text).not.toContain('Reported by');
    expect(r.text).toContain('\u2068</textarea><script>x</script>\u2069');
  });
});

describe('mark as reported', () => {
  it('records the date and any reference number', () => {
    expect(buildReportedPatch({ now: NOW, reference: '  FB-2025-889 ', channel: 'DSA form' })).toEqual({
      reportedAt: '2025-06-01T12:00:00.000Z',
      reference: 'FB-2025-889',
      channel: 'DSA form',
    });
    expect(buildReportedPatch({ now: NOW })).toEqual({ reportedAt: '2025-06-01T12:00:00.000Z' });
    expect(buildReportedPatch({ now: NOW, reference: '   ' })).toEqual({ reportedAt: '2025-06-01T12:00:00.000Z' });
  });

  it('strips control and bidi characters and caps lengths', () => {
    const p = buildReportedPatch({ now: NOW, reference: 'A\u202EB\nC\u0000', channel: 'x'.repeat(300) });
    expect(p.reference).toBe('ABC');
    expect(p.channel!.length).toBe(200);
  });

  it('rejects an invalid now', () => {
    expect(() => buildReportedPatch({ now: new Date(NaN) })).toThrow(RangeError);
  });
});
