// React 19 renders the widgets as it renders <div>s: no wrapper. A prop the element has as a
// property (token, locale, sort, affordable, tokenProvider) is set as that property, any other
// (page-size) as an attribute, and `on` + the exact event name adds a listener.
// src/react.ts types all three for TSX.
import '../../src/all.js';
import type {} from '../../src/react.js';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { RewardSort } from '../../src/generated/graphql.js';
import { LOCALES, SORTS, describeFilterChange, describeRedeemed, fetchToken, hostPage, type HostPage } from './host-page.js';

function InteropPage({ page }: { page: HostPage }) {
  const [locale, setLocale] = useState(page.locale);
  const [sort, setSort] = useState<RewardSort>('POINTS_ASC');
  const [affordable, setAffordable] = useState(true);
  const [lastEvent, setLastEvent] = useState('none yet');
  const [fetched, setFetched] = useState(0);
  // A stable function: a new one each render would be a new property each render.
  const tokenProvider = useCallback(async () => {
    const token = await fetchToken(page.persona);
    setFetched((count) => count + 1);
    return token;
  }, [page.persona]);

  return (
    <partner-portal endpoint="/graphql" token={page.token} locale={locale} tokenProvider={tokenProvider}>
      <header>
        <h1>Partner widgets in React 19</h1>
        <nav aria-label="Interop pages">
          <a href="/">Portal</a> · <a href="/interop/html">HTML</a> · <a href="/interop/react" aria-current="page">React</a> · <a href="/interop/vue">Vue</a>
        </nav>
      </header>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>Language</span>
          <select id="locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
            {LOCALES.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Sort</span>
          <select id="sort" value={sort} onChange={(event) => setSort(event.target.value as RewardSort)}>
            {SORTS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" id="affordable" checked={affordable} onChange={(event) => setAffordable(event.target.checked)} /> <span>Only what I can afford</span>
        </label>
      </form>
      <p className="received">
        <span id="last-event" role="status">
          Last event: {lastEvent}
        </span>{' '}
        · <span id="tokens">Fresh tokens from the server: {fetched}</span>
      </p>
      <div className="widgets">
        <partner-points-balance></partner-points-balance>
        <partner-reward-catalog
          page-size="4"
          sort={sort}
          affordable={affordable}
          onpartner-filter-change={(event) => setLastEvent(describeFilterChange(event))}
          onpartner-redeemed={(event) => setLastEvent(describeRedeemed(event))}
        ></partner-reward-catalog>
      </div>
    </partner-portal>
  );
}

const mount = document.querySelector<HTMLElement>('#app')!;
createRoot(mount).render(<InteropPage page={hostPage(mount)} />);
