/**
 * Registers a tag unless it already is: a host page may load two copies of the widgets (say, a
 * CDN bundle and an npm build), and the second registration must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
