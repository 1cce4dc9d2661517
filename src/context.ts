import { createContext } from '@lit/context';
import type { PortalClient } from './client/client.js';

// Keys from the global symbol registry: a widget from another copy of this library (a second
// bundle on the page) still finds the page's <partner-portal>.
export const clientContext = createContext<PortalClient | undefined>(Symbol.for('partner-portal/client'));
export const localeContext = createContext<string | undefined>(Symbol.for('partner-portal/locale'));
