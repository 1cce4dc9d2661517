import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema in schema/ is the contract; both halves get their types from it. Server resolvers
// are typed against our row types (mappers) so a resolver returns what the store gives it.
const rows = '../../store/tables.js#';
const models = '../models.js#';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/src/graphql/generated/resolvers.ts': {
      plugins: [
        { add: { content: '/* Generated from schema/*.graphql by `npm run codegen`: do not edit. */' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context.js#GraphQLContext',
        scalars: { DateTime: 'Date | string', SafeInt: 'number' },
        mappers: {
          Program: rows + 'ProgramRow',
          Tier: rows + 'TierRow',
          Partner: rows + 'PartnerRow',
          Member: rows + 'MemberRow',
          LedgerEntry: rows + 'LedgerEntryRow',
          RewardCategory: rows + 'RewardCategoryRow',
          Reward: rows + 'RewardRow',
          Redemption: rows + 'RedemptionRow',
          Course: rows + 'CourseRow',
          Lesson: rows + 'LessonRow',
          QuizQuestion: rows + 'QuizQuestionRow',
          Webinar: rows + 'WebinarRow',
          Material: rows + 'MaterialRow',
          Referral: rows + 'ReferralRow',
          Promotion: rows + 'PromotionRow',
          Challenge: rows + 'ChallengeRow',
          Viewer: models + 'ViewerModel',
          Quiz: models + 'QuizModel',
          PointsSummary: models + 'PointsSummaryModel',
        },
      },
    },
    // The browser gets prebuilt document strings and their result/variable types: no GraphQL
    // parser ships to the page, and a query that drifts from the schema fails codegen.
    'src/generated/': {
      documents: 'src/**/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        importExtension: '.js',
        scalars: { DateTime: 'string', SafeInt: 'number' },
      },
    },
    'server/src/graphql/generated/schema-sdl.ts': {
      plugins: [{ add: { content: '/* Generated from schema/*.graphql by `npm run codegen`: do not edit. */' } }, 'scripts/codegen-sdl-plugin.cjs'],
    },
  },
};

export default config;
