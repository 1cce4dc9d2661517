/** Parent values for GraphQL types that are not a single database row. */
export interface ViewerModel {
  partnerId: string;
  memberId: string;
}

export interface QuizModel {
  courseId: string;
  passPct: number;
}
