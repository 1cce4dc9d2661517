// The demo page's one module script: registers the widgets and wires the header's switchers.
// The page's server rendered the first token into <partner-portal>; switching persona asks it
// for another (it mints them with the supplier key, which stays on the server).
import '../src/all.js';
import type { PartnerPortal } from '../src/index.js';

const portal = document.querySelector<PartnerPortal>('partner-portal')!;
const personaSelect = document.querySelector<HTMLSelectElement>('#persona')!;
const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;
const darkToggle = document.querySelector<HTMLInputElement>('#dark')!;
let persona = portal.dataset.persona ?? 'silver';

async function fetchToken(key: string): Promise<{ token: string; locale: string }> {
  const response = await fetch('/demo-api/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: key }),
  });
  if (!response.ok) throw new Error(`The demo server refused a token (${response.status}).`);
  return response.json();
}

// Tokens live 15 minutes; a page left open gets a fresh one when the API says it expired.
portal.tokenProvider = async () => (await fetchToken(persona)).token;

function setLocale(locale: string) {
  portal.locale = locale;
  document.documentElement.lang = locale;
  localeSelect.value = locale;
}

setLocale(portal.locale ?? 'en');
localeSelect.addEventListener('change', () => setLocale(localeSelect.value));

personaSelect.addEventListener('change', async () => {
  persona = personaSelect.value;
  const { token, locale } = await fetchToken(persona);
  // A full reload would also do; this shows widgets following a new token in place.
  portal.token = token;
  setLocale(locale);
  const url = new URL(location.href);
  url.searchParams.set('as', persona);
  history.replaceState(null, '', url);
  const option = personaSelect.selectedOptions[0]?.textContent ?? '';
  const [partner, member] = option.split(' · ');
  document.querySelector('#welcome')!.textContent = partner;
  document.querySelector('.signed-in')!.textContent = `Signed in as ${member}`;
});

// The catalog says which course the member opened; the page shows it in a <partner-course> in
// the catalog's place, and "Back to all courses" brings the catalog back with focus on that
// course's button (the one pressed may have been redrawn meanwhile: "Start" became "Continue").
const courseArea = document.querySelector<HTMLElement>('#course')!;
const courseCatalog = document.querySelector<HTMLElement>('partner-course-catalog')!;
let openedCourse: string | undefined;
document.addEventListener('partner-course-open', (event) => {
  openedCourse = event.detail.courseId;
  const player = courseArea.querySelector('partner-course') ?? courseArea.appendChild(document.createElement('partner-course'));
  player.courseId = openedCourse;
  courseCatalog.hidden = true;
  courseArea.hidden = false;
  courseArea.focus({ preventScroll: true });
  // Once the course is drawn: while it loads, the page may be too short to bring it to the top.
  const toTop = () => courseArea.scrollIntoView({ block: 'start' });
  toTop();
  // Only the first load or error: later ones (a lesson saved, a failed answer) must not scroll.
  const first = new AbortController();
  const drawn = async () => {
    first.abort();
    await player.updateComplete;
    requestAnimationFrame(toTop);
  };
  for (const type of ['partner-load', 'partner-error']) player.addEventListener(type, drawn, { signal: first.signal });
});
document.querySelector('#close-course')!.addEventListener('click', async () => {
  courseArea.hidden = true;
  courseArea.querySelector('partner-course')?.remove();
  courseCatalog.hidden = false;
  await (courseCatalog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const card = openedCourse && courseCatalog.shadowRoot?.querySelector(`[data-id="${CSS.escape(openedCourse)}"]`);
  (card ? card.querySelector<HTMLElement>('[part~="open-button"]') : null)?.focus();
});

const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
darkToggle.checked = prefersDark;
document.documentElement.classList.toggle('dark', prefersDark);
darkToggle.addEventListener('change', () => document.documentElement.classList.toggle('dark', darkToggle.checked));
