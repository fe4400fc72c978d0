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

/** The reference algorithm: a TreeWalker, and the closest block looked up per text node. */
function reference(root: Element, skip?: (el: Element) => boolean): string {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TEXTAREA', 'INPUT', 'SELECT']);
  const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
    'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      const out = SKIP.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || skip?.(el);
      return out ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  let out = '';
  let last: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!data) continue;
    let block: Element = root;
    for (let el = n.parentElement; el && el !== root; el = el.parentElement) {
      if (BLOCK.has(el.tagName)) {
        block = el;
        break;
      }
    }
    if (last && block !== last && out.length > 0) out += '\n';
    last = block;
    out += data;
  }
  return out;
}

describe('collectPostText matches the closest-block reference on generated trees', () => {
  const TAGS = ['div', 'p', 'span', 'b', 'a', 'li', 'ul', 'br', 'section', 'em', 'script', 'svg', 'h3', 'i'];
  function tree(rnd: () => number, depth: number): string {
    let html = '';
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.3 || depth > 4) html += ['word', ' ', '', 'x y', 'تهريب'][Math.floor(rnd() * 5)];
      else {
        const tag = TAGS[Math.floor(rnd() * TAGS.length)]!;
        const attr = rnd() < 0.08 ? ' hidden' : rnd() < 0.08 ? ' aria-hidden="true"' : rnd() < 0.1 ? ' class="skip"' : '';
        html += tag === 'br' ? '<br>' : `<${tag}${attr}>${tree(rnd, depth + 1)}</${tag}>`;
      }
    }
    return html;
  }
  it('on 300 random trees (with a skip predicate)', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 300; i++) {
      const root = dom(`<article>${tree(rnd, 0)}</article>`);
      const skip = (el: Element) => el.classList.contains('skip');
      expect(collectPostText(root, skip).text).toBe(reference(root, skip));
      // Text nodes split by the page (no markup between them) stay one block.
      const first = root.querySelector('p, div');
      if (first?.firstChild?.nodeType === Node.TEXT_NODE) (first.firstChild as Text).splitText(0);
      expect(collectPostText(root).text).toBe(reference(root));
    }
  });
});
