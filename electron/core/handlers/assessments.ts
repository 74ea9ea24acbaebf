import { listAssessments } from '../assessments/assessment-queries';
import { deleteAssessment, saveAssessment } from '../assessments/assessment-writer';
import { OwnCity, readScope } from '../city/own-city';
import type { DomainHandlers } from './handler-types';

export const assessmentHandlers = {
  'assessments.list': (ctx, input) => listAssessments(ctx.db, readScope(ctx.db, input.city)),
  'assessments.save': (ctx, input) => saveAssessment(ctx.db, OwnCity.of(ctx.db), ctx.now(), input),
  'assessments.delete': (ctx, input) => {
    deleteAssessment(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
} satisfies DomainHandlers<'assessments.list' | 'assessments.save' | 'assessments.delete'>;
