import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM. Lit's `styleMap` writes a `style`
 * attribute on first render, which a strict Content-Security-Policy (no `unsafe-inline` for
 * styles) blocks; `style.setProperty` is always allowed.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element: <div ${cssProps({...})}>');
  }

  render(_properties: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
