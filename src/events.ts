import type { PortalError } from './client/errors.js';

const eventInit = { bubbles: true, composed: true } as const;

/**
 * The server refused the widget token as expired. The host answers with `respondWith(token)`
 * (or a promise of one) and the failed request is retried once with it; `respondWith` cancels
 * the event. Unanswered, the widgets show their "session expired" state.
 */
export class PartnerTokenExpiredEvent extends Event {
  static readonly eventName = 'partner-token-expired';
  #response: Promise<string | undefined> | undefined;

  constructor() {
    super(PartnerTokenExpiredEvent.eventName, { ...eventInit, cancelable: true });
  }

  respondWith(token: string | undefined | Promise<string | undefined>): void {
    this.preventDefault();
    this.#response = Promise.resolve(token);
  }

  /** What the host answered, if anything. */
  get response(): Promise<string | undefined> | undefined {
    return this.#response;
  }
}

/** A widget could not load its data; `detail.code` is the error code it shows a message for. */
export class PartnerErrorEvent extends Event {
  static readonly eventName = 'partner-error';
  readonly detail: { code: string; message: string };

  constructor(error: PortalError) {
    super(PartnerErrorEvent.eventName, eventInit);
    this.detail = { code: error.code, message: error.message };
  }
}

/** A widget showed its data (first load and every refresh after a change). */
export class PartnerLoadEvent extends Event {
  static readonly eventName = 'partner-load';
  constructor() {
    super(PartnerLoadEvent.eventName, eventInit);
  }
}

/** `<partner-points-history>`'s type filter changed (by the member or by the `types` attribute). */
export class PartnerFilterChangeEvent extends Event {
  static readonly eventName = 'partner-filter-change';
  readonly detail: { types: string[] };

  constructor(types: string[]) {
    super(PartnerFilterChangeEvent.eventName, eventInit);
    this.detail = { types };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'partner-token-expired': PartnerTokenExpiredEvent;
    'partner-error': PartnerErrorEvent;
    'partner-load': PartnerLoadEvent;
    'partner-filter-change': PartnerFilterChangeEvent;
  }
}
