// Hostile text from the server renders as text in every widget. The supplier's admin API (or a
// partner's own input: referral notes, member names) stores classic XSS payloads; the widgets
// show them, and nothing runs: no payload sets its flag, no element with an event handler
// attribute, no <script>, no javascript: link appears in any shadow root.
import { expect, html } from '@open-wc/testing';
import { untilReady } from './support/dom.js';
import { admin, asMember, createPartner, initialNow, uniqueId } from './support/loyalty.js';
import { inPortal, settle } from './support/mount.js';

declare global {
  interface Window {
    __xss?: string;
  }
}

/** Each payload, if it ever executed, would record its own name in `window.__xss`. */
const payloads = (tag: string) => [
  `<img src=x onerror="window.__xss='${tag}-img'">`,
  `<script>window.__xss='${tag}-script'</script>`,
  `"><svg onload="window.__xss='${tag}-svg'">`,
  `javascript:window.__xss='${tag}-js'`,
  `<a href="javascript:window.__xss='${tag}-a'">click</a>`,
  `<iframe srcdoc="<script>parent.__xss='${tag}-iframe'</script>">`,
  `\${window.__xss='${tag}-template'}`,
  `<style>@import 'https://evil.example/x.css';</style><b style="background:url(javascript:0)">${tag}</b>`,
];

/** As many payloads as fit the field's limit (names are short, notes and descriptions long). */
function hostile(tag: string, max = 120): string {
  let text = '';
  for (const payload of payloads(tag)) if (text.length + payload.length + 1 <= max) text += (text ? ' ' : '') + payload;
  return text;
}

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

function dangerous(root: ParentNode): string[] {
  return deepElements(root)
    .filter(
      (element) =>
        element.localName === 'script' ||
        element.localName === 'iframe' ||
        [...element.attributes].some((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)),
    )
    .map((element) => element.outerHTML.slice(0, 120));
}

function shownText(root: ParentNode): string {
  return deepElements(root)
    .map((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''))
    .join(' ');
}

describe('hostile text from the server renders inert', () => {
  beforeEach(() => {
    delete window.__xss;
  });

  it('in every widget: names, descriptions, reasons, notes and company names shown as text, nothing executes', async () => {
    const id = uniqueId('xss');
    // A partner and a member whose names are payloads.
    const { createPartner: partner } = await admin<{ createPartner: { id: string } }>(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: hostile('partner'), domain: `${id}.example.com`, leaderboardOptIn: true },
    });
    const { createMember: member } = await admin<{ createMember: { id: string } }>(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
      input: { partnerId: partner.id, name: hostile('member'), email: `owner@${id}.example.com`, role: 'OWNER' },
    });
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: partner.id, points: 50_000, reason: hostile('reason', 200), idempotencyKey: uniqueId('xss-points') },
    });
    // A category and a reward whose texts are payloads; the member redeems it with a hostile note.
    const category = uniqueId('xss-cat').toLowerCase();
    await admin(`mutation($input: UpsertRewardCategoryInput!) { upsertRewardCategory(input: $input) { id } }`, { input: { code: category, name: { en: hostile('category', 60) } } });
    const { upsertReward: reward } = await admin<{ upsertReward: { id: string } }>(`mutation($input: UpsertRewardInput!) { upsertReward(input: $input) { id } }`, {
      input: { sku: uniqueId('XSS'), categoryCode: category, name: { en: hostile('reward') }, description: { en: hostile('description', 500) }, costPoints: 100, stock: null },
    });
    await asMember(member.id, `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { redemption { id } } }`, {
      input: { rewardId: reward.id, quantity: 1, idempotencyKey: uniqueId('xss-redeem'), note: hostile('note', 500) },
    });
    // A referral whose company name and note are payloads.
    await asMember(member.id, `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`, {
      input: { companyName: hostile('company'), domain: `${id}-referred.example.com`, contactName: hostile('contact'), contactEmail: `buyer@${id}-referred.example.com`, note: hostile('referral', 500), consent: true },
    });
    // A promotion whose title and description are payloads (a product group of its own).
    const now = Date.now();
    await admin(`mutation($input: UpsertPromotionInput!) { upsertPromotion(input: $input) { id } }`, {
      input: {
        title: { en: hostile('promotion') },
        description: { en: hostile('promotion-text', 500) },
        productGroups: [uniqueId('xss-group')],
        pointsMultiplierPct: 110,
        startsAt: new Date(now - 86_400_000 * 400).toISOString(),
        endsAt: new Date(now + 86_400_000 * 400).toISOString(),
      },
    });
    // A webinar whose title, description and presenter are payloads; the member registers, so
    // the join link and the calendar file (named after the title) are rendered too.
    const { upsertWebinar: webinar } = await admin<{ upsertWebinar: { id: string } }>(`mutation($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { id } }`, {
      input: {
        title: { en: hostile('webinar') },
        description: { en: hostile('webinar-text', 500) },
        presenter: hostile('presenter'),
        startsAt: new Date((await initialNow()).getTime() + 86_400_000 * 3).toISOString(),
        durationMinutes: 30,
        seats: 5,
        joinUrl: 'https://meet.example/xss',
      },
    });
    await asMember(member.id, `mutation($id: ID!) { registerWebinar(input: { webinarId: $id }) { id } }`, { id: webinar.id });

    const portal = await inPortal(
      member.id,
      html`<partner-tier-badge></partner-tier-badge>
        <partner-tier-progress></partner-tier-progress>
        <partner-points-balance></partner-points-balance>
        <partner-points-history></partner-points-history>
        <partner-reward-catalog category=${category}></partner-reward-catalog>
        <partner-redemptions></partner-redemptions>
        <partner-referrals></partner-referrals>
        <partner-referral-form></partner-referral-form>
        <partner-promotions></partner-promotions>
        <partner-leaderboard></partner-leaderboard>
        <partner-nps-survey></partner-nps-survey>
        <partner-webinars></partner-webinars>`,
    );
    for (const element of portal.children) await untilReady(element);
    // The reward's detail view renders the description too.
    const catalog = portal.querySelector('partner-reward-catalog')!;
    catalog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="name-button"]')!.click();
    await settle();
    await settle();

    const text = shownText(portal);
    for (const tag of ['reward', 'description', 'category', 'company', 'promotion', 'webinar', 'webinar-text', 'presenter']) {
      expect(text, `the ${tag} payload shown as text`).to.contain(payloads(tag)[0]);
    }
    expect(dangerous(portal)).to.deep.equal([]);
    expect(window.__xss).to.equal(undefined);
  });
});
