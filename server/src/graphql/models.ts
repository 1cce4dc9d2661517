/** Parent values for GraphQL types that are not a single database row. */
export interface ViewerModel {
  partnerId: string;
  memberId: string;
}

export interface QuizModel {
  courseId: string;
  passPct: number;
}

/**
 * A partner's point account, brought up to now. What expires soon is worked out only when a
 * query asks for it (it may need the partner's lots): a redemption's answer needs the balance.
 */
export interface PointsSummaryModel {
  partnerId: string;
  available: number;
  pending: number;
  lifetimeEarned: number;
  ledgerVersion: number;
  nextSettleAt: Date | null;
}
