// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, type PlatformAdapter, type PostMeta } from '../../../src/content/platforms';
import { facebook } from '../../../src/content/platforms/facebook';
import { generic } from '../../../src/content/platforms/generic';
import { instagram } from '../../../src/content/platforms/instagram';
import { telegramWebA } from '../../../src/content/platforms/telegram-a';
import { telegramWebK } from '../../../src/content/platforms/telegram-k';
import { telegramPreview } from '../../../src/content/platforms/telegram-preview';
import { tiktok } from '../../../src/content/platforms/tiktok';
import { asHandle, hrefOf, isoFromEpoch, withoutParams } from '../../../src/content/platforms/types';
import { x } from '../../../src/content/platforms/x';
import { collectPostText } from '../../../src/content/scan/post-text';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/platforms');

/** Parses a fixture page into its own document (test fixture markup only, never page-derived). */
function load(file: string, dir = FIXTURES): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(dir, file), 'utf8'), 'text/html');
}

/** The post's text the way the scanner collects it: the text root, minus nested posts. */
function postText(adapter: PlatformAdapter, post: Element): string {
  const root = adapter.textRoot?.(post) ?? post;
  return collectPostText(root, (el) => el !== root && el !== post && el.matches(adapter.postSelector)).text;
}

describe('adapterFor: URL patterns', () => {
  it.each<[string, PlatformAdapter]>([
    ['https://www.facebook.com/', facebook],
    ['https://web.facebook.com/groups/1234500000/posts/2222000000000001/', facebook],
    ['https://www.facebook.com/marketplace/item/4444000000000001/', facebook],
    ['https://facebook.com/story.php?story_fbid=1&id=2', facebook],
    ['https://m.facebook.com/groups/1234500000/', generic], // server-rendered mobile markup
    ['https://mbasic.facebook.com/', generic],
    ['https://facebook.com.example.net/', generic],
    ['https://notfacebook.com/', generic],
    ['https://www.instagram.com/', instagram],
    ['https://www.instagram.com/p/DFixtureIg1/', instagram],
    ['https://instagram.com/example_user/', instagram],
    ['https://x.com/search?q=crossing&f=live', x],
    ['https://twitter.com/example_user/status/1900000000000000001', x],
    ['https://mobile.x.com/home', x],
    ['https://x.company.example/', generic],
    ['https://xx.com/', generic],
    ['https://www.tiktok.com/foryou', tiktok],
    ['https://www.tiktok.com/@example_user/video/7300000000000000010', tiktok],
    ['https://web.telegram.org/k/#@example_travel_talk', telegramWebK],
    ['https://web.telegram.org/k/', telegramWebK],
    ['https://web.telegram.org/a/#@example_safar_channel', telegramWebA],
    ['https://web.telegram.org/z/', telegramWebA],
    ['https://web.telegram.org/kz/', generic],
    ['https://t.me/s/example_hijra_news', telegramPreview],
    ['https://t.me/s/example_hijra_news?before=100', telegramPreview],
    ['https://t.me/example_hijra_news/101?embed=1', telegramPreview],
    ['https://telegram.me/s/example_hijra_news', telegramPreview],
    ['https://t.me/example_hijra_news', generic], // the channel's landing page, not a feed
    ['https://forum.example.org/threads/getting-to-europe.4242/', generic],
    ['http://127.0.0.1:5173/demo/feed.html', generic],
  ])('%s', (url, adapter) => {
    expect(adapterFor(new URL(url))).toBe(adapter);
  });

  it('keeps the generic adapter last, as the fallback', () => {
    expect(ADAPTERS.at(-1)).toBe(generic);
    expect(ADAPTERS.slice(0, -1).every((a) => !a.matches(new URL('https://forum.example.org/')))).toBe(true);
  });
});

interface PostCase {
  id: string;
  /** Text the post's text must contain. */
  text: string;
  /** Chrome (author, toolbar, quotes, nested comments) the post's text must not contain. */
  notText?: string[];
  meta: PostMeta;
}

interface FixtureCase {
  file: string;
  url: string;
  adapter: PlatformAdapter;
  /** Every post root on the page, in document order (fixture ids). */
  ids: string[];
  posts: PostCase[];
}

const FB_GROUP = 'https://www.facebook.com/groups/1234500000';
const none = { author: {} };

const CASES: FixtureCase[] = [
  {
    file: 'facebook.html',
    url: `${FB_GROUP}/`,
    adapter: facebook,
    ids: ['fb-1', 'fb-1-c1', 'fb-1-c2', 'fb-2', 'fb-3', 'fb-4', 'fb-5', 'fb-6', 'fb-7'],
    posts: [
      {
        id: 'fb-1',
        text: 'رحلات بحرية من ليبيا إلى إيطاليا',
        notText: ['أبو سليم للسفريات', 'Like', 'Comment', 'Lena Hart', 'Serbia'],
        meta: {
          author: { name: 'أبو سليم للسفريات', url: `${FB_GROUP}/user/100000000000101/` },
          permalink: `${FB_GROUP}/posts/2222000000000001/`,
          postedAt: '2 hours ago',
        },
      },
      {
        id: 'fb-1-c1',
        text: 'Report the post and talk to the Red Crescent helpline',
        meta: {
          author: { name: 'Lena Hart', url: `${FB_GROUP}/user/100000000000102/` },
          permalink: `${FB_GROUP}/posts/2222000000000001/?comment_id=3333000000000001`,
        },
      },
      {
        id: 'fb-1-c2',
        text: 'land route Serbia → Hungary',
        notText: ['Lena Hart'],
        meta: {
          author: { name: 'Karim Transit', url: 'https://www.facebook.com/example.karim.transit' },
          permalink: `${FB_GROUP}/posts/2222000000000001/?comment_id=3333000000000002`,
        },
      },
      {
        id: 'fb-2',
        text: 'Court jails four men',
        notText: ['Coastal Herald'],
        meta: {
          author: { name: 'Coastal Herald', url: 'https://www.facebook.com/example.coastal.herald' },
          permalink: 'https://www.facebook.com/example.coastal.herald/posts/pfbid0fixture2',
          postedAt: 'March 3 at 9:15 AM',
        },
      },
      {
        id: 'fb-3',
        text: 'انتقال از ترکیه به یونان',
        meta: {
          author: { name: 'سفرهای امید', url: 'https://www.facebook.com/profile.php?id=100000000000303' },
          permalink: `${FB_GROUP}/permalink/2222000000000003/`,
          postedAt: '5 hours ago',
        },
      },
      {
        id: 'fb-4',
        text: 'Ayvalık – Midilli feribot',
        meta: {
          author: { name: 'Ege Feribot Hatları', url: 'https://www.facebook.com/example.ege.feribot/' },
          permalink: 'https://www.facebook.com/story.php?story_fbid=2222000000000004&id=100000000000404',
          postedAt: 'Yesterday at 8:00 AM',
        },
      },
      {
        id: 'fb-5',
        text: 'یورپ پہنچنے کی گارنٹی',
        meta: {
          author: { name: 'محفوظ سفر تنظیم', url: 'https://www.facebook.com/example.safe.journeys.ngo' },
          permalink: 'https://www.facebook.com/example.safe.journeys.ngo/videos/2222000000000005/',
          postedAt: 'February 27 at 4:30 PM',
        },
      },
      {
        id: 'fb-6',
        text: 'Passage garanti Maroc → Espagne',
        notText: ['Passage Rapide Europe', '4 mars'],
        meta: {
          author: { name: 'Passage Rapide Europe', url: 'https://web.facebook.com/example.passage.rapide' },
          postedAt: '2026-03-04T12:00:00.000Z',
        },
      },
      // Hostile: a javascript: author link and no timestamp link.
      { id: 'fb-7', text: 'Found a blue wallet', meta: { author: { name: 'Found Wallet Kos' } } },
    ],
  },
  {
    file: 'facebook-marketplace.html',
    url: 'https://www.facebook.com/marketplace/item/4444000000000001/?ref=search&__tn__=!%3AD',
    adapter: facebook,
    ids: ['fbm-page', 'fbm-card-1', 'fbm-card-2', 'fbm-card-3', 'fbm-card-4', 'fbm-listing'],
    posts: [
      {
        id: 'fbm-page',
        text: 'Search results for "transport"',
        notText: ['Seats to Italy', 'Touring bicycle'],
        // An item page's main column is read as the listing (here the dialog shows the item).
        meta: { author: {}, permalink: 'https://www.facebook.com/marketplace/item/4444000000000001/' },
      },
      {
        id: 'fbm-card-1',
        text: 'Seats to Italy by minibus',
        // `ref` (the click's source) is dropped with Facebook's tracking parameters.
        meta: { author: {}, permalink: 'https://www.facebook.com/marketplace/item/4444000000000001/?referral_code=null&referral_story_type=post' },
      },
      { id: 'fbm-card-2', text: 'Touring bicycle', meta: { author: {}, permalink: 'https://www.facebook.com/marketplace/item/4444000000000002/' } },
      { id: 'fbm-card-3', text: 'توصيل من اليونان إلى ألمانيا', meta: { author: {}, permalink: 'https://www.facebook.com/marketplace/item/4444000000000003/' } },
      { id: 'fbm-card-4', text: '2 ferry tickets Piraeus → Chios', meta: { author: {}, permalink: 'https://www.facebook.com/marketplace/item/4444000000000004/' } },
      {
        id: 'fbm-listing',
        text: 'No documents needed',
        notText: ['Hi, is this available?'],
        meta: {
          author: { name: 'Nikos Travel Service', url: 'https://www.facebook.com/marketplace/profile/100000000000501/?product_id=4444000000000001' },
          permalink: 'https://www.facebook.com/marketplace/item/4444000000000001/',
        },
      },
    ],
  },
  {
    file: 'instagram.html',
    url: 'https://www.instagram.com/',
    adapter: instagram,
    ids: ['ig-1', 'ig-2', 'ig-3', 'ig-4', 'ig-5', 'ig-6'],
    posts: [
      {
        id: 'ig-1',
        text: 'یورپ جانے کا محفوظ راستہ',
        meta: {
          author: { name: 'example_dunki_express', handle: '@example_dunki_express', url: 'https://www.instagram.com/example_dunki_express/' },
          permalink: 'https://www.instagram.com/p/DFixtureIg1/',
          postedAt: '2026-03-02T18:20:11.000Z',
        },
      },
      {
        id: 'ig-2',
        text: 'Ofertas de verano',
        meta: {
          author: { name: 'example_viajes_sol', handle: '@example_viajes_sol', url: 'https://www.instagram.com/example_viajes_sol/' },
          permalink: 'https://www.instagram.com/reel/DFixtureIg2/',
          postedAt: '2026-02-28T10:00:00.000Z',
        },
      },
      {
        id: 'ig-3',
        text: 'تهريب بحري من تركيا إلى اليونان',
        meta: {
          author: { name: 'example_rihlat_alamal', handle: '@example_rihlat_alamal', url: 'https://www.instagram.com/example_rihlat_alamal/' },
          permalink: 'https://www.instagram.com/p/DFixtureIg3/',
          postedAt: '2026-03-01T21:05:00.000Z',
        },
      },
      {
        id: 'ig-4',
        text: 'Smugglers advertise "guaranteed" crossings',
        meta: {
          author: { name: 'example_safe_passage_info', handle: '@example_safe_passage_info', url: 'https://www.instagram.com/example_safe_passage_info/' },
          permalink: 'https://www.instagram.com/p/DFixtureIg4/',
          postedAt: '2026-02-20T09:00:00.000Z',
        },
      },
      // Hostile: no header, a javascript: link, no time.
      { id: 'ig-5', text: 'Summer ferry passes', meta: none },
      {
        id: 'ig-6',
        text: 'رد مرز ایران به ترکیه',
        notText: ['example_safar_omid Follow', 'Is this safe?', 'example_worried_sister'],
        meta: {
          author: { name: 'example_safar_omid', handle: '@example_safar_omid', url: 'https://www.instagram.com/example_safar_omid/' },
          permalink: 'https://www.instagram.com/p/DFixtureIg6/',
          postedAt: '2026-03-03T07:45:00.000Z',
        },
      },
    ],
  },
  {
    file: 'x.html',
    url: 'https://x.com/search?q=crossing&src=typed_query&f=live',
    adapter: x,
    ids: ['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6', 'x-7'],
    posts: [
      {
        id: 'x-1',
        text: 'Boat from Libya to Lampedusa',
        notText: ['Blue Line Trips', '@example_blue_line', 'Replies', 'Mar 4'],
        meta: {
          author: { name: 'Blue Line Trips', handle: '@example_blue_line', url: 'https://x.com/example_blue_line' },
          permalink: 'https://x.com/example_blue_line/status/1900000000000000001',
          postedAt: '2026-03-04T06:30:00.000Z',
        },
      },
      {
        id: 'x-2',
        text: 'Our reporters found dozens of posts',
        notText: ['Trips to Italy guaranteed', 'Captain Yusuf'],
        meta: {
          author: { name: 'Harbour News Desk', handle: '@example_harbour_news', url: 'https://x.com/example_harbour_news' },
          permalink: 'https://x.com/example_harbour_news/status/1900000000000000002',
          postedAt: '2026-03-03T12:00:00.000Z',
        },
      },
      {
        id: 'x-3',
        text: 'هجرة غير شرعية إلى أوروبا',
        meta: {
          author: { name: 'سفريات أوروبا', handle: '@example_safar_europa', url: 'https://x.com/example_safar_europa' },
          permalink: 'https://x.com/example_safar_europa/status/1900000000000000003',
          postedAt: '2026-03-02T17:10:00.000Z',
        },
      },
      {
        id: 'x-4',
        text: 'Νέα δρομολόγια Πειραιάς',
        notText: ['reposted'],
        meta: {
          author: { name: 'Aegean Lines', handle: '@example_aegean_lines', url: 'https://x.com/example_aegean_lines' },
          permalink: 'https://x.com/example_aegean_lines/status/1900000000000000004',
          postedAt: '2026-03-01T08:00:00.000Z',
        },
      },
      {
        id: 'x-5',
        text: "Yunanistan'a kaçak geçiş",
        meta: {
          author: { name: 'Güvenli Yol Turizm', handle: '@example_kacak_yol', url: 'https://x.com/example_kacak_yol' },
          permalink: 'https://x.com/example_kacak_yol/status/1900000000000000005',
          postedAt: '2026-02-28T22:40:00.000Z',
        },
      },
      {
        id: 'x-6',
        text: 'هشدار: قاچاقچیان',
        meta: {
          author: { name: 'اطلاع‌رسانی پناهندگان', handle: '@example_panah_info', url: 'https://x.com/example_panah_info' },
          permalink: 'https://x.com/example_panah_info/status/1900000000000000006',
          postedAt: '2026-02-25T15:00:00.000Z',
        },
      },
      // Hostile: javascript: profile link, no status link, no time.
      { id: 'x-7', text: 'Island hopping passes', meta: { author: { name: 'Island Hopper Passes' } } },
    ],
  },
  {
    file: 'tiktok.html',
    url: 'https://www.tiktok.com/foryou',
    adapter: tiktok,
    ids: ['tt-1', 'tt-2', 'tt-3', 'tt-4', 'tt-5'],
    posts: [
      {
        id: 'tt-1',
        text: 'رحلات من تونس إلى لامبيدوزا',
        notText: ['example_rihla_amina', 'original sound', '12.5K'],
        meta: { author: { name: 'رحلة آمنة', handle: '@example_rihla_amina', url: 'https://www.tiktok.com/@example_rihla_amina' } },
      },
      {
        id: 'tt-2',
        text: 'Took the night ferry from Piraeus to Crete',
        meta: { author: { name: 'Mia on the Road', handle: '@example_island_vlog', url: 'https://www.tiktok.com/@example_island_vlog' } },
      },
      {
        id: 'tt-3',
        text: 'له ایران نه ترکیې ته لاره',
        meta: {
          author: { name: 'د سفر خدمات', handle: '@example_safar_kabul', url: 'https://www.tiktok.com/@example_safar_kabul' },
          permalink: 'https://www.tiktok.com/@example_safar_kabul/video/7300000000000000003',
        },
      },
      {
        id: 'tt-4',
        text: 'Comment les passeurs recrutent',
        meta: { author: { name: 'Info Monde', handle: '@example_info_monde', url: 'https://www.tiktok.com/@example_info_monde' } },
      },
      // Hostile: no author block; must not borrow the neighbouring item's author.
      { id: 'tt-5', text: 'Sunset at the harbour', meta: none },
    ],
  },
  {
    file: 'tiktok-video.html',
    url: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010?is_from_webapp=1',
    adapter: tiktok,
    ids: ['ttv-caption', 'ttv-c1', 'ttv-r1', 'ttv-c2', 'ttv-c3'],
    posts: [
      {
        id: 'ttv-caption',
        text: "Almanya'ya kara yolu ile geçiş",
        notText: ['Yol Arkadaşı', 'Follow', 'original sound'],
        meta: {
          author: { name: 'Yol Arkadaşı', handle: '@example_yol_arkadasi', url: 'https://www.tiktok.com/@example_yol_arkadasi' },
          permalink: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010',
          postedAt: '2026-3-1',
        },
      },
      {
        id: 'ttv-c1',
        text: 'ما هم قاچاقی از ترکیه به یونان',
        notText: ['Mahsa K.', 'Reply', '2d ago'],
        meta: {
          author: { name: 'Mahsa K.', handle: '@example_mahsa_k', url: 'https://www.tiktok.com/@example_mahsa_k' },
          permalink: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010',
          postedAt: '2d ago',
        },
      },
      {
        id: 'ttv-r1',
        text: 'Please don\'t pay anyone who promises a "guaranteed" crossing',
        meta: {
          author: { name: 'Refugee Helpdesk', handle: '@example_helpdesk_ngo', url: 'https://www.tiktok.com/@example_helpdesk_ngo' },
          permalink: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010',
          postedAt: '1d ago',
        },
      },
      {
        id: 'ttv-c2',
        text: 'یونان سے اٹلی ڈنکی',
        meta: {
          author: { name: 'Bilal', handle: '@example_bilal_pk', url: 'https://www.tiktok.com/@example_bilal_pk' },
          permalink: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010',
          postedAt: '2026-3-2',
        },
      },
      // Hostile: a comment without its username; must not borrow Bilal's.
      {
        id: 'ttv-c3',
        text: 'Which ferry company is this?',
        meta: { author: {}, permalink: 'https://www.tiktok.com/@example_yol_arkadasi/video/7300000000000000010' },
      },
    ],
  },
  {
    file: 'telegram-k.html',
    url: 'https://web.telegram.org/k/#@example_travel_talk',
    adapter: telegramWebK,
    ids: ['tgk-1', 'tgk-2', 'tgk-3', 'tgk-4', 'tgk-5'],
    posts: [
      {
        id: 'tgk-1',
        text: 'سفر من تركيا إلى اليونان بالقارب',
        notText: ['Omar Express', '04:53'],
        meta: { author: { name: 'Omar Express' }, postedAt: '2026-03-04T04:53:20.000Z' },
      },
      // Second bubble of a run: the sender's name is on the run's first bubble.
      { id: 'tgk-2', text: 'Also taxi Greece to Albania border', notText: ['04:54'], meta: { author: { name: 'Omar Express' }, postedAt: '2026-03-04T04:54:20.000Z' } },
      {
        id: 'tgk-3',
        text: 'Admins, please remove this',
        notText: ['الوصول مضمون', 'Omar Express', 'Dana (volunteer)'],
        meta: { author: { name: 'Dana (volunteer)' }, postedAt: '2026-03-04T05:53:20.000Z' },
      },
      { id: 'tgk-4', text: 'رد مرز صربستان به مجارستان', meta: { author: { name: 'راه سبز' }, postedAt: '2026-03-04T06:53:20.000Z' } },
      // Older build without .translatable-message: the text root is .message.
      { id: 'tgk-5', text: 'Daily coach Sofia – Thessaloniki', notText: ['Sofia Bus Lines'], meta: { author: { name: 'Sofia Bus Lines' }, postedAt: '2026-03-04T07:53:20.000Z' } },
    ],
  },
  {
    file: 'telegram-a.html',
    url: 'https://web.telegram.org/a/#@example_safar_channel',
    adapter: telegramWebA,
    ids: ['tga-1', 'tga-2', 'tga-3'],
    posts: [
      {
        id: 'tga-1',
        text: 'یورپ کا راستہ',
        meta: { author: { name: 'Safar Europe Channel', handle: '@example_safar_channel' }, permalink: 'https://t.me/example_safar_channel/12', postedAt: '08:20' },
      },
      {
        id: 'tga-2',
        text: 'Safar Talyaani doon',
        meta: {
          author: { name: 'Safar Europe Channel', handle: '@example_safar_channel' },
          permalink: 'https://t.me/example_safar_channel/13',
          postedAt: 'Wednesday, 4 March 2026 at 09:00:00',
        },
      },
      {
        id: 'tga-3',
        text: 'Update from the admins',
        notText: ['ڈنکی', 'Safar Europe Channel'],
        meta: { author: { name: 'Safar Europe Channel', handle: '@example_safar_channel' }, permalink: 'https://t.me/example_safar_channel/14', postedAt: '10:30' },
      },
    ],
  },
  {
    file: 'telegram-preview.html',
    url: 'https://t.me/s/example_hijra_news',
    adapter: telegramPreview,
    ids: ['tgp-1', 'tgp-2', 'tgp-3', 'tgp-4', 'tgp-5'],
    posts: [
      {
        id: 'tgp-1',
        text: 'حرقة من الجزائر إلى إسبانيا',
        notText: ['Hijra News', '3.2K', '07:15'],
        meta: {
          author: { name: 'Hijra News', handle: '@example_hijra_news', url: 'https://t.me/example_hijra_news' },
          permalink: 'https://t.me/example_hijra_news/101',
          postedAt: '2026-03-04T07:15:00+00:00',
        },
      },
      {
        id: 'tgp-2',
        text: 'تحذير من إدارة القناة',
        notText: ['حرقة من الجزائر', 'بوطي جديد'],
        meta: {
          author: { name: 'Hijra News', handle: '@example_hijra_news', url: 'https://t.me/example_hijra_news' },
          permalink: 'https://t.me/example_hijra_news/102',
          postedAt: '2026-03-04T09:40:00+00:00',
        },
      },
      {
        id: 'tgp-3',
        text: 'گەشت بۆ ئەڵمانیا',
        notText: ['Kawa'],
        meta: {
          author: { name: 'Hijra News', handle: '@example_hijra_news', url: 'https://t.me/example_hijra_news' },
          permalink: 'https://t.me/example_hijra_news/103',
          postedAt: '2026-03-04T12:05:00+00:00',
        },
      },
      {
        id: 'tgp-4',
        text: 'Ferry strike tomorrow',
        notText: ["Seamen's union"],
        meta: {
          author: { name: 'Hijra News', handle: '@example_hijra_news', url: 'https://t.me/example_hijra_news' },
          permalink: 'https://t.me/example_hijra_news/104',
          postedAt: '2026-03-04T15:30:00+00:00',
        },
      },
      // Hostile: javascript: channel link, no date.
      { id: 'tgp-5', text: 'Channel rules', meta: { author: { name: 'Hijra News', handle: '@example_hijra_news' } } },
    ],
  },
  {
    file: 'forum.html',
    url: 'https://forum.example.org/threads/getting-to-europe.4242/',
    adapter: generic,
    ids: ['forum-1', 'forum-2', 'forum-3', 'forum-4'],
    posts: [
      {
        id: 'forum-1',
        text: 'عندي رحلات من ليبيا إلى إيطاليا',
        notText: ['Walid_G', 'New member', 'Today at', 'Reply'],
        meta: {
          author: { name: 'Walid_G', url: 'https://forum.example.org/members/walid_g.311/' },
          permalink: 'https://forum.example.org/threads/getting-to-europe.4242/post-90001',
          postedAt: '2026-03-04T08:10:05+0000',
        },
      },
      {
        id: 'forum-2',
        text: 'Post removed and user banned',
        notText: ['Moderator Anna'],
        meta: {
          author: { name: 'Moderator Anna', url: 'https://forum.example.org/members/moderator-anna.2/' },
          permalink: 'https://forum.example.org/threads/getting-to-europe.4242/post-90002',
          postedAt: '2026-03-04T08:45:00+0000',
        },
      },
      // Hostile: author without a link, javascript: permalink.
      { id: 'forum-3', text: 'Fähre von Igoumenitsa nach Ancona', meta: { author: { name: 'Tomas_R' }, postedAt: '2026-03-04T09:30:00+0000' } },
      {
        id: 'forum-4',
        text: 'راه ایران به ترکیه و یونان',
        meta: {
          author: { name: 'Zarmina', url: 'https://forum.example.org/members/zarmina.512/' },
          permalink: 'https://forum.example.org/threads/getting-to-europe.4242/post-90004',
          postedAt: '2026-03-04T10:00:00+0000',
        },
      },
    ],
  },
  {
    file: 'classifieds.html',
    url: 'https://classifieds.example.com/search?q=transport',
    adapter: generic,
    ids: ['cls-1', 'cls-2', 'cls-3', 'cls-4'],
    posts: [
      {
        id: 'cls-1',
        text: 'Transport to UK in lorry – no checks',
        meta: {
          author: { name: 'RoadKing', url: 'https://classifieds.example.com/user/example_road_king' },
          permalink: 'https://classifieds.example.com/item/5001-transport-to-uk',
          postedAt: '2026-03-03T16:00:00Z',
        },
      },
      {
        id: 'cls-2',
        text: 'House and office removals',
        meta: {
          author: { name: 'Van Man Lyon', url: 'https://classifieds.example.com/user/example_van_man' },
          permalink: 'https://classifieds.example.com/item/5002-removal-van',
          postedAt: '2026-03-02T10:00:00Z',
        },
      },
      {
        id: 'cls-3',
        text: 'Kalim i garantuar nga Franca në Angli',
        meta: {
          author: { name: 'Kanali Express', url: 'https://classifieds.example.com/user/example_kanali' },
          permalink: 'https://classifieds.example.com/item/5003-udhetim-angli',
          postedAt: '2026-03-04T06:00:00Z',
        },
      },
      {
        id: 'cls-4',
        text: 'رحلات عمرة شاملة التأشيرة',
        meta: {
          author: { name: 'وكالة النور للسفر', url: 'https://classifieds.example.com/user/example_nour_travel' },
          permalink: 'https://classifieds.example.com/item/5004-umrah',
          postedAt: '2026-02-27T12:00:00Z',
        },
      },
    ],
  },
  {
    file: 'rideshare.html',
    url: 'https://rides.example.com/search?from=Thessaloniki&to=Skopje',
    adapter: generic,
    ids: ['ride-1', 'ride-2', 'ride-3', 'room-1', 'room-2'],
    posts: [
      {
        id: 'ride-1',
        text: 'Thessaloniki → Vienna, night drive',
        meta: {
          author: { name: 'NightRider', url: 'https://rides.example.com/drivers/example_nightrider' },
          permalink: 'https://rides.example.com/rides/8001',
          postedAt: '2026-03-06T22:00:00+02:00',
        },
      },
      {
        id: 'ride-2',
        text: 'Please have your ID or passport ready',
        meta: {
          author: { name: 'Elena', url: 'https://rides.example.com/drivers/example_elena' },
          permalink: 'https://rides.example.com/rides/8002',
          postedAt: '2026-03-07T08:00:00+02:00',
        },
      },
      {
        id: 'ride-3',
        text: 'بې اسنادو مسافرو ته ځای شته',
        meta: {
          author: { name: 'لار خان', url: 'https://rides.example.com/drivers/example_lar_khan' },
          permalink: 'https://rides.example.com/rides/8003',
          postedAt: '2026-03-08T21:00:00+02:00',
        },
      },
      { id: 'room-1', text: 'Double rooms 5 minutes from the ferry terminal', meta: { author: {}, permalink: 'https://rides.example.com/rooms/301' } },
      { id: 'room-2', text: 'Waiting place for travellers before the boat', meta: { author: {}, permalink: 'https://rides.example.com/rooms/302' } },
    ],
  },
];

describe.each(CASES)('$file', ({ file, url, adapter, ids, posts }) => {
  const doc = load(file);
  const pageUrl = new URL(url);
  const roots = [...doc.querySelectorAll(adapter.postSelectorAt?.(pageUrl) ?? adapter.postSelector)];
  const byId = (id: string): Element => {
    const el = doc.querySelector(`[data-fixture-id="${id}"]`);
    if (!el) throw new Error(`no post ${id} in ${file}`);
    return el;
  };

  it('is served by its adapter', () => {
    expect(adapterFor(pageUrl)).toBe(adapter);
  });

  it('finds every post root, and only those', () => {
    expect(roots.map((el) => el.getAttribute('data-fixture-id'))).toEqual(ids);
  });

  it('labels every post root ad or benign, with at least one of each', () => {
    const expects = roots.map((el) => el.getAttribute('data-expect'));
    expect(expects.every((e) => e === 'ad' || e === 'benign')).toBe(true);
    expect(expects).toContain('benign');
    expect(expects).toContain('ad');
    // Every labelled element is a post root, so the e2e tests can rely on the labels.
    expect(doc.querySelectorAll('[data-fixture-id]').length).toBe(roots.length);
  });

  it('has posts in a right-to-left script (Arabic, Persian, Urdu, Pashto, Sorani)', () => {
    expect(roots.some((el) => /[\u0600-\u06FF]/.test(postText(adapter, el)))).toBe(true);
  });

  it('finds the post roots from inside with closest()', () => {
    for (const id of ids) {
      const post = byId(id);
      const deepest = post.querySelector('*:not(:has(*))') ?? post;
      expect(deepest.closest(adapter.postSelector)).toBe(post);
    }
  });

  describe.each(posts)('$id', ({ id, text, notText, meta }) => {
    it('text root holds the post text and not its chrome', () => {
      const t = postText(adapter, byId(id));
      expect(t).toContain(text);
      for (const chrome of notText ?? []) expect(t).not.toContain(chrome);
    });

    it('meta: author, permalink, time', () => {
      expect(adapter.meta(byId(id), pageUrl)).toEqual(meta);
    });

    it('returns only absolute http(s) URLs', () => {
      const m = adapter.meta(byId(id), pageUrl);
      for (const u of [m.author.url, m.permalink]) if (u) expect(u).toMatch(/^https?:\/\//);
    });
  });
});

describe('nested posts', () => {
  it('a Facebook comment is its own post and stays out of the feed unit text', () => {
    const doc = load('facebook.html');
    const unit = doc.querySelector('[data-fixture-id="fb-1"]')!;
    const comment = doc.querySelector('[data-fixture-id="fb-1-c2"]')!;
    expect(comment.parentElement!.closest(facebook.postSelector)).toBe(unit);
    expect(postText(facebook, unit)).not.toContain('Karim');
    // Without a message container the whole unit is read, still minus its comments.
    unit.querySelector('[data-ad-rendering-role="story_message"]')!.remove();
    expect(facebook.textRoot!(unit)).toBeNull();
    const t = postText(facebook, unit);
    expect(t).toContain('أبو سليم للسفريات');
    expect(t).not.toContain('land route Serbia');
  });

  it('Facebook: Marketplace selectors only on Marketplace routes', () => {
    const feed = facebook.postSelectorAt!(new URL('https://www.facebook.com/groups/1/'));
    expect(feed).not.toContain('Marketplace');
    expect(load('facebook.html').querySelectorAll(feed).length).toBe(load('facebook.html').querySelectorAll(facebook.postSelector).length);
    expect(facebook.postSelectorAt!(new URL('https://www.facebook.com/marketplace/item/1/'))).toBe(facebook.postSelector);
    expect(facebook.postSelectorAt!(new URL('https://www.facebook.com/marketplace/berlin/search?query=x'))).toBe(facebook.postSelector);
  });

  it('a Marketplace card inside the listing page is not part of the page text', () => {
    const doc = load('facebook-marketplace.html');
    expect(postText(facebook, doc.querySelector('[data-fixture-id="fbm-page"]')!)).not.toContain('€1,200');
  });

  it('a blog post with comments: comments are posts of their own (generic)', () => {
    const doc = new DOMParser().parseFromString(
      `<article id="p"><div class="post-body">Main text</div><section>
        <div class="comment" id="c1" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ann</span><div itemprop="text">Comment one</div></div>
      </section></article>`,
      'text/html',
    );
    const post = doc.getElementById('p')!;
    const comment = doc.getElementById('c1')!;
    expect([...doc.querySelectorAll(generic.postSelector)]).toEqual([post, comment]);
    expect(postText(generic, post)).toBe('Main text');
    expect(postText(generic, comment)).toBe('Comment one');
    expect(generic.meta(comment, new URL('https://blog.example.com/')).author.name).toBe('Ann');
  });

  it('XenForo: the article.message-body inside a post is not a second post', () => {
    const doc = load('forum.html');
    expect(doc.querySelectorAll('article').length).toBeGreaterThan(4);
    expect(doc.querySelectorAll(generic.postSelector).length).toBe(4);
  });
});

describe('hostile and missing markup', () => {
  const url = new URL('https://www.example.com/page');

  it.each(ADAPTERS.map((a) => [a.platform, a] as const))('%s: an empty element yields empty meta without throwing', (_name, adapter) => {
    const doc = new DOMParser().parseFromString('<div id="p"></div>', 'text/html');
    const el = doc.getElementById('p')!;
    expect(adapter.meta(el, url).author).toEqual({});
    expect(adapter.textRoot?.(el) ?? null).toBeNull();
  });

  it.each(ADAPTERS.map((a) => [a.platform, a] as const))('%s: javascript:, data: and vbscript: links never become URLs', (_name, adapter) => {
    const doc = new DOMParser().parseFromString(
      `<div id="p" data-post="example_x/1" data-e2e="comment-level-1" class="bubble" role="article">
        <a href="javascript:alert(1)" rel="author" class="author username"><span itemprop="name">Evil</span></a>
        <a href="data:text/html,hi" class="tgme_widget_message_owner_name">x</a>
        <a href="vbscript:msgbox" class="tgme_widget_message_date"><time datetime="2026-01-01T00:00:00Z">t</time></a>
        <a href=" JaVaScRiPt:alert(1)" class="permalink">p</a>
      </div>`,
      'text/html',
    );
    const m = adapter.meta(doc.getElementById('p')!, url);
    for (const u of [m.author.url, m.permalink]) expect(u === undefined || /^https?:\/\//.test(u)).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/javascript|data:|vbscript/i);
  });
});

describe('helpers', () => {
  const base = new URL('https://www.facebook.com/groups/1/');

  it.each([
    ['/marketplace/item/1/', 'https://www.facebook.com/marketplace/item/1/'],
    ['https://t.me/example_x/1', 'https://t.me/example_x/1'],
    ['//cdn.example.com/a', 'https://cdn.example.com/a'],
    ['javascript:alert(1)', undefined],
    ['  javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['mailto:a@example.com', undefined],
    ['http://[::1', undefined],
    ['', undefined],
  ])('hrefOf(%j)', (href, expected) => {
    const a = document.createElement('a');
    a.setAttribute('href', href);
    expect(hrefOf(a, base)).toBe(expected);
  });

  it.each([
    ['example_user', '@example_user'],
    ['@example_user', '@example_user'],
    ['  @example.user ', '@example.user'],
    ['two words', undefined],
    ['<script>', undefined],
    ['', undefined],
    [null, undefined],
  ])('asHandle(%j)', (raw, expected) => {
    expect(asHandle(raw)).toBe(expected);
  });

  it.each([
    ['1772625600', false, '2026-03-04T12:00:00.000Z'],
    ['1772625600000', true, '2026-03-04T12:00:00.000Z'],
    ['12abc', false, undefined],
    ['', false, undefined],
    [null, false, undefined],
    ['9999999999999999', false, undefined],
  ])('isoFromEpoch(%j, ms=%s)', (raw, ms, expected) => {
    expect(isoFromEpoch(raw, ms)).toBe(expected);
  });

  it('withoutParams drops viewer-specific parameters and keeps the rest', () => {
    expect(withoutParams('https://www.facebook.com/x/posts/1/?comment_id=2&__cft__[0]=A&__tn__=R&__xts__[0]=B', (n) => n.startsWith('__'))).toBe(
      'https://www.facebook.com/x/posts/1/?comment_id=2',
    );
    expect(withoutParams(undefined, () => true)).toBeUndefined();
  });

  it('the demo feed keeps working with the generic adapter (link inside time)', () => {
    const doc = load('feed.html', resolve(import.meta.dirname, '../../../demo'));
    const posts = doc.querySelectorAll(generic.postSelector);
    expect(posts.length).toBeGreaterThan(5);
    const first = posts[0]!;
    expect(postText(generic, first)).toContain('Trips from Izmir');
    expect(generic.meta(first, new URL('http://127.0.0.1:5173/demo/feed.html'))).toEqual({
      author: { name: 'Sea Travel Express', handle: '@example_sea_travel', url: 'https://social.example.com/u/example_sea_travel' },
      permalink: 'https://social.example.com/p/1001',
      postedAt: '2026-11-27T18:04:00Z',
    });
  });
});
