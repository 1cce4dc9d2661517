/**
 * Every accessibility check (`expect(el).to.be.accessible()`) also runs axe's WCAG 2.2
 * target-size rule, which axe leaves off by default: the widgets promise pointer targets of at
 * least 24 px (or the spacing that makes up for a smaller one).
 */
import 'axe-core/axe.min.js';

(window as unknown as { axe: typeof import('axe-core') }).axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
