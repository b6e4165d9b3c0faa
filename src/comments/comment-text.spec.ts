import { countLinks, fingerprint, renderCommentText } from './comment-text.js';

describe('comment text', () => {
  it('escapes every tag and attribute, so nothing becomes markup', () => {
    const html = renderCommentText('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt;',
    );
  });

  it('links http(s) addresses with rel nofollow ugc noopener, without trailing punctuation', () => {
    expect(renderCommentText('Siehe https://www.kreis-lup.de/kek.')).toBe(
      'Siehe <a class="kern-link" href="https://www.kreis-lup.de/kek" rel="nofollow ugc noopener">https://www.kreis-lup.de/kek</a>.',
    );
  });

  it('never links javascript: or data: addresses', () => {
    const html = renderCommentText('javascript:alert(1) data:text/html,<b>x</b>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('javascript:alert(1)');
  });

  it('keeps line breaks', () => {
    expect(renderCommentText('Erste Zeile\nZweite Zeile')).toBe('Erste Zeile<br>\nZweite Zeile');
  });

  it('escapes quotes inside addresses so they cannot leave the attribute', () => {
    const html = renderCommentText('https://x.de/a&b=1');
    expect(html).toContain('href="https://x.de/a&amp;b=1"');
  });

  it('counts links and recognises duplicates regardless of case and spacing', () => {
    expect(countLinks('a https://a.de b http://b.de')).toBe(2);
    expect(fingerprint('  Mehr  Radwege\nbitte ')).toBe(fingerprint('mehr radwege bitte'));
  });
});
