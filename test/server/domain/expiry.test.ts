import { assertDomainError, forEachSeed, iso, randomInt, seededRandom } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allocateFifo,
  dueExpiries,
  expiringSoon,
  expiryIdempotencyKey,
  lotExpiresAt,
  remainingLots,
  type LedgerMovement,
} from '../../../server/src/domain/expiry.js';
import { DAY_MS } from '../../../server/src/domain/time.js';

const credit = (id: string, at: string, points: number, expiresAt?: string): LedgerMovement =>
  expiresAt === undefined ? { id, at: iso(at), points } : { id, at: iso(at), points, expiresAt: iso(expiresAt) };
const debit = (id: string, at: string, points: number, lotId?: string): LedgerMovement =>
  lotId === undefined ? { id, at: iso(at), points: -points } : { id, at: iso(at), points: -points, lotId };
const remaining = (movements: LedgerMovement[]) => Object.fromEntries(remainingLots(movements).map((l) => [l.id, l.remaining]));

describe('remainingLots (FIFO)', () => {
  it('keeps every credit as a lot while nothing is spent', () => {
    const lots = remainingLots([credit('a', '2026-01-01T00:00:00Z', 100, '2027-01-01T00:00:00Z'), credit('b', '2026-02-01T00:00:00Z', 50)]);
    assert.deepEqual(lots, [
      { id: 'a', at: iso('2026-01-01T00:00:00Z'), expiresAt: iso('2027-01-01T00:00:00Z'), remaining: 100 },
      { id: 'b', at: iso('2026-02-01T00:00:00Z'), expiresAt: null, remaining: 50 },
    ]);
  });
  it('spends the oldest lot first and drops used-up lots', () => {
    assert.deepEqual(
      remaining([credit('a', '2026-01-01T00:00:00Z', 100), credit('b', '2026-02-01T00:00:00Z', 50), debit('r', '2026-03-01T00:00:00Z', 120)]),
      { b: 30 },
    );
  });
  it('a debit of exactly one lot empties only that lot', () => {
    assert.deepEqual(
      remaining([credit('a', '2026-01-01T00:00:00Z', 100), credit('b', '2026-02-01T00:00:00Z', 50), debit('r', '2026-03-01T00:00:00Z', 100)]),
      { b: 50 },
    );
  });
  it('a targeted debit (refund reversal) takes from its lot first', () => {
    assert.deepEqual(
      remaining([credit('a', '2026-01-01T00:00:00Z', 100), credit('b', '2026-02-01T00:00:00Z', 50), debit('rev', '2026-03-01T00:00:00Z', 30, 'b')]),
      { a: 100, b: 20 },
    );
  });
  it('a targeted debit larger than its lot takes the rest FIFO', () => {
    assert.deepEqual(
      remaining([
        credit('a', '2026-01-01T00:00:00Z', 100),
        credit('b', '2026-02-01T00:00:00Z', 50),
        credit('c', '2026-02-15T00:00:00Z', 10),
        debit('rev', '2026-03-01T00:00:00Z', 60, 'c'),
      ]),
      { a: 50, b: 50 },
    );
  });
  it('a targeted debit on a used-up lot falls back to FIFO', () => {
    assert.deepEqual(
      remaining([
        credit('a', '2026-01-01T00:00:00Z', 100),
        credit('b', '2026-02-01T00:00:00Z', 50),
        debit('r', '2026-02-10T00:00:00Z', 120), // a → 0, b → 30
        debit('rev', '2026-03-01T00:00:00Z', 20, 'a'),
      ]),
      { b: 10 },
    );
  });
  it('orders lots with the same timestamp by id', () => {
    assert.deepEqual(
      remaining([credit('b', '2026-01-01T00:00:00Z', 10), credit('a', '2026-01-01T00:00:00Z', 10), debit('r', '2026-01-02T00:00:00Z', 15)]),
      { b: 5 },
    );
  });
  it('ignores zero-point movements', () => {
    assert.deepEqual(remaining([credit('a', '2026-01-01T00:00:00Z', 0), debit('b', '2026-01-02T00:00:00Z', 0, 'nowhere')]), {});
  });
});

describe('allocateFifo (overdrawn ledgers)', () => {
  it('records what no lot could cover, and later credits pay it off first', () => {
    const overdrawn = allocateFifo([credit('a', '2026-01-01T00:00:00Z', 10), debit('r', '2026-01-02T00:00:00Z', 25)]);
    assert.equal(overdrawn.overdrawn, 15);
    const repaid = allocateFifo([
      credit('a', '2026-01-01T00:00:00Z', 10),
      debit('r', '2026-01-02T00:00:00Z', 25),
      credit('b', '2026-01-03T00:00:00Z', 40),
    ]);
    assert.equal(repaid.overdrawn, 0);
    assert.deepEqual(repaid.lots.map((l) => [l.id, l.remaining]), [['a', 0], ['b', 25]]);
  });
  it('lists used-up lots too', () => {
    const { lots } = allocateFifo([credit('a', '2026-01-01T00:00:00Z', 10), debit('r', '2026-01-02T00:00:00Z', 10)]);
    assert.deepEqual(lots.map((l) => [l.id, l.remaining]), [['a', 0]]);
  });
});

describe('ledger validation', () => {
  const invalid: [string, LedgerMovement[]][] = [
    ['movements out of order', [credit('a', '2026-02-01T00:00:00Z', 1), credit('b', '2026-01-01T00:00:00Z', 1)]],
    ['a duplicate id', [credit('a', '2026-01-01T00:00:00Z', 1), credit('a', '2026-01-02T00:00:00Z', 1)]],
    ['an empty id', [credit('', '2026-01-01T00:00:00Z', 1)]],
    ['a debit targeting an unknown lot', [credit('a', '2026-01-01T00:00:00Z', 1), debit('r', '2026-01-02T00:00:00Z', 1, 'zzz')]],
    ['a debit targeting a later lot', [debit('r', '2026-01-01T00:00:00Z', 1, 'a'), credit('a', '2026-01-02T00:00:00Z', 1)]],
    ['a credit with a lotId', [{ id: 'a', at: iso('2026-01-01T00:00:00Z'), points: 1, lotId: 'x' }]],
    ['a debit with an expiry date', [{ id: 'a', at: iso('2026-01-01T00:00:00Z'), points: -1, expiresAt: iso('2027-01-01T00:00:00Z') }]],
    ['a lot expiring when it is earned', [credit('a', '2026-01-01T00:00:00Z', 1, '2026-01-01T00:00:00Z')]],
    ['fractional points', [credit('a', '2026-01-01T00:00:00Z', 1.5)]],
    ['an invalid date', [{ id: 'a', at: new Date('x'), points: 1 }]],
  ];
  for (const [label, movements] of invalid) {
    it(`refuses ${label}`, () => { assertDomainError(() => allocateFifo(movements), 'BAD_USER_INPUT'); });
  }
  it('accepts null for an absent expiry date or lot (as database rows have them)', () => {
    const rows: LedgerMovement[] = [
      { id: 'a', at: iso('2026-01-01T00:00:00Z'), points: 10, expiresAt: null, lotId: null },
      { id: 'b', at: iso('2026-01-02T00:00:00Z'), points: -4, expiresAt: null, lotId: null },
    ];
    assert.deepEqual(remainingLots(rows), [{ id: 'a', at: iso('2026-01-01T00:00:00Z'), expiresAt: null, remaining: 6 }]);
  });
  it('accepts movements at the same instant', () => {
    assert.deepEqual(remaining([credit('a', '2026-01-01T00:00:00Z', 5), debit('b', '2026-01-01T00:00:00Z', 2)]), { a: 3 });
  });
});

describe('lotExpiresAt / expiryIdempotencyKey', () => {
  it('adds the program period in calendar months', () => {
    assert.equal(lotExpiresAt(iso('2026-01-31T10:00:00Z'), 1).toISOString(), '2026-02-28T10:00:00.000Z');
    assert.equal(lotExpiresAt(iso('2026-03-15T00:00:00Z'), 24).toISOString(), '2028-03-15T00:00:00.000Z');
  });
  it('refuses a period of 0 months', () => { assertDomainError(() => lotExpiresAt(iso('2026-01-01T00:00:00Z'), 0), 'BAD_USER_INPUT'); });
  it('keys expiry entries by lot', () => assert.equal(expiryIdempotencyKey('led_123'), 'expiry:led_123'));
});

describe('dueExpiries', () => {
  const ledger = [
    credit('a', '2025-01-10T00:00:00Z', 100, '2026-01-10T00:00:00Z'),
    credit('b', '2025-02-10T00:00:00Z', 50, '2026-02-10T00:00:00Z'),
    credit('forever', '2025-01-01T00:00:00Z', 70), // no expiry date: never expires
  ].sort((x, y) => x.at.getTime() - y.at.getTime());

  it('is empty before the expiry date', () => assert.deepEqual(dueExpiries(ledger, iso('2026-01-09T23:59:59.999Z')), []));
  it('includes a lot exactly at its expiry date', () => {
    assert.deepEqual(dueExpiries(ledger, iso('2026-01-10T00:00:00Z')), [
      { lotId: 'a', points: 100, expiresAt: iso('2026-01-10T00:00:00Z') },
    ]);
  });
  it('lists several due lots, earliest expiry first, and never a lot without expiry', () => {
    assert.deepEqual(dueExpiries(ledger, iso('2099-01-01T00:00:00Z')), [
      { lotId: 'a', points: 100, expiresAt: iso('2026-01-10T00:00:00Z') },
      { lotId: 'b', points: 50, expiresAt: iso('2026-02-10T00:00:00Z') },
    ]);
  });
  it('expires only what is left of a lot', () => {
    // The debit takes 70 from 'forever' (the oldest), then 30 from 'a'.
    const spent = [...ledger, debit('r', '2025-06-01T00:00:00Z', 100)];
    assert.deepEqual(dueExpiries(spent, iso('2026-01-10T00:00:00Z')), [{ lotId: 'a', points: 70, expiresAt: iso('2026-01-10T00:00:00Z') }]);
  });
  it('skips a used-up lot', () => {
    const spent = [...ledger, debit('r', '2025-06-01T00:00:00Z', 100, 'a')];
    assert.deepEqual(dueExpiries(spent, iso('2026-01-10T00:00:00Z')), []);
  });
  it('is empty once the expiry entries are written (idempotent)', () => {
    const now = iso('2026-03-01T00:00:00Z');
    const written = dueExpiries(ledger, now).map((e): LedgerMovement => ({ id: expiryIdempotencyKey(e.lotId), at: now, points: -e.points, lotId: e.lotId }));
    const after = [...ledger, ...written];
    assert.deepEqual(dueExpiries(after, now), []);
    assert.deepEqual(remaining(after), { forever: 70 });
  });
  it('lets points past their date be spent until the expiry entry is written, then expires the rest', () => {
    const late = [...ledger, debit('r', '2026-01-20T00:00:00Z', 120)];
    // 70 from 'forever', 50 from 'a' (oldest-first), leaving 50 of 'a' to expire.
    assert.deepEqual(dueExpiries(late, iso('2026-01-21T00:00:00Z')), [{ lotId: 'a', points: 50, expiresAt: iso('2026-01-10T00:00:00Z') }]);
  });
});

describe('expiringSoon', () => {
  const now = iso('2026-06-01T00:00:00Z');
  const ledger = [
    credit('overdue', '2025-05-01T00:00:00Z', 5, '2026-05-31T00:00:00Z'),
    credit('a', '2025-06-01T00:00:00Z', 10, '2026-06-10T00:00:00Z'),
    credit('b', '2025-06-01T00:00:01Z', 20, '2026-06-10T00:00:00Z'), // same instant as 'a'
    credit('edge', '2025-06-02T00:00:00Z', 40, '2026-07-01T00:00:00Z'), // exactly now + 30 days
    credit('outside', '2025-06-03T00:00:00Z', 80, '2026-07-01T00:00:00.001Z'),
    credit('never', '2025-06-04T00:00:00Z', 160),
  ];
  it('sums lots expiring by now + 30 days (inclusive), grouped by instant, earliest first', () => {
    assert.deepEqual(expiringSoon(ledger, now), {
      points: 75,
      earliestDate: iso('2026-05-31T00:00:00Z'),
      byDate: [
        { date: iso('2026-05-31T00:00:00Z'), points: 5 },
        { date: iso('2026-06-10T00:00:00Z'), points: 30 },
        { date: iso('2026-07-01T00:00:00Z'), points: 40 },
      ],
    });
  });
  it('uses what is left of each lot', () => {
    const spent = [...ledger, debit('r', '2025-07-01T00:00:00Z', 12)];
    assert.equal(expiringSoon(spent, now).points, 63);
  });
  it('honours a custom window', () => {
    assert.equal(expiringSoon(ledger, now, 8).points, 5);
    assert.equal(expiringSoon(ledger, now, 9).points, 35);
    assert.equal(expiringSoon(ledger, now, 0).points, 5);
    assert.equal(expiringSoon(ledger, now, 31).points, 155);
  });
  it('is empty without expiring lots', () => {
    assert.deepEqual(expiringSoon([credit('never', '2025-06-04T00:00:00Z', 160)], now), { points: 0, earliestDate: null, byDate: [] });
    assert.deepEqual(expiringSoon([], now), { points: 0, earliestDate: null, byDate: [] });
  });
  it('refuses a negative or fractional window', () => {
    assertDomainError(() => expiringSoon(ledger, now, -1), 'BAD_USER_INPUT');
    assertDomainError(() => expiringSoon(ledger, now, 1.5), 'BAD_USER_INPUT');
  });
});

// A deliberately naive model of the same rule: re-sorts every time, no pointer bookkeeping.
function referenceRemaining(movements: readonly LedgerMovement[]): Map<string, number> {
  const lots: { id: string; at: number; remaining: number }[] = [];
  let debt = 0;
  for (const m of movements) {
    if (m.points > 0) {
      const paid = Math.min(debt, m.points);
      debt -= paid;
      lots.push({ id: m.id, at: m.at.getTime(), remaining: m.points - paid });
    } else if (m.points < 0) {
      let need = -m.points;
      const target = lots.find((l) => l.id === m.lotId);
      if (target) {
        const take = Math.min(need, target.remaining);
        target.remaining -= take;
        need -= take;
      }
      const ordered = [...lots].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      for (const lot of ordered) {
        const take = Math.min(need, lot.remaining);
        lot.remaining -= take;
        need -= take;
      }
      debt += need;
    }
  }
  return new Map(lots.map((l) => [l.id, l.remaining]));
}

interface Scenario {
  movements: LedgerMovement[];
  credited: Map<string, number>;
  end: Date;
}

/** A random ledger; with `allowOverdraw` false no debit ever exceeds the balance at its time. */
function randomLedger(seed: number, allowOverdraw: boolean): Scenario {
  const random = seededRandom(seed);
  const movements: LedgerMovement[] = [];
  const credited = new Map<string, number>();
  let t = iso('2025-01-01T00:00:00Z').getTime();
  let balance = 0;
  const writtenExpiries = new Set<string>();
  const length = randomInt(random, 1, 80);
  for (let i = 0; i < length; i++) {
    // Equal timestamps are common (one order, several entries), so the step is often 0.
    t += random() < 0.25 ? 0 : randomInt(random, 1, 20) * DAY_MS;
    const at = new Date(t);
    const id = `m${String(randomInt(random, 0, 9999)).padStart(4, '0')}-${i}`;
    const roll = random();
    const lots = [...credited.keys()];
    if (roll < 0.45 || balance === 0) {
      const points = randomInt(random, 1, 1000);
      const expires = random() < 0.8;
      movements.push(expires ? { id, at, points, expiresAt: new Date(t + randomInt(random, 1, 400) * DAY_MS) } : { id, at, points });
      credited.set(id, points);
      balance += points;
    } else if (roll < 0.8) {
      const max = allowOverdraw ? balance + 500 : balance;
      const points = randomInt(random, 1, max);
      const targeted = random() < 0.3 && lots.length > 0;
      movements.push(targeted ? { id, at, points: -points, lotId: lots[randomInt(random, 0, lots.length - 1)]! } : { id, at, points: -points });
      balance -= points;
    } else {
      // The expiry job runs: one entry per due lot, as the caller would write them.
      for (const due of dueExpiries(movements, at)) {
        const key = expiryIdempotencyKey(due.lotId);
        assert.ok(!writtenExpiries.has(key), `lot ${due.lotId} expired twice`);
        writtenExpiries.add(key);
        movements.push({ id: key, at, points: -due.points, lotId: due.lotId });
        balance -= due.points;
      }
    }
    if (balance < 0 && !allowOverdraw) throw new Error('generator bug: overdrawn');
  }
  return { movements, credited, end: new Date(t) };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('FIFO expiry properties (random ledgers, seeded)', () => {
  it('Σ remaining = Σ movements when no debit exceeded the balance, and no lot is over-spent', () => {
    forEachSeed(500, (seed) => {
      const { movements, credited } = randomLedger(seed, false);
      const { lots, overdrawn } = allocateFifo(movements);
      assert.equal(overdrawn, 0);
      assert.equal(sum(lots.map((l) => l.remaining)), sum(movements.map((m) => m.points)));
      for (const lot of lots) {
        assert.ok(lot.remaining >= 0 && lot.remaining <= credited.get(lot.id)!, `lot ${lot.id} remaining ${lot.remaining}`);
      }
    });
  });

  it('matches a naive reference model lot by lot, overdrafts included', () => {
    forEachSeed(500, (seed) => {
      const { movements } = randomLedger(seed, seed % 2 === 0);
      const { lots, overdrawn } = allocateFifo(movements);
      const reference = referenceRemaining(movements);
      assert.deepEqual(new Map(lots.map((l) => [l.id, l.remaining])), reference);
      assert.equal(sum(lots.map((l) => l.remaining)) - overdrawn, sum(movements.map((m) => m.points)));
    });
  });

  it('after writing the due expiries nothing is due and nothing left has passed its date', () => {
    forEachSeed(300, (seed) => {
      const { movements, end } = randomLedger(seed, false);
      const now = new Date(end.getTime() + randomInt(seededRandom(seed ^ 0xabc), 0, 500) * DAY_MS);
      const due = dueExpiries(movements, now);
      const written = [
        ...movements,
        ...due.map((d): LedgerMovement => ({ id: `x-${expiryIdempotencyKey(d.lotId)}`, at: now, points: -d.points, lotId: d.lotId })),
      ];
      assert.deepEqual(dueExpiries(written, now), []);
      for (const lot of remainingLots(written)) {
        assert.ok(lot.expiresAt === null || lot.expiresAt > now, `lot ${lot.id} should have expired`);
      }
      assert.equal(sum(remainingLots(written).map((l) => l.remaining)), sum(written.map((m) => m.points)));
      // Expiring never touches lots that weren't due.
      const before = new Map(remainingLots(movements).map((l) => [l.id, l.remaining]));
      for (const lot of remainingLots(written)) assert.equal(lot.remaining, before.get(lot.id));
    });
  });
});
