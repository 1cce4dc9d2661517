import { svg } from 'lit';

/** A medal whose ribbon and rim take `currentColor`; higher ranks get more stars. */
export function tierIcon(rank: number) {
  const stars = Math.min(Math.max(rank, 0), 3);
  const star = 'M0 -3.2 0.9 -1 3.2 -1 1.4 0.4 2 2.7 0 1.3 -2 2.7 -1.4 0.4 -3.2 -1 -0.9 -1Z';
  const positions = stars === 1 ? [0] : stars === 2 ? [-3.4, 3.4] : stars === 3 ? [-5.6, 0, 5.6] : [];
  return svg`<svg part="icon" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <path d="M9 2h5l3 8h-5zM23 2h-5l-3 8h5z" fill="currentColor" opacity="0.55" />
    <circle cx="16" cy="20" r="10" fill="currentColor" />
    <circle cx="16" cy="20" r="7.5" fill="none" stroke="#fff" stroke-opacity="0.6" stroke-width="1.2" />
    ${positions.map((x) => svg`<path d=${star} transform=${`translate(${16 + x} 20)`} fill="#fff" />`)}
  </svg>`;
}
