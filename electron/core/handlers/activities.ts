import { followUpToCommitment } from '../activities/follow-up-commitment';
import { listActivities } from '../activities/activity-queries';
import { deleteActivity, saveActivity } from '../activities/activity-writer';
import { OwnCity, readScope } from '../city/own-city';
import type { DomainHandlers } from './handler-types';

export const activityHandlers = {
  'activities.list': (ctx, input) => listActivities(ctx.db, readScope(ctx.db, input.city)),
  'activities.save': (ctx, input) => saveActivity(ctx.db, OwnCity.of(ctx.db), ctx.now(), input),
  'activities.delete': (ctx, input) => {
    deleteActivity(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
  'activities.followUpToCommitment': (ctx, input) => followUpToCommitment(ctx.db, OwnCity.of(ctx.db), ctx.now(), input),
} satisfies DomainHandlers<'activities.list' | 'activities.save' | 'activities.delete' | 'activities.followUpToCommitment'>;
