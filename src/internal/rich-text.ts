/**
 * Rich text from the server (lesson bodies), turned into DOM without ever giving the string to
 * the browser's HTML parser. `innerHTML`, `DOMParser` and `<template>` are Trusted Types sinks a
 * strict host page forbids, and a parser's repairs are where mutation XSS lives. The server
 * already sanitized the text; this is the second, independent line: the string is read as
 * tags and text, only allow-listed elements are made (`createElement`), only their
 * allow-listed attributes set, addresses checked again. Any other markup is dropped and what
 * it wrapped stays plain text. Whatever the string holds, the result runs no script and loads
 * nothing but https images.
 *
 * A chunk of its own, fetched when a course player first connects: pages that never show a
 * lesson never load it.
 */
import { safeUrl } from './safe-url.js';

const TAGS = /^(p|br|strong|em|b|i|u|ul|ol|li|h[234]|blockquote|code|pre|a|img)$/;
/** A tag with double-quoted attributes (as the server writes them), a run of text, or a lone `<`. */
const TOKEN = /<(\/?)([a-z][a-z\d]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>|[^<]+|</gi;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/gi;
/** What the server's sanitizer escapes (`&<>"`), and numeric references. */
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

const decode = (text: string) =>
  text.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = parseInt(decimal ?? hex!, decimal ? 10 : 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
  });

export function richText(source: string): DocumentFragment {
  const root = document.createDocumentFragment();
  const open: Element[] = [];
  for (const [token, close, name, attributes] of source.matchAll(TOKEN)) {
    const parent = open[open.length - 1] ?? root;
    if (!name) {
      parent.append(decode(token));
      continue;
    }
    const tag = name.toLowerCase();
    if (!TAGS.test(tag)) continue;
    if (close) {
      const at = open.findLastIndex((element) => element.localName === tag);
      if (at >= 0) open.length = at;
      continue;
    }
    const element = document.createElement(tag);
    for (const [, attribute, value = ''] of attributes!.matchAll(ATTRIBUTE)) {
      const key = `${tag} ${attribute!.toLowerCase()}`;
      const text = decode(value);
      const url = key === 'a href' ? safeUrl(text, /^(https?|mailto):$/) : key === 'img src' ? safeUrl(text, /^https:$/) : undefined;
      if (url) element.setAttribute(attribute!.toLowerCase(), url);
      else if (key === 'img alt') element.setAttribute('alt', text);
    }
    if (tag === 'img' && !element.hasAttribute('src')) continue;
    // A link leaves the host page in a new tab that can't reach back to it.
    if (element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer'), element.setAttribute('target', '_blank');
    parent.append(element);
    if (tag !== 'br' && tag !== 'img') open.push(element);
  }
  return root;
}
