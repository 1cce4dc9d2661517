/**
 * Widgets without a `locale` follow the nearest `lang` in the page, and a page that switches
 * language by changing `lang` expects them to follow. One observer for the whole document
 * tells every subscribed widget; nothing global is touched.
 */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observePageLang(onChange: () => void): () => void {
  subscribers.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => subscribers.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    subscribers.delete(onChange);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** The `lang` of the element or its nearest ancestor, crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
