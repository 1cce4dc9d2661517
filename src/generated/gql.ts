/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Leaderboard($first: Int!) {\n  serverTime\n  program {\n    currency\n  }\n  currentChallenge {\n    id\n    title\n    description\n    metric\n    startsAt\n    endsAt\n    eligibility\n    viewerEligible\n    prizes {\n      rank\n      label\n      points\n    }\n    leaderboard(first: $first) {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n    viewerRow {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n  }\n}": typeof types.LeaderboardDocument,
    "query Materials($first: Int!, $after: String, $filter: MaterialFilter, $search: String) {\n  materialProductLines\n  materialLanguages\n  materials(first: $first, after: $after, filter: $filter, search: $search) {\n    nodes {\n      id\n      title\n      description\n      type\n      productLine\n      language\n      format\n      fileSizeBytes\n      previewUrl\n      previewWidth\n      previewHeight\n      isNew\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.MaterialsDocument,
    "mutation RecordMaterialDownload($input: MaterialDownloadInput!) {\n  recordMaterialDownload(input: $input) {\n    url\n  }\n}": typeof types.RecordMaterialDownloadDocument,
    "query NpsSurvey {\n  npsSurvey {\n    question\n    canAnswer\n    answeredAt\n    nextPeriodStartsAt\n    pointsReward\n  }\n}": typeof types.NpsSurveyDocument,
    "mutation SubmitNps($input: SubmitNpsInput!) {\n  submitNps(input: $input) {\n    pointsAwarded\n  }\n}": typeof types.SubmitNpsDocument,
    "query PointsBalance {\n  viewer {\n    partner {\n      id\n      points {\n        available\n        pending\n        expiringSoon\n        expiringSoonDate\n        lifetimeEarned\n      }\n    }\n  }\n}": typeof types.PointsBalanceDocument,
    "query PointsHistory($first: Int!, $after: String, $types: [LedgerEntryType!]) {\n  viewer {\n    partner {\n      id\n      ledger(first: $first, after: $after, types: $types) {\n        nodes {\n          id\n          type\n          points\n          reason\n          source {\n            kind\n            reference\n          }\n          member {\n            id\n            name\n          }\n          createdAt\n          availableAt\n          pending\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.PointsHistoryDocument,
    "query Promotions {\n  serverTime\n  promotions {\n    id\n    title\n    description\n    productGroups\n    pointsMultiplierPct\n    extraDiscountPct\n    startsAt\n    endsAt\n    status\n  }\n  program {\n    currency\n    volumeDiscountLadder {\n      threshold {\n        amountMinor\n        currency\n      }\n      percent\n    }\n  }\n  viewer {\n    partner {\n      id\n      tenure {\n        months\n        perks {\n          code\n          label\n          unlocked\n          unlocksAt\n          daysLeft\n        }\n      }\n    }\n  }\n}": typeof types.PromotionsDocument,
    "query VolumeDiscountQuote($amount: SafeInt!) {\n  volumeDiscountQuote(orderAmountMinor: $amount) {\n    percent\n    discount {\n      amountMinor\n      currency\n    }\n    nextStep {\n      percent\n    }\n    remainingForNext {\n      amountMinor\n      currency\n    }\n  }\n}": typeof types.VolumeDiscountQuoteDocument,
    "mutation CancelRedemption($input: CancelRedemptionInput!) {\n  cancelRedemption(input: $input) {\n    redemption {\n      id\n      status\n      history {\n        status\n        at\n      }\n      cancellable\n    }\n    points {\n      available\n    }\n  }\n}": typeof types.CancelRedemptionDocument,
    "query Redemptions($first: Int!, $after: String) {\n  viewer {\n    partner {\n      id\n    }\n    redemptions(first: $first, after: $after) {\n      nodes {\n        id\n        reward {\n          id\n          name\n          imageUrl\n          imageAlt\n          imageWidth\n          imageHeight\n        }\n        quantity\n        pointsSpent\n        status\n        history {\n          status\n          at\n        }\n        cancellable\n        member {\n          id\n          name\n        }\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.RedemptionsDocument,
    "query ReferralForm {\n  program {\n    id\n    referralRewardPoints\n  }\n}": typeof types.ReferralFormDocument,
    "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    companyName\n    status\n    flagged\n    flagReason\n  }\n}": typeof types.SubmitReferralDocument,
    "query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n  viewer {\n    referrals(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        companyName\n        domain\n        status\n        rejectionReason\n        flagged\n        flagReason\n        rewardPoints\n        history {\n          status\n          at\n        }\n        submittedBy {\n          id\n          name\n        }\n        submittedByViewer\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.ReferralsDocument,
    "mutation RedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    redemption {\n      id\n      pointsSpent\n      quantity\n    }\n    points {\n      available\n    }\n    replayed\n  }\n}": typeof types.RedeemRewardDocument,
    "query RewardCatalog($first: Int!, $after: String, $filter: RewardFilter, $search: String, $sort: RewardSort) {\n  viewer {\n    partner {\n      id\n      points {\n        available\n      }\n    }\n  }\n  rewardCategories {\n    id\n    code\n    name\n  }\n  rewards(\n    first: $first\n    after: $after\n    filter: $filter\n    search: $search\n    sort: $sort\n  ) {\n    nodes {\n      id\n      sku\n      name\n      description\n      category {\n        id\n        code\n        name\n      }\n      costPoints\n      stock\n      stockState\n      requiredTier {\n        id\n        code\n        name\n      }\n      availableFrom\n      availableUntil\n      seasonal\n      imageUrl\n      imageAlt\n      imageWidth\n      imageHeight\n      eligibility {\n        redeemable\n        reason\n        shortByPoints\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.RewardCatalogDocument,
    "query TierBadge {\n  viewer {\n    partner {\n      id\n      tier {\n        id\n        code\n        name\n        rank\n        color\n      }\n    }\n  }\n}": typeof types.TierBadgeDocument,
    "query TierProgress {\n  viewer {\n    partner {\n      id\n      tierProgress {\n        current {\n          id\n          code\n          name\n          rank\n          color\n          discountPct\n          multiplierPct\n        }\n        next {\n          id\n          code\n          name\n          rank\n          color\n          threshold {\n            amountMinor\n            currency\n          }\n          discountPct\n          multiplierPct\n          benefits {\n            code\n            label\n          }\n        }\n        spend {\n          amountMinor\n          currency\n        }\n        remaining {\n          amountMinor\n          currency\n        }\n        progressPct\n        windowStart\n        windowEnd\n      }\n    }\n  }\n}": typeof types.TierProgressDocument,
};
const documents: Documents = {
    "query Leaderboard($first: Int!) {\n  serverTime\n  program {\n    currency\n  }\n  currentChallenge {\n    id\n    title\n    description\n    metric\n    startsAt\n    endsAt\n    eligibility\n    viewerEligible\n    prizes {\n      rank\n      label\n      points\n    }\n    leaderboard(first: $first) {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n    viewerRow {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n  }\n}": types.LeaderboardDocument,
    "query Materials($first: Int!, $after: String, $filter: MaterialFilter, $search: String) {\n  materialProductLines\n  materialLanguages\n  materials(first: $first, after: $after, filter: $filter, search: $search) {\n    nodes {\n      id\n      title\n      description\n      type\n      productLine\n      language\n      format\n      fileSizeBytes\n      previewUrl\n      previewWidth\n      previewHeight\n      isNew\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.MaterialsDocument,
    "mutation RecordMaterialDownload($input: MaterialDownloadInput!) {\n  recordMaterialDownload(input: $input) {\n    url\n  }\n}": types.RecordMaterialDownloadDocument,
    "query NpsSurvey {\n  npsSurvey {\n    question\n    canAnswer\n    answeredAt\n    nextPeriodStartsAt\n    pointsReward\n  }\n}": types.NpsSurveyDocument,
    "mutation SubmitNps($input: SubmitNpsInput!) {\n  submitNps(input: $input) {\n    pointsAwarded\n  }\n}": types.SubmitNpsDocument,
    "query PointsBalance {\n  viewer {\n    partner {\n      id\n      points {\n        available\n        pending\n        expiringSoon\n        expiringSoonDate\n        lifetimeEarned\n      }\n    }\n  }\n}": types.PointsBalanceDocument,
    "query PointsHistory($first: Int!, $after: String, $types: [LedgerEntryType!]) {\n  viewer {\n    partner {\n      id\n      ledger(first: $first, after: $after, types: $types) {\n        nodes {\n          id\n          type\n          points\n          reason\n          source {\n            kind\n            reference\n          }\n          member {\n            id\n            name\n          }\n          createdAt\n          availableAt\n          pending\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.PointsHistoryDocument,
    "query Promotions {\n  serverTime\n  promotions {\n    id\n    title\n    description\n    productGroups\n    pointsMultiplierPct\n    extraDiscountPct\n    startsAt\n    endsAt\n    status\n  }\n  program {\n    currency\n    volumeDiscountLadder {\n      threshold {\n        amountMinor\n        currency\n      }\n      percent\n    }\n  }\n  viewer {\n    partner {\n      id\n      tenure {\n        months\n        perks {\n          code\n          label\n          unlocked\n          unlocksAt\n          daysLeft\n        }\n      }\n    }\n  }\n}": types.PromotionsDocument,
    "query VolumeDiscountQuote($amount: SafeInt!) {\n  volumeDiscountQuote(orderAmountMinor: $amount) {\n    percent\n    discount {\n      amountMinor\n      currency\n    }\n    nextStep {\n      percent\n    }\n    remainingForNext {\n      amountMinor\n      currency\n    }\n  }\n}": types.VolumeDiscountQuoteDocument,
    "mutation CancelRedemption($input: CancelRedemptionInput!) {\n  cancelRedemption(input: $input) {\n    redemption {\n      id\n      status\n      history {\n        status\n        at\n      }\n      cancellable\n    }\n    points {\n      available\n    }\n  }\n}": types.CancelRedemptionDocument,
    "query Redemptions($first: Int!, $after: String) {\n  viewer {\n    partner {\n      id\n    }\n    redemptions(first: $first, after: $after) {\n      nodes {\n        id\n        reward {\n          id\n          name\n          imageUrl\n          imageAlt\n          imageWidth\n          imageHeight\n        }\n        quantity\n        pointsSpent\n        status\n        history {\n          status\n          at\n        }\n        cancellable\n        member {\n          id\n          name\n        }\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.RedemptionsDocument,
    "query ReferralForm {\n  program {\n    id\n    referralRewardPoints\n  }\n}": types.ReferralFormDocument,
    "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    companyName\n    status\n    flagged\n    flagReason\n  }\n}": types.SubmitReferralDocument,
    "query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n  viewer {\n    referrals(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        companyName\n        domain\n        status\n        rejectionReason\n        flagged\n        flagReason\n        rewardPoints\n        history {\n          status\n          at\n        }\n        submittedBy {\n          id\n          name\n        }\n        submittedByViewer\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.ReferralsDocument,
    "mutation RedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    redemption {\n      id\n      pointsSpent\n      quantity\n    }\n    points {\n      available\n    }\n    replayed\n  }\n}": types.RedeemRewardDocument,
    "query RewardCatalog($first: Int!, $after: String, $filter: RewardFilter, $search: String, $sort: RewardSort) {\n  viewer {\n    partner {\n      id\n      points {\n        available\n      }\n    }\n  }\n  rewardCategories {\n    id\n    code\n    name\n  }\n  rewards(\n    first: $first\n    after: $after\n    filter: $filter\n    search: $search\n    sort: $sort\n  ) {\n    nodes {\n      id\n      sku\n      name\n      description\n      category {\n        id\n        code\n        name\n      }\n      costPoints\n      stock\n      stockState\n      requiredTier {\n        id\n        code\n        name\n      }\n      availableFrom\n      availableUntil\n      seasonal\n      imageUrl\n      imageAlt\n      imageWidth\n      imageHeight\n      eligibility {\n        redeemable\n        reason\n        shortByPoints\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.RewardCatalogDocument,
    "query TierBadge {\n  viewer {\n    partner {\n      id\n      tier {\n        id\n        code\n        name\n        rank\n        color\n      }\n    }\n  }\n}": types.TierBadgeDocument,
    "query TierProgress {\n  viewer {\n    partner {\n      id\n      tierProgress {\n        current {\n          id\n          code\n          name\n          rank\n          color\n          discountPct\n          multiplierPct\n        }\n        next {\n          id\n          code\n          name\n          rank\n          color\n          threshold {\n            amountMinor\n            currency\n          }\n          discountPct\n          multiplierPct\n          benefits {\n            code\n            label\n          }\n        }\n        spend {\n          amountMinor\n          currency\n        }\n        remaining {\n          amountMinor\n          currency\n        }\n        progressPct\n        windowStart\n        windowEnd\n      }\n    }\n  }\n}": types.TierProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Leaderboard($first: Int!) {\n  serverTime\n  program {\n    currency\n  }\n  currentChallenge {\n    id\n    title\n    description\n    metric\n    startsAt\n    endsAt\n    eligibility\n    viewerEligible\n    prizes {\n      rank\n      label\n      points\n    }\n    leaderboard(first: $first) {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n    viewerRow {\n      rank\n      displayName\n      anonymized\n      score\n      isViewer\n    }\n  }\n}"): typeof import('./graphql.js').LeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Materials($first: Int!, $after: String, $filter: MaterialFilter, $search: String) {\n  materialProductLines\n  materialLanguages\n  materials(first: $first, after: $after, filter: $filter, search: $search) {\n    nodes {\n      id\n      title\n      description\n      type\n      productLine\n      language\n      format\n      fileSizeBytes\n      previewUrl\n      previewWidth\n      previewHeight\n      isNew\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): typeof import('./graphql.js').MaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMaterialDownload($input: MaterialDownloadInput!) {\n  recordMaterialDownload(input: $input) {\n    url\n  }\n}"): typeof import('./graphql.js').RecordMaterialDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpsSurvey {\n  npsSurvey {\n    question\n    canAnswer\n    answeredAt\n    nextPeriodStartsAt\n    pointsReward\n  }\n}"): typeof import('./graphql.js').NpsSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitNps($input: SubmitNpsInput!) {\n  submitNps(input: $input) {\n    pointsAwarded\n  }\n}"): typeof import('./graphql.js').SubmitNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsBalance {\n  viewer {\n    partner {\n      id\n      points {\n        available\n        pending\n        expiringSoon\n        expiringSoonDate\n        lifetimeEarned\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PointsBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsHistory($first: Int!, $after: String, $types: [LedgerEntryType!]) {\n  viewer {\n    partner {\n      id\n      ledger(first: $first, after: $after, types: $types) {\n        nodes {\n          id\n          type\n          points\n          reason\n          source {\n            kind\n            reference\n          }\n          member {\n            id\n            name\n          }\n          createdAt\n          availableAt\n          pending\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PointsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Promotions {\n  serverTime\n  promotions {\n    id\n    title\n    description\n    productGroups\n    pointsMultiplierPct\n    extraDiscountPct\n    startsAt\n    endsAt\n    status\n  }\n  program {\n    currency\n    volumeDiscountLadder {\n      threshold {\n        amountMinor\n        currency\n      }\n      percent\n    }\n  }\n  viewer {\n    partner {\n      id\n      tenure {\n        months\n        perks {\n          code\n          label\n          unlocked\n          unlocksAt\n          daysLeft\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PromotionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolumeDiscountQuote($amount: SafeInt!) {\n  volumeDiscountQuote(orderAmountMinor: $amount) {\n    percent\n    discount {\n      amountMinor\n      currency\n    }\n    nextStep {\n      percent\n    }\n    remainingForNext {\n      amountMinor\n      currency\n    }\n  }\n}"): typeof import('./graphql.js').VolumeDiscountQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelRedemption($input: CancelRedemptionInput!) {\n  cancelRedemption(input: $input) {\n    redemption {\n      id\n      status\n      history {\n        status\n        at\n      }\n      cancellable\n    }\n    points {\n      available\n    }\n  }\n}"): typeof import('./graphql.js').CancelRedemptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Redemptions($first: Int!, $after: String) {\n  viewer {\n    partner {\n      id\n    }\n    redemptions(first: $first, after: $after) {\n      nodes {\n        id\n        reward {\n          id\n          name\n          imageUrl\n          imageAlt\n          imageWidth\n          imageHeight\n        }\n        quantity\n        pointsSpent\n        status\n        history {\n          status\n          at\n        }\n        cancellable\n        member {\n          id\n          name\n        }\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RedemptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralForm {\n  program {\n    id\n    referralRewardPoints\n  }\n}"): typeof import('./graphql.js').ReferralFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    companyName\n    status\n    flagged\n    flagReason\n  }\n}"): typeof import('./graphql.js').SubmitReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {\n  viewer {\n    referrals(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        companyName\n        domain\n        status\n        rejectionReason\n        flagged\n        flagReason\n        rewardPoints\n        history {\n          status\n          at\n        }\n        submittedBy {\n          id\n          name\n        }\n        submittedByViewer\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedeemReward($input: RedeemRewardInput!) {\n  redeemReward(input: $input) {\n    redemption {\n      id\n      pointsSpent\n      quantity\n    }\n    points {\n      available\n    }\n    replayed\n  }\n}"): typeof import('./graphql.js').RedeemRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RewardCatalog($first: Int!, $after: String, $filter: RewardFilter, $search: String, $sort: RewardSort) {\n  viewer {\n    partner {\n      id\n      points {\n        available\n      }\n    }\n  }\n  rewardCategories {\n    id\n    code\n    name\n  }\n  rewards(\n    first: $first\n    after: $after\n    filter: $filter\n    search: $search\n    sort: $sort\n  ) {\n    nodes {\n      id\n      sku\n      name\n      description\n      category {\n        id\n        code\n        name\n      }\n      costPoints\n      stock\n      stockState\n      requiredTier {\n        id\n        code\n        name\n      }\n      availableFrom\n      availableUntil\n      seasonal\n      imageUrl\n      imageAlt\n      imageWidth\n      imageHeight\n      eligibility {\n        redeemable\n        reason\n        shortByPoints\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): typeof import('./graphql.js').RewardCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TierBadge {\n  viewer {\n    partner {\n      id\n      tier {\n        id\n        code\n        name\n        rank\n        color\n      }\n    }\n  }\n}"): typeof import('./graphql.js').TierBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TierProgress {\n  viewer {\n    partner {\n      id\n      tierProgress {\n        current {\n          id\n          code\n          name\n          rank\n          color\n          discountPct\n          multiplierPct\n        }\n        next {\n          id\n          code\n          name\n          rank\n          color\n          threshold {\n            amountMinor\n            currency\n          }\n          discountPct\n          multiplierPct\n          benefits {\n            code\n            label\n          }\n        }\n        spend {\n          amountMinor\n          currency\n        }\n        remaining {\n          amountMinor\n          currency\n        }\n        progressPct\n        windowStart\n        windowEnd\n      }\n    }\n  }\n}"): typeof import('./graphql.js').TierProgressDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
