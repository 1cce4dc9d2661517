import { REWARDS, type RewardDefinition } from '../server/src/seed/demo-catalog.js';

/**
 * Artwork for the demo catalog's rewards (the seed points at `/demo/images/rewards/<SKU>.svg`):
 * a card in the category's colour with the reward's initials, drawn on request so the repository
 * carries no image files. A real supplier serves product photos from its own CDN.
 */
const PALETTE: Record<RewardDefinition['category'], { background: string; accent: string; glyph: string }> = {
  cat_merchandise: { background: '#1f4e79', accent: '#f2b134', glyph: 'M-20 -8h40v26h-40z M-12 -8v-8h24v8' },
  cat_tools: { background: '#7a3e16', accent: '#ffd08a', glyph: 'M-22 10l26-26 8 8-26 26z M8 -20l12 12' },
  cat_experiences: { background: '#2e6b4f', accent: '#c8f0d8', glyph: 'M-24 18l16-26 10 14 8-10 14 22z' },
  cat_gift_cards: { background: '#6b2e5f', accent: '#ffc4ec', glyph: 'M-24 -14h48v30h-48z M-24 -4h48' },
  cat_training: { background: '#3b3f8f', accent: '#cdd2ff', glyph: 'M-24 -6l24-12 24 12-24 12z M-14 0v12q14 8 28 0v-12' },
  cat_charity: { background: '#8f2f2f', accent: '#ffd6d6', glyph: 'M0 18l-20-20a11 11 0 0 1 20-12a11 11 0 0 1 20 12z' },
};

export function rewardArt(sku: string): string | undefined {
  const reward = REWARDS.find((candidate) => candidate.sku === sku);
  if (!reward) return undefined;
  const { background, accent, glyph } = PALETTE[reward.category];
  const width = reward.square ? 360 : 480;
  const initials = reward.name.en
    .split(/\s+/)
    .filter((word) => /^[A-Za-z0-9]/.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="360" viewBox="0 0 ${width} 360">
  <rect width="${width}" height="360" fill="${background}"/>
  <circle cx="${width - 60}" cy="60" r="120" fill="${accent}" opacity="0.12"/>
  <g transform="translate(${width / 2} 150) scale(2.6)" fill="none" stroke="${accent}" stroke-width="3" stroke-linejoin="round"><path d="${glyph}"/></g>
  <text x="${width / 2}" y="300" text-anchor="middle" font-family="system-ui, sans-serif" font-size="44" font-weight="700" fill="${accent}">${initials}</text>
</svg>`;
}
