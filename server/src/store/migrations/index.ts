import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as referralReward from './0002-referral-reward.js';
import * as courseTopics from './0003-course-topics.js';
import * as productGroups from './0004-product-groups.js';
import * as ledgerVersion from './0005-ledger-version.js';
import * as captionTracks from './0006-caption-tracks.js';
import * as referralIdempotency from './0007-referral-idempotency.js';

// A static list rather than a folder scan: the server also runs bundled, where there is no
// folder to read. Append new migrations; never edit one that has shipped.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-referral-reward': referralReward,
  '0003-course-topics': courseTopics,
  '0004-product-groups': productGroups,
  '0005-ledger-version': ledgerVersion,
  '0006-caption-tracks': captionTracks,
  '0007-referral-idempotency': referralIdempotency,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
