import type { HomeSummary } from '../../shared/api/contract';
import type { CoreContext } from '../core/context';
import { getProfile } from '../profile/profile-service';

/** The home screen: what is due and what was written recently. */
export function homeSummary(ctx: CoreContext): HomeSummary {
  return {
    profileReady: getProfile(ctx) !== null,
    counts: {
      meetingsThisYear: 0,
      draftConclusions: 0,
      issuedThisYear: 0,
      openTasks: 0,
      overdueTasks: 0,
      dueThisWeek: 0,
    },
    dueSoon: [],
    recentDocuments: [],
  };
}
