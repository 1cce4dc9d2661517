import sanitizeHtml from 'sanitize-html';

/**
 * Lesson bodies are written by the supplier but rendered inside partners' pages, so the only
 * HTML that survives is a small formatting vocabulary. Anything that can run script, load
 * content from elsewhere or restyle the host page (script, iframe, object, svg, style
 * attributes, on* handlers, javascript:/data: URLs) is dropped.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['https:']);

/**
 * The normalized form of `value` when it is an absolute URL whose scheme is on the list, else
 * null. Relative URLs are refused too: they would resolve against whichever host page renders
 * the text. The WHATWG parser sees through the tricks browsers fall for (`java\tscript:`,
 * leading spaces, mixed case), and its serialization percent-encodes quotes and spaces.
 */
function allowedUrl(value: string | undefined, schemes: Set<string>): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'a', 'img'],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt'],
  },
  // A second line of defence behind allowedUrl: sanitize-html's own scheme check.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Their text content is code or markup, never prose worth keeping.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'xmp', 'noembed', 'noframes', 'title'],
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = allowedUrl(attribs.href, LINK_SCHEMES);
      if (!href) return { tagName, attribs: {} };
      return { tagName, attribs: { href, rel: 'noopener noreferrer', target: '_blank' } };
    },
    img: (tagName, attribs): sanitizeHtml.Tag => {
      const src = allowedUrl(attribs.src, IMAGE_SCHEMES);
      if (!src) return { tagName, attribs: {} };
      return { tagName, attribs: { src, ...(attribs.alt ? { alt: attribs.alt } : {}) } };
    },
  },
  // An image without a permitted https source goes entirely; a link without a permitted
  // address keeps its text as plain text.
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img' && !frame.attribs.src) return true;
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    return false;
  },
};

/** The allow-listed subset of `html`; safe to render as HTML in any host page. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
