/**
 * Putting widgets on the test page the way a host page does: inside a `<partner-portal>` with
 * the API URL and a member's widget token, or standalone with their own `endpoint`/`token`.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/all.js';
import './axe.js';
import type { PartnerPortal } from '../../../src/index.js';
import { apiUrl, mark, requestsSince, server, tokenFor, type ServerRequest } from './loyalty.js';
import { until } from './dom.js';

/** A portal for `memberId` around `widgets`; answers the portal. */
export async function inPortal(memberId: string, widgets: TemplateResult, options: { locale?: string; token?: string } = {}): Promise<PartnerPortal> {
  const url = await apiUrl();
  const token = options.token ?? (await tokenFor(memberId));
  return fixture<PartnerPortal>(html`<partner-portal endpoint=${url} token=${token} locale=${options.locale ?? 'en'}>${widgets}</partner-portal>`);
}

/** The widget with this tag inside `root` (light DOM). */
export function widget<T extends HTMLElement = HTMLElement>(root: ParentNode, tag: string): T {
  const found = root.querySelector<T>(tag);
  if (!found) throw new Error(`No <${tag}> on the page.`);
  return found;
}

/**
 * Runs `render` while the server holds its answers, so the widgets stay in their loading state;
 * answers once the requests `render` caused have reached the server (they are still held).
 * Call `server.release()` to let them through.
 */
export async function whileHeld<T>(render: () => Promise<T>, expectedRequests = 1): Promise<{ result: T; requests: ServerRequest[] }> {
  const since = await mark();
  await server.hold();
  const result = await render();
  let requests: ServerRequest[] = [];
  await until(async () => (requests = await requestsSince(since)).length >= expectedRequests, `${expectedRequests} request(s) to reach the server`);
  return { result, requests };
}

/** Waits a little longer than the client's batching delay so late extra requests would show. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
