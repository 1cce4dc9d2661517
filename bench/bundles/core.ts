// The shared core's budget entry (issue #7): what every widget builds on, as a page gets it with
// its first widget. Lit, @lit/context and @lit/task; the client and graphql-request;
// <partner-portal>; the widget base class (client, locale, loading and error states, the shared
// error texts); the localization runtime and Intl formatting; the shared styles; the event
// classes. A widget's own code, texts and styles come on top (see `--report`). Measured twice:
// as the npm package ships it (Lit, @lit/context and @lit/task are its dependencies) and with them.
import '../../src/elements/portal/partner-portal.js';
export { PartnerElement } from '../../src/internal/partner-element.js';
export * from '../../src/styles/shared.js';
export * from '../../src/i18n/format.js';
