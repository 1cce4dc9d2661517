/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CancelRedemptionInput = {
  redemptionId: string | number;
};

export type LedgerEntryType =
  | 'ACCRUAL'
  | 'ADJUSTMENT'
  | 'BONUS'
  | 'EXPIRY'
  | 'REDEMPTION'
  | 'REVERSAL';

export type LedgerSourceKind =
  | 'ADMIN'
  | 'CHALLENGE'
  | 'COURSE'
  | 'EXPIRY'
  | 'ORDER'
  | 'PROMOTION'
  | 'REFERRAL'
  | 'REFUND'
  | 'REWARD'
  | 'SURVEY';

export type RedemptionStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'ORDERED'
  | 'SHIPPED';

export type PointsBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsBalanceQuery = { viewer: { partner: { id: string, points: { available: number, pending: number, expiringSoon: number, expiringSoonDate: string | null, lifetimeEarned: number } } } };

export type PointsHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  types?: Array<LedgerEntryType> | LedgerEntryType | null | undefined;
}>;


export type PointsHistoryQuery = { viewer: { partner: { id: string, ledger: { nodes: Array<{ id: string, type: LedgerEntryType, points: number, reason: string, createdAt: string, availableAt: string, pending: boolean, source: { kind: LedgerSourceKind, reference: string | null }, member: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } } };

export type CancelRedemptionMutationVariables = Exact<{
  input: CancelRedemptionInput;
}>;


export type CancelRedemptionMutation = { cancelRedemption: { redemption: { id: string, status: RedemptionStatus, cancellable: boolean, history: Array<{ status: RedemptionStatus, at: string }> }, points: { available: number } } };

export type RedemptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RedemptionsQuery = { viewer: { partner: { id: string }, redemptions: { nodes: Array<{ id: string, quantity: number, pointsSpent: number, status: RedemptionStatus, cancellable: boolean, createdAt: string, reward: { id: string, name: string, imageUrl: string | null, imageAlt: string, imageWidth: number, imageHeight: number }, history: Array<{ status: RedemptionStatus, at: string }>, member: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type TierBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type TierBadgeQuery = { viewer: { partner: { id: string, tier: { id: string, code: string, name: string, rank: number, color: string } } } };

export type TierProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type TierProgressQuery = { viewer: { partner: { id: string, tierProgress: { progressPct: number, windowStart: string, windowEnd: string, current: { id: string, code: string, name: string, rank: number, color: string, discountPct: number, multiplierPct: number }, next: { id: string, code: string, name: string, rank: number, color: string, discountPct: number, multiplierPct: number, threshold: { amountMinor: number, currency: string }, benefits: Array<{ code: string, label: string }> } | null, spend: { amountMinor: number, currency: string }, remaining: { amountMinor: number, currency: string } } } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PointsBalanceDocument = new TypedDocumentString(`
    query PointsBalance {
  viewer {
    partner {
      id
      points {
        available
        pending
        expiringSoon
        expiringSoonDate
        lifetimeEarned
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsBalanceQuery, PointsBalanceQueryVariables>;
export const PointsHistoryDocument = new TypedDocumentString(`
    query PointsHistory($first: Int!, $after: String, $types: [LedgerEntryType!]) {
  viewer {
    partner {
      id
      ledger(first: $first, after: $after, types: $types) {
        nodes {
          id
          type
          points
          reason
          source {
            kind
            reference
          }
          member {
            id
            name
          }
          createdAt
          availableAt
          pending
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsHistoryQuery, PointsHistoryQueryVariables>;
export const CancelRedemptionDocument = new TypedDocumentString(`
    mutation CancelRedemption($input: CancelRedemptionInput!) {
  cancelRedemption(input: $input) {
    redemption {
      id
      status
      history {
        status
        at
      }
      cancellable
    }
    points {
      available
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRedemptionMutation, CancelRedemptionMutationVariables>;
export const RedemptionsDocument = new TypedDocumentString(`
    query Redemptions($first: Int!, $after: String) {
  viewer {
    partner {
      id
    }
    redemptions(first: $first, after: $after) {
      nodes {
        id
        reward {
          id
          name
          imageUrl
          imageAlt
          imageWidth
          imageHeight
        }
        quantity
        pointsSpent
        status
        history {
          status
          at
        }
        cancellable
        member {
          id
          name
        }
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedemptionsQuery, RedemptionsQueryVariables>;
export const TierBadgeDocument = new TypedDocumentString(`
    query TierBadge {
  viewer {
    partner {
      id
      tier {
        id
        code
        name
        rank
        color
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TierBadgeQuery, TierBadgeQueryVariables>;
export const TierProgressDocument = new TypedDocumentString(`
    query TierProgress {
  viewer {
    partner {
      id
      tierProgress {
        current {
          id
          code
          name
          rank
          color
          discountPct
          multiplierPct
        }
        next {
          id
          code
          name
          rank
          color
          threshold {
            amountMinor
            currency
          }
          discountPct
          multiplierPct
          benefits {
            code
            label
          }
        }
        spend {
          amountMinor
          currency
        }
        remaining {
          amountMinor
          currency
        }
        progressPct
        windowStart
        windowEnd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TierProgressQuery, TierProgressQueryVariables>;