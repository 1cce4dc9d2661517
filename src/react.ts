/**
 * JSX typings for the widgets in React 19 — types only, no runtime code: a type-only import of
 * `partner-portal-kit/react.js`, or that file in the tsconfig's `types`.
 *
 * React 19 needs no wrapper for custom elements: a prop the element has as a property (`sort`,
 * `affordable`, `tokenProvider`) is set as that property, any other (`page-size`) as an
 * attribute, and `on` + the exact event name (`onpartner-redeemed`, lower case, dashes kept)
 * adds that event listener. These typings make TypeScript check all three.
 */
import type { LitElement } from 'lit';
import type { PartnerFilterChangeEvent, RewardFilterDetail, CourseFilterDetail, MaterialFilterDetail } from './events.js';
// Every tag's HTMLElementTagNameMap entry and the events' GlobalEventHandlersEventMap come with
// the registration modules. An exported type names them so the import survives in the emitted
// react.d.ts: an empty type-only import is dropped there, and with it every tag a host didn't
// import itself.
import type * as registrations from './all.js';
/** The registration modules whose global declarations these typings rely on (types only). */
export type PartnerRegistrations = typeof registrations;

type PartnerTag = Extract<keyof HTMLElementTagNameMap, `partner-${string}`>;
type PartnerEventName = Extract<keyof GlobalEventHandlersEventMap, `partner-${string}`>;

/** Every `partner-*` event as an `on<event-name>` prop (they bubble: any element may listen). */
type PartnerEventProps = {
  [K in PartnerEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** The element's own properties (not Lit's), the usual HTML props, `ref`, `key` and the events. */
export type PartnerElementProps<E extends HTMLElement, Filter extends object = never> = Partial<Omit<E, keyof LitElement>> &
  Omit<import('react').HTMLAttributes<E>, keyof Omit<E, keyof LitElement>> &
  import('react').RefAttributes<E> & { key?: import('react').Key } & Omit<PartnerEventProps, [Filter] extends [never] ? never : 'onpartner-filter-change'> &
  ([Filter] extends [never] ? unknown : { 'onpartner-filter-change'?: (event: PartnerFilterChangeEvent<Filter>) => void });

/** Lists whose `partner-filter-change` detail is not the points history's `{ types }`. */
interface FilterDetails {
  'partner-reward-catalog': RewardFilterDetail;
  'partner-course-catalog': CourseFilterDetail;
  'partner-materials': MaterialFilterDetail;
}

export type PartnerIntrinsicElements = {
  [T in PartnerTag]: PartnerElementProps<HTMLElementTagNameMap[T], T extends keyof FilterDetails ? FilterDetails[T] : never>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends PartnerIntrinsicElements {}
  }
}
