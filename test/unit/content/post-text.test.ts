// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boundsFor, collectPostText, fingerprint } from '../../../src/content/scan/post-text';

function dom(html: string): Element {
  document.body.innerHTML = html; // test fixture markup only, never page-derived
  return document.body.firstElementChild!;
}

describe('collectPostText', () => {
  it.each([
    ['plain', '<article><p>Boat to Italy</p></article>', 'Boat to Italy'],
    ['inline elements join without a break', '<article><p>Boat <b>to</b> <a href="#">Italy</a></p></article>', 'Boat to Italy'],
    ['blocks are separated by a line break', '<article><p>Boat to Italy</p><p>Call now</p></article>', 'Boat to Italy\nCall now'],
    ['scripts, styles and hidden parts are skipped', '<article><p>Boat</p><script>var x=1</script><style>p{}</style><div hidden>secret</div><span aria-hidden="true">icon</span></article>', 'Boat'],
    ['right-to-left text is kept as is', '<article dir="rtl"><p>تهريب إلى إيطاليا</p></article>', 'تهريب إلى إيطاليا'],
    ['empty post', '<article></article>', ''],
  ])('%s', (_name, html, expected) => {
    expect(collectPostText(dom(html)).text).toBe(expected);
  });

  it('leaves out elements the skip predicate rejects (own badge, nested posts)', () => {
    const root = dom('<article><tidemark-badge>Flag</tidemark-badge><p>Outer</p><article class="inner"><p>Inner</p></article></article>');
    const text = collectPostText(root, (el) => el.tagName === 'TIDEMARK-BADGE' || el.classList.contains('inner'));
    expect(text.text).toBe('Outer');
  });

  it('stops collecting at maxLength', () => {
    const root = dom(`<article>${'<p>abcdefghij</p>'.repeat(50)}</article>`);
    expect(collectPostText(root, undefined, 100).text.length).toBeLessThan(120);
  });
});

describe('boundsFor', () => {
  it('maps offsets across text nodes back to the page', () => {
    const root = dom('<article><p>Boat <b>to</b> Italy</p><p>Call +90 555</p></article>');
    const post = collectPostText(root);
    const start = post.text.indexOf('to Italy');
    const range = boundsFor(post, start, start + 'to Italy'.length)!;
    expect(range.startContainer.textContent).toBe('to');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe(' Italy');
    expect(range.endOffset).toBe(6);
  });

  it('maps an offset in the second block', () => {
    const root = dom('<article><p>Boat</p><p>Call +90 555</p></article>');
    const post = collectPostText(root);
    const start = post.text.indexOf('+90');
    const range = boundsFor(post, start, start + 3)!;
    expect(range.startContainer.textContent).toBe('Call +90 555');
    expect(range.startOffset).toBe(5);
    expect(range.endOffset).toBe(8);
  });

  it('returns null for empty ranges and empty posts', () => {
    const post = collectPostText(dom('<article><p>x</p></article>'));
    expect(boundsFor(post, 0, 0)).toBeNull();
    expect(boundsFor(collectPostText(dom('<article></article>')), 0, 1)).toBeNull();
  });
});

describe('fingerprint', () => {
  it('differs when the text changes and is stable otherwise', () => {
    expect(fingerprint('Boat to Italy')).toBe(fingerprint('Boat to Italy'));
    expect(fingerprint('Boat to Italy')).not.toBe(fingerprint('Boat to Italy!'));
    expect(fingerprint('')).not.toBe(fingerprint('\u0000'));
  });
});
