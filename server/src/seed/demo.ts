import { sql, type Kysely } from 'kysely';
import { GraphQLError } from 'graphql';
import type { Database, ProgramRow, RedemptionStatus } from '../store/tables.js';
import { addDays, addMonths, quarterKey, startOfQuarter } from '../domain/time.js';
import { settleAll } from '../ledger/ledger.js';
import { recordNpsAnswer } from '../services/feedback.js';
import { createMember, createPartner } from '../services/partners.js';
import { ingestOrder, refundOrder } from '../services/orders.js';
import { redeemReward, updateRedemptionStatus } from '../services/redemptions.js';
import { submitReferral, updateReferralStatus } from '../services/referrals.js';
import { createRandom, type Random } from './random.js';
import { PARTNERS, ownerId, partnerId, staffId, type PartnerDefinition } from './demo-partners.js';
import { seedCatalog, REWARDS, rewardId } from './demo-catalog.js';
import { COURSES, seedTraining, type CourseProgressPlan } from './demo-training.js';
import { seedMaterials } from './demo-materials.js';
import { CHALLENGE, NPS_COMMENTS, PRODUCT_GROUP_NAMES, PROMOTIONS, REFERRALS } from './demo-engagement.js';
import { t } from './text.js';

export { DEMO_PERSONAS } from './demo-partners.js';

/** A member as the seed modules need them. */
export interface SeedMember {
  id: string;
  partnerId: string;
  joinedAt: Date;
}

/**
 * Something that moves points. Events from every module run in time order, each with its own
 * moment as "now", so tiers, multipliers, pending periods and expiry come out as they would
 * have in a year of real use.
 */
export interface SeedEvent {
  at: Date;
  label: string;
  run: () => Promise<unknown>;
}


const PRODUCT_GROUPS = ['power-tools', 'hand-tools', 'fasteners', 'safety', 'accessories'] as const;
/** Share of a partner's spend per product group (power tools carry the range). */
const GROUP_WEIGHTS = [45, 15, 20, 12, 8];
/** The typical order by tier, in USD: big partners order in bigger lots. */
const TYPICAL_ORDER_USD = [600, 1_400, 2_600, 4_200];

export async function isSeeded(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('program').select('id').executeTakeFirst()) !== undefined;
}

/**
 * Seeds the demo program relative to `now`: the same `now` gives the same program, partners,
 * balances and history (generated ids aside).
 */
export async function seedDemo(db: Kysely<Database>, options: { now: Date }): Promise<Record<string, number>> {
  const now = new Date(options.now.getTime());
  const rng = createRandom('partner-portal-kit demo');
  const program = await seedProgram(db);
  const tierIds = { BRONZE: 'tier_bronze', SILVER: 'tier_silver', GOLD: 'tier_gold', PLATINUM: 'tier_platinum' };

  const members = await seedPartners(db, now);
  const catalog = await seedCatalog(db, { now, rng, tierIds });
  const materials = await seedMaterials(db, { now, rng, members });
  const training = await seedTraining(db, {
    now,
    rng,
    program,
    members,
    progress: trainingPlan(rng, members, now),
    registrations: [
      { webinarId: 'web_xr18_lineup', memberId: ownerId('nordic_hardware') },
      { webinarId: 'web_battery_safety', memberId: ownerId('nordic_hardware') },
    ],
  });
  await seedPromotions(db, now);

  const orders = orderEvents(db, program, rng, now);
  const redemptions = redemptionEvents(db, program, rng, members, now);
  const referrals = referralEvents(db, program, rng, now);
  const nps = npsEvents(db, program, rng, members, now);
  const events: SeedEvent[] = [...orders, ...redemptions.events, ...referrals, ...nps, ...training.events, ...nightlyExpiry(db, now)];
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) {
    try {
      await event.run();
    } catch (error) {
      // A redemption the partner couldn't afford at that moment simply didn't happen.
      if (error instanceof GraphQLError && EXPECTED_REFUSALS.has(String(error.extensions['code']))) continue;
      throw new Error(`demo seed failed at ${event.label} (${event.at.toISOString()}): ${(error as Error).message}`, { cause: error });
    }
  }
  await settleAll(db, now);
  // A year of data just arrived: the planner's statistics are gathered now rather than whenever
  // autovacuum (PostgreSQL) or the next start (PGlite) gets to it.
  await sql`ANALYZE`.execute(db);

  return {
    tiers: 4,
    partners: PARTNERS.length,
    members: members.length,
    orders: orders.length,
    rewards: catalog.rewards,
    redemptions: redemptions.placed(),
    courses: training.courses,
    lessons: training.lessons,
    webinars: training.webinars,
    materials: materials.materials,
    referrals: REFERRALS.length,
    promotions: PROMOTIONS.length,
    npsAnswers: nps.length,
  };
}

const EXPECTED_REFUSALS = new Set(['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'TIER_REQUIRED', 'NOT_AVAILABLE']);

async function seedProgram(db: Kysely<Database>): Promise<ProgramRow> {
  const program = await db
    .insertInto('program')
    .values({
      id: 'program',
      name: 'Nordlys Tools Partner Program',
      currency: 'USD',
      points_per_unit: 1,
      expiry_months: 12,
      pending_days: 14,
      locales: JSON.stringify(['en', 'th', 'nb', 'ms']),
      volume_ladder: JSON.stringify([
        { thresholdMinor: 500_000, percent: 5 },
        { thresholdMinor: 1_000_000, percent: 10 },
      ]),
      tenure_perks: JSON.stringify([
        { code: 'FAST_PAYOUT', minMonths: 6, label: t('Fast payout of rebates', 'รับเงินคืนรวดเร็ว', 'Rask utbetaling av bonus', 'Pembayaran rebat pantas') },
        { code: 'CO_MARKETING', minMonths: 24, label: t('Co-marketing budget', 'งบการตลาดร่วม', 'Felles markedsføringsbudsjett', 'Bajet pemasaran bersama') },
      ]),
      nps_points: 50,
      referral_reward_points: 2500,
      nps_question: JSON.stringify(
        t(
          'How likely are you to recommend Nordlys Tools to a colleague?',
          'คุณมีแนวโน้มจะแนะนำ Nordlys Tools ให้เพื่อนร่วมงานมากน้อยเพียงใด',
          'Hvor sannsynlig er det at du vil anbefale Nordlys Tools til en kollega?',
          'Sejauh manakah anda akan mengesyorkan Nordlys Tools kepada rakan sekerja?',
        ),
      ),
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  const support = t('Priority support line', 'สายด่วนบริการลูกค้าพิเศษ', 'Prioritert kundestøtte', 'Talian sokongan keutamaan');
  const manager = t('Dedicated account manager', 'ผู้จัดการบัญชีส่วนตัว', 'Egen kundeansvarlig', 'Pengurus akaun khusus');
  const demoKits = t('Free demo kits each quarter', 'ชุดสาธิตฟรีทุกไตรมาส', 'Gratis demosett hvert kvartal', 'Kit demo percuma setiap suku tahun');
  const tiers = [
    { code: 'BRONZE', name: t('Bronze', 'บรอนซ์', 'Bronse', 'Gangsa'), threshold: 0, mult: 100, discount: 0, color: '#A0643B', benefits: [] },
    { code: 'SILVER', name: t('Silver', 'ซิลเวอร์', 'Sølv', 'Perak'), threshold: 1_000_000, mult: 125, discount: 3, color: '#7D8B96', benefits: [] },
    { code: 'GOLD', name: t('Gold', 'โกลด์', 'Gull', 'Emas'), threshold: 5_000_000, mult: 150, discount: 5, color: '#B8860B', benefits: [{ code: 'PRIORITY_SUPPORT', label: support }] },
    {
      code: 'PLATINUM',
      name: t('Platinum', 'แพลทินัม', 'Platina', 'Platinum'),
      threshold: 15_000_000,
      mult: 200,
      discount: 8,
      color: '#4F5D75',
      benefits: [
        { code: 'PRIORITY_SUPPORT', label: support },
        { code: 'ACCOUNT_MANAGER', label: manager },
        { code: 'DEMO_KITS', label: demoKits },
      ],
    },
  ];
  await db
    .insertInto('tiers')
    .values(
      tiers.map((tier, rank) => ({
        id: `tier_${tier.code.toLowerCase()}`,
        code: tier.code,
        name: JSON.stringify(tier.name),
        rank,
        threshold_minor: tier.threshold,
        multiplier_pct: tier.mult,
        discount_pct: tier.discount,
        color: tier.color,
        benefits: JSON.stringify(tier.benefits),
      })),
    )
    .execute();
  return program;
}

function joinedAt(partner: PartnerDefinition, now: Date): Date {
  return partner.joinedDaysAgo !== undefined ? addDays(now, -partner.joinedDaysAgo) : addMonths(now, -partner.joinedMonthsAgo);
}

async function seedPartners(db: Kysely<Database>, now: Date): Promise<SeedMember[]> {
  const members: SeedMember[] = [];
  for (const partner of PARTNERS) {
    const joined = joinedAt(partner, now);
    await createPartner(db, { id: partnerId(partner.key), name: partner.name, domain: partner.domain, joinedAt: joined, leaderboardOptIn: partner.leaderboardOptIn });
    const people = [
      { id: ownerId(partner.key), name: partner.owner, role: 'OWNER' as const },
      ...partner.staff.map((name) => ({ id: staffId(partner.key, name), name, role: 'STAFF' as const })),
    ];
    for (const person of people) {
      const local = person.name.split(' ')[0]!.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();
      await createMember(db, { id: person.id, partnerId: partnerId(partner.key), name: person.name, email: `${local}@${partner.domain}`, role: person.role });
      members.push({ id: person.id, partnerId: partnerId(partner.key), joinedAt: joined });
    }
  }
  return members;
}

/** Partner tier by planned spend: decides order sizes, not the tier itself (the ledger does). */
function plannedTierRank(annualUsd: number): number {
  return annualUsd >= 150_000 ? 3 : annualUsd >= 50_000 ? 2 : annualUsd >= 10_000 ? 1 : 0;
}

function orderEvents(db: Kysely<Database>, program: ProgramRow, rng: Random, now: Date): SeedEvent[] {
  const events: SeedEvent[] = [];
  const historyStart = addMonths(now, -14);
  for (const partner of PARTNERS) {
    if (partner.annualSpendUsd === 0) continue;
    const joined = joinedAt(partner, now);
    const start = joined > historyStart ? joined : historyStart;
    const people = [ownerId(partner.key), ...partner.staff.map((name) => staffId(partner.key, name))];
    const typical = TYPICAL_ORDER_USD[plannedTierRank(partner.annualSpendUsd)]!;
    let sequence = 0;
    for (let monthStart = start; monthStart < now; monthStart = addDays(monthStart, 30)) {
      const monthEnd = new Date(Math.min(addDays(monthStart, 30).getTime(), now.getTime()));
      const fraction = (monthEnd.getTime() - monthStart.getTime()) / (30 * 86_400_000);
      const budgetUsd = (partner.annualSpendUsd / 12) * fraction * rng.float(0.85, 1.15);
      const count = Math.max(1, Math.round(budgetUsd / typical));
      for (let i = 0; i < count; i++) {
        const orderedAt = new Date(monthStart.getTime() + rng.next() * (monthEnd.getTime() - monthStart.getTime()));
        if (orderedAt >= now) continue;
        const totalCents = Math.round((budgetUsd / count) * rng.float(0.7, 1.3) * 100);
        const lines = splitIntoLines(rng, totalCents);
        const orderId = `NL-${partner.market.toUpperCase()}-${partner.key.slice(0, 4).toUpperCase()}-${String(++sequence).padStart(4, '0')}`;
        const memberId = rng.pick(people);
        events.push({
          at: orderedAt,
          label: `order ${orderId}`,
          run: () => ingestOrder(db, program, { orderId, partnerId: partnerId(partner.key), memberId, orderedAt, currency: 'USD', lines }, orderedAt),
        });
        // Now and then goods come back: the refund reverses that order's points.
        const refundedAt = addDays(orderedAt, rng.int(3, 25));
        if (rng.chance(0.025) && refundedAt < now) {
          events.push({ at: refundedAt, label: `refund of ${orderId}`, run: () => refundOrder(db, orderId, refundedAt) });
        }
      }
    }
  }
  return events;
}

function splitIntoLines(rng: Random, totalCents: number) {
  const groups = rng.sample(PRODUCT_GROUPS, rng.int(1, 3));
  const weights = groups.map((g) => GROUP_WEIGHTS[PRODUCT_GROUPS.indexOf(g)]! * rng.float(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = totalCents;
  return groups.map((productGroup, i) => {
    const amountMinor = i === groups.length - 1 ? left : Math.max(100, Math.round((totalCents * weights[i]!) / sum));
    left -= amountMinor;
    return { productGroup, amountMinor };
  });
}

/**
 * Partners spend points a few times a year on what they can afford; fulfilment moves on over
 * the following days, and now and then a redemption is cancelled.
 */
function redemptionEvents(db: Kysely<Database>, program: ProgramRow, rng: Random, members: SeedMember[], now: Date) {
  const events: SeedEvent[] = [];
  let placed = 0;
  const everyday = REWARDS.filter((r) => !r.season && !r.tier && r.stock !== 0);
  const gated = REWARDS.filter((r) => r.tier && !r.season && r.stock !== 0);
  for (const partner of PARTNERS) {
    if (partner.annualSpendUsd === 0) continue;
    const people = members.filter((m) => m.partnerId === partnerId(partner.key));
    const joined = joinedAt(partner, now);
    const rank = plannedTierRank(partner.annualSpendUsd);
    const count = partner.key === 'nordic_hardware' ? 6 : rng.int(1 + rank, 2 + 2 * rank);
    for (let i = 0; i < count; i++) {
      const earliest = Math.max(addDays(joined, 45).getTime(), addMonths(now, -11).getTime());
      if (earliest >= now.getTime()) break;
      // The gold persona's last redemptions are recent so every fulfilment state shows.
      const at =
        partner.key === 'nordic_hardware' && i >= 3
          ? addDays(now, -(i - 2) * 3 - 1)
          : new Date(earliest + rng.next() * (addDays(now, -1).getTime() - earliest));
      const reward = rank >= 2 && rng.chance(0.3) && gated.length > 0 ? rng.pick(gated) : rng.pick(everyday);
      const member = rng.pick(people);
      const key = `seed-${member.id}-${i}-${rng.token(6)}`;
      const age = (now.getTime() - at.getTime()) / 86_400_000;
      const path: RedemptionStatus[] = rng.chance(0.08)
        ? ['CANCELLED']
        : age > 12
          ? ['SHIPPED', 'DELIVERED']
          : age > 4
            ? ['SHIPPED']
            : [];
      let redemptionId: string | null = null;
      events.push({
        at,
        label: `redemption of ${reward.sku} by ${member.id}`,
        run: async () => {
          const { redemption } = await redeemReward(
            db,
            program,
            { partnerId: member.partnerId, memberId: member.id, rewardId: rewardId(reward.sku), quantity: 1, idempotencyKey: key, note: null },
            at,
          );
          redemptionId = redemption.id;
          placed++;
        },
      });
      path.forEach((status, step) => {
        const stepAt = addDays(at, status === 'CANCELLED' ? 1 : step === 0 ? 3 : 9);
        if (stepAt >= now) return;
        events.push({
          at: stepAt,
          label: `redemption ${status.toLowerCase()} for ${member.id}`,
          run: async () => {
            if (redemptionId) await updateRedemptionStatus(db, program, redemptionId, status, stepAt);
          },
        });
      });
    }
  }
  return { events, placed: () => placed };
}

function referralEvents(db: Kysely<Database>, program: ProgramRow, rng: Random, now: Date): SeedEvent[] {
  const events: SeedEvent[] = [];
  for (const referral of REFERRALS) {
    const submittedAt = addDays(now, -referral.submittedDaysAgo);
    submittedAt.setUTCHours(rng.int(2, 9), rng.int(0, 59));
    if (submittedAt >= now) submittedAt.setTime(now.getTime() - 3_600_000);
    let referralId: string | null = null;
    events.push({
      at: submittedAt,
      label: `referral of ${referral.domain}`,
      run: async () => {
        const row = await submitReferral(
          db,
          program,
          { partnerId: partnerId(referral.by), memberId: ownerId(referral.by) },
          {
            companyName: referral.companyName,
            domain: referral.domain,
            contactName: referral.contactName,
            contactEmail: referral.contactEmail,
            phone: referral.phone ?? null,
            note: referral.note ?? null,
            consent: true,
          },
          submittedAt,
        );
        referralId = row.id;
      },
    });
    let at = submittedAt;
    for (const status of referral.path) {
      at = addDays(at, rng.int(2, Math.max(2, Math.floor(referral.submittedDaysAgo / (referral.path.length + 1)))));
      if (at >= now) at = new Date(now.getTime() - 60_000);
      const stepAt = at;
      events.push({
        at: stepAt,
        label: `referral of ${referral.domain} ${status.toLowerCase()}`,
        run: () =>
          updateReferralStatus(
            db,
            program,
            {
              referralId: referralId!,
              status,
              rejectionReason: status === 'REJECTED' ? referral.rejection! : null,
              rewardPoints: status === 'REWARDED' ? referral.rewardPoints! : null,
            },
            stepAt,
          ),
      });
    }
  }
  return events;
}

/**
 * About two thirds of members answer each quarter's survey; scores lean positive, as they do
 * in a program people stay in. The gold persona's owner hasn't answered this quarter yet, so
 * the demo shows the survey.
 */
function npsEvents(db: Kysely<Database>, program: ProgramRow, rng: Random, members: SeedMember[], now: Date): SeedEvent[] {
  const events: SeedEvent[] = [];
  for (let quartersAgo = 3; quartersAgo >= 0; quartersAgo--) {
    const quarterStart = startOfQuarter(addMonths(startOfQuarter(now), -3 * quartersAgo));
    const period = quarterKey(quarterStart);
    for (const member of members) {
      if (member.joinedAt > quarterStart && quartersAgo > 0) continue;
      if (quartersAgo === 0 && member.id === ownerId('nordic_hardware')) continue;
      if (!rng.chance(0.65)) continue;
      const from = Math.max(quarterStart.getTime(), member.joinedAt.getTime());
      const until = Math.min(addMonths(quarterStart, 3).getTime(), now.getTime());
      if (from >= until) continue;
      const at = new Date(from + rng.next() * (until - from));
      const score = rng.weighted([
        [10, 22],
        [9, 30],
        [8, 16],
        [7, 10],
        [6, 7],
        [5, 5],
        [4, 4],
        [3, 3],
        [2, 2],
        [0, 1],
      ] as const);
      const mood = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
      const comment = rng.chance(0.4) ? rng.pick(NPS_COMMENTS[mood]) : null;
      events.push({
        at,
        label: `nps ${period} by ${member.id}`,
        run: () => recordNpsAnswer(db, program, { partnerId: member.partnerId, memberId: member.id }, { score, comment }, at),
      });
    }
  }
  return events;
}

/** The supplier's nightly job: releases pending points and expires old ones on time. */
function nightlyExpiry(db: Kysely<Database>, now: Date): SeedEvent[] {
  const events: SeedEvent[] = [];
  for (let at = addMonths(now, -14); at < now; at = addDays(at, 7)) {
    const moment = new Date(at.getTime());
    events.push({ at: moment, label: 'weekly settlement', run: () => settleAll(db, moment) });
  }
  return events;
}

function trainingPlan(rng: Random, members: SeedMember[], now: Date): CourseProgressPlan[] {
  const plan: CourseProgressPlan[] = [];
  const persona = ownerId('nordic_hardware');
  // The gold persona: two courses done, one half-way, the rest not started.
  plan.push({ memberId: persona, courseId: 'crs_xr18_platform', completedDaysAgo: 120 });
  plan.push({ memberId: persona, courseId: 'crs_site_safety', completedDaysAgo: 35 });
  plan.push({ memberId: persona, courseId: 'crs_battery_care', lessonsDone: 1, activeDaysAgo: 2 });
  for (const member of members) {
    if (member.id === persona) continue;
    const tenureDays = Math.floor((now.getTime() - member.joinedAt.getTime()) / 86_400_000);
    for (const course of rng.sample(COURSES, rng.int(0, 4))) {
      if (rng.chance(0.6) && tenureDays > 20) {
        plan.push({ memberId: member.id, courseId: course.id, completedDaysAgo: rng.int(3, Math.min(330, tenureDays - 2)) });
      } else {
        plan.push({ memberId: member.id, courseId: course.id, lessonsDone: rng.int(1, 3), activeDaysAgo: rng.int(1, 20) });
      }
    }
  }
  return plan;
}

async function seedPromotions(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .insertInto('product_groups')
    .values(PRODUCT_GROUP_NAMES.map((group, position) => ({ code: group.code, name: JSON.stringify(group.name), position })))
    .execute();
  await db
    .insertInto('promotions')
    .values(
      PROMOTIONS.map((p) => ({
        id: p.id,
        title: JSON.stringify(p.title),
        description: JSON.stringify(p.description),
        product_groups: JSON.stringify(p.productGroups),
        points_multiplier_pct: p.multiplierPct,
        extra_discount_pct: p.extraDiscountPct,
        starts_at: dayStart(addDays(now, p.startsInDays)),
        ends_at: dayStart(addDays(now, p.endsInDays)),
      })),
    )
    .execute();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const monthName = monthStart.toISOString().slice(0, 7);
  await db
    .insertInto('challenges')
    .values({
      id: `chl_new_partner_${monthName.replace('-', '_')}`,
      title: JSON.stringify(CHALLENGE.title),
      description: JSON.stringify(CHALLENGE.description),
      eligibility: JSON.stringify(CHALLENGE.eligibility),
      metric: 'POINTS_EARNED',
      max_tenure_months: 6,
      starts_at: monthStart,
      ends_at: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
      prizes: JSON.stringify(CHALLENGE.prizes),
    })
    .execute();
}

function dayStart(date: Date): Date {
  const d = new Date(date.getTime());
  d.setUTCHours(0, 0, 0, 0);
  return d;
}
