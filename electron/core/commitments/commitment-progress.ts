import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { Commitment, IndicatorTarget } from '../../../shared/domain/commitment';
import type { CommitmentDetail, CommitmentView } from '../../../shared/domain/commitment-view';
import { breakdownFields } from '../../../shared/domain/observation-record';
import { calendarDay } from '../../../shared/domain/period';
import { overallProgress, targetProgress, type ProgressFigure } from '../../../shared/domain/progress-rule';
import { shapeOf } from '../observations/store/observation-columns';

/**
 * What the figures say about a commitment today: computed on every read, so importing or editing a
 * figure changes the status with no other step. Each target's series is found through the coverage
 * table (the periods that have rows of the target's breakdown shape) and one primary-key lookup per
 * period, so it costs the same with a thousand figures as with a million. (CROSS JOIN keeps that
 * order: without statistics SQLite would rather walk all of the indicator's rows.)
 */

const FigureRow = z.object({ period: z.string(), value: z.number() });

const seriesSql = `
  SELECT o.period, o.value
    FROM observation_coverage c
    CROSS JOIN observations o ON o.city = c.city AND o.indicator = c.indicator AND o.period = c.period
     AND ${breakdownFields.map((field) => `o.${field} = @${field}`).join(' AND ')}
   WHERE c.city = @city AND c.indicator = @indicator AND c.shape = @shape`;

// A list reads every target's series: the statement is compiled once per connection, not per target.
const seriesStatements = new WeakMap<Database, Statement>();

function seriesStatement(db: Database): Statement {
  const known = seriesStatements.get(db);
  if (known) return known;
  const made = db.prepare(seriesSql);
  seriesStatements.set(db, made);
  return made;
}

/** The figures of a target's indicator and breakdown, every period. */
export function targetFigures(db: Database, city: string, target: IndicatorTarget): ProgressFigure[] {
  const rows = seriesStatement(db).all({ city, indicator: target.indicator, shape: shapeOf(target.breakdown), ...target.breakdown });
  return z.array(FigureRow).parse(rows);
}

/** The machine's calendar day: a deadline is missed by the focal point's own calendar. */
export const localDay = calendarDay;

export function viewCommitment(db: Database, commitment: Commitment, today: string): CommitmentView {
  return withSeries(db, commitment, today).view;
}

export function detailCommitment(db: Database, commitment: Commitment, today: string): CommitmentDetail {
  const { view, series } = withSeries(db, commitment, today);
  return { ...view, series };
}

function withSeries(db: Database, commitment: Commitment, today: string): { view: CommitmentView; series: CommitmentDetail['series'] } {
  const series = commitment.targets.map((target) => ({ uid: target.uid, figures: targetFigures(db, commitment.city, target) }));
  const targetProgressList = commitment.targets.map((target, i) => ({ uid: target.uid, ...targetProgress(target, series[i]?.figures ?? []) }));
  const closed = commitment.status === 'done' || commitment.status === 'dropped';
  const view: CommitmentView = {
    ...commitment,
    progress: overallProgress(targetProgressList.map((p) => p.status)),
    targetProgress: targetProgressList,
    overdue: !closed && commitment.due !== null && commitment.due < today,
    openTasks: commitment.tasks.filter((task) => !task.done).length,
  };
  return { view, series };
}
