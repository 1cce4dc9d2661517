import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/all.js';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Item[];
  attributes?: Item[];
}

/**
 * The docs tables (attributes, properties, events, ::parts, --custom-properties) come from
 * custom-elements.json (`npm run manifest`, generated from the classes' JSDoc). Storybook lists
 * every member it finds; the tables show what a page author can use: public fields, and a
 * property that has an attribute only once, as the attribute. The summary leads the description.
 */
function forDocs(source: typeof manifest): object {
  const copy = structuredClone(source) as { modules: { declarations?: Declaration[] }[] };
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const withAttribute = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
    declaration.members = (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.privacy && !member.static && !withAttribute.has(member.name),
    );
    declaration.description = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
  }
  return copy;
}

setCustomElementsManifest(forDocs(manifest));

const LOCALES = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'th', title: 'ไทย (Thai)', right: 'th' },
  { value: 'nb', title: 'Norsk bokmål', right: 'nb' },
  { value: 'ms', title: 'Bahasa Melayu', right: 'ms' },
];

/**
 * The host page around each story: its colour scheme (the widgets follow `color-scheme`) and
 * language. Scoped to a wrapper: nothing is set on the preview's <html> or <body>.
 */
const withHostPage: Decorator = (story, { globals }) => {
  const dark = globals.theme === 'dark';
  const style = [
    `color-scheme: ${dark ? 'dark' : 'light'}`,
    `background: ${dark ? '#121417' : '#f7f8fa'}`,
    `color: ${dark ? '#e6e8eb' : '#1c2024'}`,
    'font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Thai", sans-serif',
    'padding: 24px',
    'border-radius: 8px',
  ].join('; ');
  return html`<div class="partner-host-page" data-theme=${dark ? 'dark' : 'light'} lang=${globals.locale ?? 'en'} style=${style}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the `locale` of <partner-portal>); the recorded server texts follow it',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [withHostPage],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { excludeDecorators: true } },
    // The accessibility panel also checks WCAG 2.2 target sizes (off in axe by default): the
    // widgets promise targets of at least 24 px. scripts/check-stories.mjs runs the same rules.
    a11y: { config: { rules: [{ id: 'target-size', enabled: true }] } },
  },
};

export default preview;
