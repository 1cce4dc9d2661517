import type { LocalizedText } from '../store/tables.js';
import type { ReferralRejectionReason } from '../domain/referrals.js';
import { t } from './text.js';

/** The demo's promotions, the monthly challenge, referrals and NPS comments. */


/** The names of the product groups promotions and marketing materials speak of. */
export const PRODUCT_GROUP_NAMES: { code: string; name: LocalizedText }[] = [
  { code: 'power-tools', name: t('Power tools', 'เครื่องมือไฟฟ้า', 'Elektroverktøy', 'Alat kuasa') },
  { code: 'hand-tools', name: t('Hand tools', 'เครื่องมือช่าง', 'Håndverktøy', 'Alat tangan') },
  { code: 'fasteners', name: t('Fasteners', 'อุปกรณ์ยึด', 'Festemidler', 'Pengikat') },
  { code: 'safety', name: t('Safety gear', 'อุปกรณ์ความปลอดภัย', 'Verneutstyr', 'Kelengkapan keselamatan') },
  { code: 'accessories', name: t('Accessories', 'อุปกรณ์เสริม', 'Tilbehør', 'Aksesori') },
  { code: 'brand', name: t('Brand', 'แบรนด์', 'Merkevare', 'Jenama') },
];

export interface PromotionDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  productGroups: string[];
  multiplierPct: number | null;
  extraDiscountPct: number | null;
  /** Days from now; negative = in the past. */
  startsInDays: number;
  endsInDays: number;
}

/**
 * One past (it shaped the order history), two running now, one announced (starts within the
 * program's seven-day notice, so partners see it coming) and one too far out to be shown yet.
 */
export const PROMOTIONS: PromotionDefinition[] = [
  {
    id: 'promo_fastener_festival',
    title: t('Fastener festival: double points', 'เทศกาลอุปกรณ์ยึด: คะแนนสองเท่า', 'Festmåned for festemidler: dobbel poeng', 'Pesta pengikat: mata ganda'),
    description: t(
      'Every fastener order line earns twice the points.',
      'ทุกรายการสั่งซื้ออุปกรณ์ยึดได้รับคะแนนสองเท่า',
      'Hver ordrelinje med festemidler gir dobbelt så mange poeng.',
      'Setiap baris pesanan pengikat memperoleh mata dua kali ganda.',
    ),
    productGroups: ['fasteners'],
    multiplierPct: 200,
    extraDiscountPct: null,
    startsInDays: -200,
    endsInDays: -170,
  },
  {
    id: 'promo_cordless_november',
    title: t('Cordless November: double points on power tools', 'พฤศจิกายนไร้สาย: คะแนนสองเท่าสำหรับเครื่องมือไฟฟ้า', 'Batterinovember: dobbel poeng på elektroverktøy', 'November tanpa wayar: mata ganda untuk alat kuasa'),
    description: t(
      'All XR18 power tools earn double points until the end of the campaign.',
      'เครื่องมือไฟฟ้า XR18 ทุกรุ่นได้รับคะแนนสองเท่าจนสิ้นสุดแคมเปญ',
      'Alle XR18-elektroverktøy gir dobbel poeng ut kampanjeperioden.',
      'Semua alat kuasa XR18 memperoleh mata ganda sehingga kempen tamat.',
    ),
    productGroups: ['power-tools'],
    multiplierPct: 200,
    extraDiscountPct: null,
    startsInDays: -9,
    endsInDays: 21,
  },
  {
    id: 'promo_safety_weeks',
    title: t('Safety weeks: extra 2 % off PPE', 'สัปดาห์ความปลอดภัย: ลดเพิ่ม 2 % สำหรับอุปกรณ์ป้องกัน', 'Sikkerhetsuker: 2 % ekstra rabatt på verneutstyr', 'Minggu keselamatan: diskaun tambahan 2 % untuk PPE'),
    description: t(
      'Safety equipment gets an extra 2 % discount on top of your tier discount.',
      'อุปกรณ์ความปลอดภัยได้รับส่วนลดเพิ่ม 2 % นอกเหนือจากส่วนลดตามระดับของคุณ',
      'Verneutstyr får 2 % ekstra rabatt i tillegg til nivårabatten din.',
      'Peralatan keselamatan mendapat diskaun tambahan 2 % selain diskaun tahap anda.',
    ),
    productGroups: ['safety'],
    multiplierPct: null,
    extraDiscountPct: 2,
    startsInDays: -3,
    endsInDays: 25,
  },
  {
    id: 'promo_year_end_bonus',
    title: t('Year-end bonus: 1.5× points on everything', 'โบนัสส่งท้ายปี: คะแนน 1.5 เท่าทุกสินค้า', 'Årsavslutningsbonus: 1,5 × poeng på alt', 'Bonus hujung tahun: 1.5× mata untuk semua'),
    description: t(
      'From next week every order earns one and a half times the points, across all product lines.',
      'ตั้งแต่สัปดาห์หน้า ทุกคำสั่งซื้อได้รับคะแนน 1.5 เท่าในทุกกลุ่มสินค้า',
      'Fra neste uke gir hver ordre halvannen gang så mange poeng, på alle produktlinjer.',
      'Mulai minggu depan setiap pesanan memperoleh mata 1.5 kali ganda bagi semua barisan produk.',
    ),
    productGroups: [],
    multiplierPct: 150,
    extraDiscountPct: null,
    startsInDays: 5,
    endsInDays: 40,
  },
  {
    id: 'promo_spring_anchors',
    title: t('Spring anchor drive', 'แคมเปญพุกต้อนรับฤดูใบไม้ผลิ', 'Vårkampanje for ankere', 'Kempen sauh musim bunga'),
    description: t(
      'Extra points on chemical and mechanical anchors.',
      'คะแนนพิเศษสำหรับพุกเคมีและพุกกล',
      'Ekstra poeng på kjemiske og mekaniske ankere.',
      'Mata tambahan untuk sauh kimia dan mekanikal.',
    ),
    productGroups: ['fasteners'],
    multiplierPct: 150,
    extraDiscountPct: null,
    startsInDays: 60,
    endsInDays: 90,
  },
];

export const CHALLENGE = {
  title: t('New partner sprint', 'การแข่งขันพาร์ทเนอร์ใหม่', 'Sprint for nye partnere', 'Pecutan rakan kongsi baharu'),
  description: t(
    'Earn the most points this month. Open to partners in their first six months.',
    'สะสมคะแนนให้ได้มากที่สุดในเดือนนี้ สำหรับพาร์ทเนอร์ที่เข้าร่วมไม่เกินหกเดือน',
    'Tjen flest poeng denne måneden. Åpen for partnere i de første seks månedene.',
    'Kumpul mata paling banyak bulan ini. Terbuka kepada rakan kongsi dalam enam bulan pertama.',
  ),
  eligibility: t(
    'Partners who joined in the last six months',
    'พาร์ทเนอร์ที่เข้าร่วมภายในหกเดือนที่ผ่านมา',
    'Partnere som ble med de siste seks månedene',
    'Rakan kongsi yang menyertai dalam enam bulan lalu',
  ),
  prizes: [
    { rank: 1, label: t('2,000 bonus points', 'คะแนนโบนัส 2,000', '2 000 bonuspoeng', '2,000 mata bonus'), points: 2000 },
    { rank: 2, label: t('1,000 bonus points', 'คะแนนโบนัส 1,000', '1 000 bonuspoeng', '1,000 mata bonus'), points: 1000 },
    { rank: 3, label: t('500 bonus points', 'คะแนนโบนัส 500', '500 bonuspoeng', '500 mata bonus'), points: 500 },
  ],
};

export interface ReferralDefinition {
  /** The referring partner's key (see demo-partners). */
  by: string;
  companyName: string;
  domain: string;
  contactName: string;
  contactEmail: string;
  phone?: string;
  note?: string;
  submittedDaysAgo: number;
  /** The path the supplier took, each step some days after the previous one. */
  path: ('QUALIFIED' | 'CONVERTED' | 'REWARDED' | 'REJECTED')[];
  rejection?: ReferralRejectionReason;
  rewardPoints?: number;
}

export const REFERRALS: ReferralDefinition[] = [
  { by: 'nordic_hardware', companyName: 'Drammen Byggmarked AS', domain: 'drammenbygg.no', contactName: 'Trond Lunde', contactEmail: 'trond@drammenbygg.no', phone: '+47 32 21 40 00', note: 'Wants XR18 demo kits for two stores.', submittedDaysAgo: 150, path: ['QUALIFIED', 'CONVERTED', 'REWARDED'], rewardPoints: 2500 },
  { by: 'nordic_hardware', companyName: 'Hamar Maskin og Verktøy', domain: 'hamarmaskin.no', contactName: 'Line Strand', contactEmail: 'line.strand@hamarmaskin.no', submittedDaysAgo: 40, path: ['QUALIFIED', 'CONVERTED'] },
  { by: 'nordic_hardware', companyName: 'Lillehammer Fritid', domain: 'lillehammerfritid.no', contactName: 'Ove Brekke', contactEmail: 'ove@lillehammerfritid.no', submittedDaysAgo: 12, path: ['QUALIFIED'] },
  { by: 'nordic_hardware', companyName: 'Gjøvik Hobby', domain: 'gjovikhobby.no', contactName: 'Eva Holm', contactEmail: 'eva@gjovikhobby.no', note: 'Small hobby shop, mostly hand tools.', submittedDaysAgo: 60, path: ['REJECTED'], rejection: 'NOT_QUALIFIED' },
  { by: 'nordic_hardware', companyName: 'Kongsberg Industriservice', domain: 'kongsberg-industri.no', contactName: 'Bjørn Aas', contactEmail: 'bjorn.aas@kongsberg-industri.no', submittedDaysAgo: 2, path: [] },
  { by: 'siam_builders', companyName: 'Rayong Industrial Supply', domain: 'rayongsupply.co.th', contactName: 'Prasert Kongkaew', contactEmail: 'prasert@rayongsupply.co.th', phone: '+66 38 611 200', submittedDaysAgo: 210, path: ['QUALIFIED', 'CONVERTED', 'REWARDED'], rewardPoints: 3000 },
  { by: 'siam_builders', companyName: 'Hat Yai Hardware', domain: 'hatyaihardware.co.th', contactName: 'Sunisa Maneerat', contactEmail: 'sunisa@hatyaihardware.co.th', submittedDaysAgo: 25, path: ['QUALIFIED'] },
  { by: 'siam_builders', companyName: 'Chonburi Tools', domain: 'chonburitools.co.th', contactName: 'Anan Sukjai', contactEmail: 'anan@chonburitools.co.th', note: 'Already buys from our distributor in Bangkok.', submittedDaysAgo: 95, path: ['REJECTED'], rejection: 'OTHER' },
  { by: 'klang_hardware', companyName: 'Shah Alam Bina Sdn Bhd', domain: 'shahalambina.com.my', contactName: 'Mohd Azlan', contactEmail: 'azlan@shahalambina.com.my', submittedDaysAgo: 8, path: [] },
  { by: 'klang_hardware', companyName: 'Seremban Perkakasan', domain: 'serembanperkakasan.com.my', contactName: 'Lee Mei Ling', contactEmail: 'meiling@serembanperkakasan.com.my', submittedDaysAgo: 120, path: ['QUALIFIED', 'CONVERTED', 'REWARDED'], rewardPoints: 2000 },
  { by: 'riverside_tools', companyName: 'Bayside Builders Warehouse', domain: 'baysidebuilders.com.au', contactName: 'Chloe Adams', contactEmail: 'chloe@baysidebuilders.com.au', submittedDaysAgo: 33, path: ['QUALIFIED', 'CONVERTED'] },
  { by: 'riverside_tools', companyName: 'Outback Hire Co', domain: 'outbackhire.com.au', contactName: 'Sam Reid', contactEmail: 'sam@outbackhire.com.au', submittedDaysAgo: 4, path: [] },
  { by: 'harbour_trade', companyName: 'Dockside Fixings', domain: 'docksidefixings.co.uk', contactName: 'Tom Hughes', contactEmail: 'tom@docksidefixings.co.uk', submittedDaysAgo: 70, path: ['REJECTED'], rejection: 'DUPLICATE' },
  { by: 'kota_bharu', companyName: 'Kelantan Binaan', domain: 'kelantanbinaan.com.my', contactName: 'Roslan Ali', contactEmail: 'roslan@kelantanbinaan.com.my', submittedDaysAgo: 15, path: ['QUALIFIED'] },
];

/** Comments partners leave with their NPS score, by sentiment. */
export const NPS_COMMENTS = {
  promoter: [
    'Fast delivery and the points add up quickly.',
    'The XR18 training made our staff much more confident.',
    'Ordering is easy and the account manager answers the same day.',
    'Rewards catalogue has things our team actually wants.',
  ],
  passive: [
    'Good products, but the catalogue PDF is hard to find.',
    'Fine overall; payouts could be faster.',
    'Would like more material in Thai.',
  ],
  detractor: [
    'Two late deliveries this quarter.',
    'Points expire too soon for a small shop like ours.',
    'Support takes days to reply.',
  ],
};
