// The page `bench/catalog-render.mjs` opens in Chromium: the catalog with 10,000 rewards,
// answered at once from memory, so what is timed is the widget's own rendering.
import '../../src/all.js';
import type { Transport } from '../../src/client/transport.js';
import type { PartnerPortal } from '../../src/index.js';

const REWARDS = Number(new URLSearchParams(location.search).get("rewards") ?? 10_000);

const nodes = Array.from({ length: REWARDS }, (_, i) => ({
  id: `rwd_${i}`,
  sku: `BENCH-${i}`,
  name: `Reward ${i + 1}`,
  description: 'A reward of the benchmark catalog.',
  category: { id: 'cat_1', code: 'merch', name: 'Merchandise' },
  costPoints: 100 + (i % 5000),
  stock: i % 7 === 0 ? 3 : null,
  stockState: i % 7 === 0 ? 'LOW_STOCK' : 'IN_STOCK',
  requiredTier: i % 11 === 0 ? { id: 'tier_gold', code: 'gold', name: 'Gold' } : null,
  availableFrom: null,
  availableUntil: null,
  seasonal: false,
  imageUrl: null,
  imageAlt: '',
  imageWidth: 400,
  imageHeight: 300,
  eligibility: { redeemable: i % 11 !== 0, reason: i % 11 === 0 ? 'TIER_REQUIRED' : null, shortByPoints: 0, maxQuantity: i % 11 === 0 ? 0 : i % 7 === 0 ? 3 : 10 },
}));

const transport: Transport = {
  async execute({ operations }) {
    return operations.map(() => ({
      data: {
        viewer: { partner: { id: 'ptn_bench', points: { available: 1_000_000 } } },
        rewardCategories: [{ id: 'cat_1', code: 'merch', name: 'Merchandise' }],
        rewards: { nodes, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: REWARDS },
      },
    }));
  },
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Mounts a fresh catalog and answers how long until its first rewards are in the DOM and laid
 * out (`ms`: seen by a MutationObserver, layout forced, so no waiting for a frame is counted),
 * how long until the answer was in and the shell rendered (`loaded`, its `partner-load`), and
 * its DOM size once painted.
 */
async function render(): Promise<{ ms: number; loaded: number; nodes: number; rewards: number }> {
  document.body.replaceChildren();
  await nextFrame();
  const started = performance.now();
  const portal = document.createElement('partner-portal') as PartnerPortal;
  portal.transport = transport;
  const catalog = document.createElement('partner-reward-catalog');
  catalog.setAttribute('page-size', String(REWARDS));
  portal.append(catalog);
  let loaded = 0;
  catalog.addEventListener('partner-load', () => (loaded = performance.now() - started), { once: true });
  document.body.append(portal);
  const root = catalog.shadowRoot!;
  const ms = await new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      const reward = root.querySelector('.long [part~="reward"]');
      if (!reward) return;
      observer.disconnect();
      reward.getBoundingClientRect();
      resolve(performance.now() - started);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  await nextFrame();
  await nextFrame();
  return { ms, loaded, nodes: root.querySelectorAll('*').length, rewards: root.querySelectorAll('[part~="reward"]').length };
}

(window as unknown as { benchCatalog: typeof render }).benchCatalog = render;
