import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeRichText } from '../../server/src/services/rich-text.js';

/**
 * Whatever a payload tries, the output must contain nothing a browser would execute or fetch
 * from a non-https place: no script-capable elements, no event handlers, no style, and no URL
 * with a scheme other than http(s)/mailto (https only for images).
 */
function assertHarmless(output: string, payload: string) {
  const why = `payload ${JSON.stringify(payload)} gave ${JSON.stringify(output)}`;
  assert.doesNotMatch(output, /<\s*\/?\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|button|textarea|frame|frameset|applet|video|audio|source|template|noscript)\b/i, why);
  assert.doesNotMatch(output, /\son[a-z]+\s*=/i, why);
  assert.doesNotMatch(output, /\sstyle\s*=/i, why);
  assert.doesNotMatch(output, /\s(srcset|formaction|xlink:href|background|poster|action|data)\s*=/i, why);
  for (const match of output.matchAll(/\s(href|src)\s*=\s*"([^"]*)"/gi)) {
    const [, attribute, value] = match;
    const url = new URL(value.replace(/&amp;/g, '&'));
    const allowed = attribute.toLowerCase() === 'src' ? ['https:'] : ['http:', 'https:', 'mailto:'];
    assert.ok(allowed.includes(url.protocol), `${attribute}=${value}: ${why}`);
  }
  // Every tag left is on the allow-list.
  for (const match of output.matchAll(/<\s*\/?\s*([a-z0-9-]+)/gi)) {
    assert.ok(
      ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'a', 'img'].includes(match[1].toLowerCase()),
      `tag <${match[1]}>: ${why}`,
    );
  }
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<p>hi<script>alert(document.cookie)</script></p>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://ok.example/a.png" onerror="alert(1)">',
  '<img src="javascript:alert(1)">',
  '<img src="http://insecure.example/a.png">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img srcset="https://evil.example/a.png 1x" src="x">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href=" javascript:alert(1)">click</a>',
  '<a href="java\tscript:alert(1)">click</a>',
  '<a href="java&#x09;script:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">click</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<a href="https://ok.example" onclick="alert(1)" style="position:fixed">x</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="color:red" onmouseover="alert(1)">x</p>',
  '<<script>alert(1)//<</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script<p>>alert(1)</script>',
  '<p <script>alert(1)</script>>x</p>',
  '<img """><script>alert(1)</script>">',
  '<a href="https://ok.example/"><img src=x onerror=alert(1)></a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<template><script>alert(1)</script></template>',
  '<!--><script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '"><script>alert(1)</script>',
  '<a href="https://ok.example/&quot; onmouseover=&quot;alert(1)">x</a>',
];

describe('sanitizeRichText', () => {
  for (const payload of PAYLOADS) {
    it(`neutralises ${payload.slice(0, 60)}`, () => {
      const output = sanitizeRichText(payload);
      assertHarmless(output, payload);
      // Cleaning again changes nothing: sanitizing on read is safe for text sanitized on write.
      assert.equal(sanitizeRichText(output), output);
    });
  }

  it('keeps the formatting vocabulary', () => {
    const html = '<h2>Title</h2><p>Some <strong>bold</strong>, <em>em</em>, <b>b</b>, <i>i</i>, <u>u</u><br />text</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><h3>h3</h3><h4>h4</h4><blockquote>q</blockquote><pre><code>x &lt; 1</code></pre>';
    assert.equal(sanitizeRichText(html), html);
  });

  it('adds rel and target to allowed links and drops other attributes', () => {
    assert.equal(
      sanitizeRichText('<a href="https://ok.example/x?a=1&amp;b=2" target="_self" rel="opener" title="t">ok</a>'),
      '<a href="https://ok.example/x?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">ok</a>',
    );
    assert.equal(sanitizeRichText('<a href="mailto:sales@ok.example">mail</a>'), '<a href="mailto:sales@ok.example" rel="noopener noreferrer" target="_blank">mail</a>');
    assert.equal(sanitizeRichText('<a href="http://ok.example/">plain http</a>'), '<a href="http://ok.example/" rel="noopener noreferrer" target="_blank">plain http</a>');
  });

  it('keeps the text of a link whose address is refused, but not the link', () => {
    assert.equal(sanitizeRichText('<p><a href="javascript:alert(1)">read more</a></p>'), '<p>read more</p>');
    assert.equal(sanitizeRichText('<a href="/relative">rel</a>'), 'rel');
  });

  it('keeps https images with alt text only', () => {
    assert.equal(
      sanitizeRichText('<img src="https://cdn.example/a.png" alt="A chart" width="9" class="x">'),
      '<img src="https://cdn.example/a.png" alt="A chart" />',
    );
    assert.equal(sanitizeRichText('<p>x<img src="http://cdn.example/a.png">y</p>'), '<p>xy</p>');
  });

  it('drops script content entirely and escapes stray brackets', () => {
    assert.equal(sanitizeRichText('<p>a<script>alert(1)</script>b</p>'), '<p>ab</p>');
    assert.equal(sanitizeRichText('1 < 2 > 0'), '1 &lt; 2 &gt; 0');
  });
});
