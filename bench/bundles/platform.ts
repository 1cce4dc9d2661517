// The widget platform's budget entry (issue #3): the provider, the client and the tier and
// points widgets, registered as a page would load them.
import '../../src/elements/portal/partner-portal.js';
import '../../src/elements/tier-badge/partner-tier-badge.js';
import '../../src/elements/tier-progress/partner-tier-progress.js';
import '../../src/elements/points-balance/partner-points-balance.js';
import '../../src/elements/points-history/partner-points-history.js';
