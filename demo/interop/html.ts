// Plain HTML: attributes in the markup, properties and listeners from this script.
import '../../src/all.js';
import { describeFilterChange, describeRedeemed, fetchToken } from './host-page.js';

const portal = document.querySelector('partner-portal')!;
const catalog = document.querySelector('partner-reward-catalog')!;
const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#sort')!;
const affordable = document.querySelector<HTMLInputElement>('#affordable')!;
const lastEvent = document.querySelector('#last-event')!;
const tokens = document.querySelector('#tokens')!;
const persona = portal.dataset.persona ?? 'silver';
let fetched = 0;

// A function can only be a property.
portal.tokenProvider = async () => {
  const token = await fetchToken(persona);
  tokens.textContent = `Fresh tokens from the server: ${++fetched}`;
  return token;
};

localeSelect.value = portal.locale ?? 'en';
localeSelect.addEventListener('change', () => (portal.locale = localeSelect.value));
sortSelect.addEventListener('change', () => catalog.setAttribute('sort', sortSelect.value));
affordable.addEventListener('change', () => (catalog.affordable = affordable.checked));
document.querySelector('#controls')!.addEventListener('submit', (event) => event.preventDefault());

catalog.addEventListener('partner-filter-change', (event) => (lastEvent.textContent = `Last event: ${describeFilterChange(event)}`));
catalog.addEventListener('partner-redeemed', (event) => (lastEvent.textContent = `Last event: ${describeRedeemed(event)}`));
