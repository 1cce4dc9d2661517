// Vue 3 with render functions: compiled templates become these same calls, so nothing is
// compiled in the browser (the page's CSP forbids eval) and no build plugin is needed. Vue sets
// a prop as a property when the element has one; `.name` forces the property and `^name` the
// attribute (a template's `:name.prop` / `:name.attr`), and `onPartnerFilterChange` listens to
// `partner-filter-change` (a template's `@partner-filter-change`).
import '../../src/all.js';
import { createApp, defineComponent, h, ref } from 'vue';
import type { PartnerFilterChangeEvent, PartnerRedeemedEvent } from '../../src/index.js';
import { LOCALES, SORTS, describeFilterChange, describeRedeemed, fetchToken, hostPage } from './host-page.js';

const mount = document.querySelector<HTMLElement>('#app')!;
const page = hostPage(mount);

const InteropPage = defineComponent(() => {
  const locale = ref(page.locale);
  const sort = ref('POINTS_ASC');
  const affordable = ref(true);
  const lastEvent = ref('none yet');
  const fetched = ref(0);
  const tokenProvider = async () => {
    const token = await fetchToken(page.persona);
    fetched.value++;
    return token;
  };
  const select = (id: string, model: typeof locale, options: readonly (readonly [string, string])[]) =>
    h(
      'select',
      { id, value: model.value, onChange: (event: Event) => (model.value = (event.target as HTMLSelectElement).value) },
      options.map(([value, name]) => h('option', { value }, name)),
    );

  return () =>
    h('partner-portal', { endpoint: '/graphql', token: page.token, locale: locale.value, '.tokenProvider': tokenProvider }, [
      h('header', [
        h('h1', 'Partner widgets in Vue 3'),
        h('nav', { 'aria-label': 'Interop pages' }, [
          h('a', { href: '/' }, 'Portal'),
          ' · ',
          h('a', { href: '/interop/html' }, 'HTML'),
          ' · ',
          h('a', { href: '/interop/react' }, 'React'),
          ' · ',
          h('a', { href: '/interop/vue', 'aria-current': 'page' }, 'Vue'),
        ]),
      ]),
      h('form', { class: 'controls', onSubmit: (event: Event) => event.preventDefault() }, [
        h('label', [h('span', 'Language'), select('locale', locale, LOCALES)]),
        h('label', [h('span', 'Sort'), select('sort', sort, SORTS)]),
        h('label', { class: 'check' }, [
          h('input', {
            type: 'checkbox',
            id: 'affordable',
            checked: affordable.value,
            onChange: (event: Event) => (affordable.value = (event.target as HTMLInputElement).checked),
          }),
          ' ',
          h('span', 'Only what I can afford'),
        ]),
      ]),
      h('p', { class: 'received' }, [
        h('span', { id: 'last-event', role: 'status' }, `Last event: ${lastEvent.value}`),
        ' · ',
        h('span', { id: 'tokens' }, `Fresh tokens from the server: ${fetched.value}`),
      ]),
      h('div', { class: 'widgets' }, [
        h('partner-points-balance'),
        h('partner-reward-catalog', {
          '^page-size': '4',
          '^sort': sort.value,
          '.affordable': affordable.value,
          onPartnerFilterChange: (event: PartnerFilterChangeEvent<object>) => (lastEvent.value = describeFilterChange(event)),
          onPartnerRedeemed: (event: PartnerRedeemedEvent) => (lastEvent.value = describeRedeemed(event)),
        }),
      ]),
    ]);
});

createApp(InteropPage).mount(mount);
