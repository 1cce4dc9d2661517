/**
 * The demo's partner companies: resellers of Nordlys Tools in Thailand, Norway, Malaysia and a
 * few English-speaking markets. Annual spend is chosen so every tier is populated and some
 * partners sit just below a threshold (the progress bar has something to say). Partners that
 * joined recently are the ones the "new partner" challenge is for.
 */

export type Market = 'th' | 'nb' | 'ms' | 'en';

export interface PartnerDefinition {
  /** Suffix of the ids: ptn_<key>, mem_<key>_owner, mem_<key>_<staff first name>. */
  key: string;
  name: string;
  domain: string;
  market: Market;
  joinedMonthsAgo: number;
  /** Days instead of months, for the partner that joined last week. */
  joinedDaysAgo?: number;
  /** Purchase volume per year in whole USD; 0 = no orders yet. */
  annualSpendUsd: number;
  owner: string;
  staff: string[];
  leaderboardOptIn: boolean;
}

export const PARTNERS: PartnerDefinition[] = [
  // Platinum (≥ $150,000 in the rolling 12 months)
  { key: 'siam_builders', name: 'Siam Builders Supply Co., Ltd.', domain: 'siambuilders.co.th', market: 'th', joinedMonthsAgo: 40, annualSpendUsd: 240_000, owner: 'Somchai Wongsakul', staff: ['Niran Chaiyaporn', 'Pimchanok Srisuk', 'Kittipong Rattana'], leaderboardOptIn: true },
  { key: 'fjord_industri', name: 'Fjord Industri AS', domain: 'fjordindustri.no', market: 'nb', joinedMonthsAgo: 30, annualSpendUsd: 190_000, owner: 'Ingrid Haugen', staff: ['Lars Nilsen', 'Marte Berg'], leaderboardOptIn: true },
  { key: 'klang_hardware', name: 'Klang Valley Hardware Sdn Bhd', domain: 'klanghardware.com.my', market: 'ms', joinedMonthsAgo: 26, annualSpendUsd: 168_000, owner: 'Ahmad Faizal', staff: ['Nurul Huda', 'Tan Wei Ming'], leaderboardOptIn: false },
  // Gold (≥ $50,000)
  { key: 'nordic_hardware', name: 'Nordic Hardware AS', domain: 'nordichardware.no', market: 'nb', joinedMonthsAgo: 22, annualSpendUsd: 84_000, owner: 'Kari Nordmann', staff: ['Ola Johansen', 'Sofie Lie'], leaderboardOptIn: true },
  { key: 'penang_fasteners', name: 'Penang Fastener Trading', domain: 'penangfasteners.com.my', market: 'ms', joinedMonthsAgo: 15, annualSpendUsd: 128_000, owner: 'Lim Chee Keong', staff: ['Siti Aminah'], leaderboardOptIn: true },
  { key: 'chiang_mai_tools', name: 'Chiang Mai Tool Center', domain: 'cmtoolcenter.co.th', market: 'th', joinedMonthsAgo: 18, annualSpendUsd: 62_000, owner: 'Arunee Boonmee', staff: ['Thanawat Kaewkan'], leaderboardOptIn: false },
  { key: 'bergen_bygg', name: 'Bergen Byggevare AS', domain: 'bergenbyggevare.no', market: 'nb', joinedMonthsAgo: 20, annualSpendUsd: 56_000, owner: 'Eirik Solberg', staff: ['Hanne Dahl', 'Jonas Bakke'], leaderboardOptIn: false },
  { key: 'harbour_trade', name: 'Harbour Trade Supplies Ltd', domain: 'harbourtrade.co.uk', market: 'en', joinedMonthsAgo: 24, annualSpendUsd: 71_000, owner: 'Grace Whitfield', staff: ['Daniel Okafor'], leaderboardOptIn: true },
  // Silver (≥ $10,000)
  { key: 'trondheim_verktoy', name: 'Trondheim Verktøy AS', domain: 'trondheimverktoy.no', market: 'nb', joinedMonthsAgo: 16, annualSpendUsd: 44_000, owner: 'Siri Moe', staff: ['Per Hansen'], leaderboardOptIn: false },
  { key: 'riverside_tools', name: 'Riverside Tool Hire', domain: 'riversidetoolhire.com.au', market: 'en', joinedMonthsAgo: 17, annualSpendUsd: 35_000, owner: 'Liam Carter', staff: ['Mia Nguyen'], leaderboardOptIn: true },
  { key: 'lanna_home', name: 'Lanna Home & Garden', domain: 'lannahome.co.th', market: 'th', joinedMonthsAgo: 14, annualSpendUsd: 28_000, owner: 'Malee Inthanon', staff: ['Chatchai Phromma'], leaderboardOptIn: false },
  { key: 'ipoh_builders', name: 'Ipoh Builders Mart', domain: 'ipohbuilders.com.my', market: 'ms', joinedMonthsAgo: 13, annualSpendUsd: 19_000, owner: 'Rajesh Kumar', staff: ['Farah Aziz'], leaderboardOptIn: false },
  { key: 'pattaya_marine', name: 'Pattaya Marine Hardware', domain: 'pattayamarine.co.th', market: 'th', joinedMonthsAgo: 12, annualSpendUsd: 13_000, owner: 'Wichai Saelim', staff: [], leaderboardOptIn: false },
  // Bronze
  { key: 'korat_depot', name: 'Korat Depot', domain: 'koratdepot.co.th', market: 'th', joinedMonthsAgo: 10, annualSpendUsd: 9_400, owner: 'Supaporn Jaidee', staff: ['Anan Sukjai'], leaderboardOptIn: false },
  { key: 'tromso_arctic', name: 'Tromsø Arctic Supply', domain: 'tromsoarctic.no', market: 'nb', joinedMonthsAgo: 9, annualSpendUsd: 6_500, owner: 'Nils Eriksen', staff: [], leaderboardOptIn: false },
  { key: 'kota_bharu', name: 'Kota Bharu Perkakas', domain: 'kbperkakas.com.my', market: 'ms', joinedMonthsAgo: 8, annualSpendUsd: 4_200, owner: 'Zainab Ismail', staff: [], leaderboardOptIn: false },
  // New partners: the monthly challenge is for them (joined in the last six months).
  { key: 'greenfield_depot', name: 'Greenfield Depot', domain: 'greenfielddepot.co.nz', market: 'en', joinedMonthsAgo: 5, annualSpendUsd: 22_000, owner: 'Olivia Brown', staff: ['Jack Wilson'], leaderboardOptIn: true },
  { key: 'phuket_build', name: 'Phuket Build Mart', domain: 'phuketbuild.co.th', market: 'th', joinedMonthsAgo: 3, annualSpendUsd: 30_000, owner: 'Narong Thongdee', staff: ['Ploy Sangthong'], leaderboardOptIn: true },
  { key: 'stavanger_pro', name: 'Stavanger Proffsenter AS', domain: 'stavangerproff.no', market: 'nb', joinedMonthsAgo: 2, annualSpendUsd: 26_000, owner: 'Astrid Larsen', staff: [], leaderboardOptIn: true },
  { key: 'melaka_hardware', name: 'Melaka Hardware Hub', domain: 'melakahardware.com.my', market: 'ms', joinedMonthsAgo: 1, annualSpendUsd: 24_000, owner: 'Hafiz Rahman', staff: ['Aishah Yusof'], leaderboardOptIn: false },
  { key: 'alesund_bygg', name: 'Ålesund Bygg AS', domain: 'alesundbygg.no', market: 'nb', joinedMonthsAgo: 0, joinedDaysAgo: 5, annualSpendUsd: 0, owner: 'Henrik Aasen', staff: [], leaderboardOptIn: false },
];

export const partnerId = (key: string) => `ptn_${key}`;
export const ownerId = (key: string) => `mem_${key}_owner`;
export const staffId = (key: string, name: string) =>
  `mem_${key}_${name
    .split(' ')[0]!
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase()}`;

/**
 * The people a demo visitor can "view as": one per tier, the new partner with no orders, and
 * a member of staff (not an owner). Their data is what the browser tests assert on.
 */
export const DEMO_PERSONAS = [
  { key: 'platinum', partnerId: partnerId('siam_builders'), memberId: ownerId('siam_builders'), tier: 'PLATINUM', locale: 'th' },
  { key: 'gold', partnerId: partnerId('nordic_hardware'), memberId: ownerId('nordic_hardware'), tier: 'GOLD', locale: 'nb' },
  { key: 'silver', partnerId: partnerId('riverside_tools'), memberId: ownerId('riverside_tools'), tier: 'SILVER', locale: 'en' },
  { key: 'bronze', partnerId: partnerId('kota_bharu'), memberId: ownerId('kota_bharu'), tier: 'BRONZE', locale: 'ms' },
  { key: 'new', partnerId: partnerId('alesund_bygg'), memberId: ownerId('alesund_bygg'), tier: 'BRONZE', locale: 'nb' },
  { key: 'staff', partnerId: partnerId('nordic_hardware'), memberId: staffId('nordic_hardware', 'Ola Johansen'), tier: 'GOLD', locale: 'en' },
] as const;

export type DemoPersona = (typeof DEMO_PERSONAS)[number];
