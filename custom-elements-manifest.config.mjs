// The custom-elements manifest is generated from each class's JSDoc (@customElement, @summary,
// @event, @slot, @csspart, @cssproperty) and Lit decorators; Storybook and editors read it.
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/partner-element.ts'],
  exclude: ['src/**/*.messages.ts', 'src/**/*.th.ts', 'src/**/*.nb.ts', 'src/**/*.ms.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // `dispatchEvent(new SomeEvent())` is seen as an event without a name; the JSDoc @event
      // lines already document each one.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists modules in the order its file glob answered, which varies from run
        // to run: sorted, the file only changes when an element does (and the freshness check holds).
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
