import type { CitedValue } from '../../../../../shared/domain/dashboard';
import type { KeyFigure } from '../../../../../shared/domain/observation';
import { shareable } from '../../../../../shared/domain/privacy';

/** One key indicator's chart in the report: the points a shared document may draw. */
export interface ReportChart {
  figure: KeyFigure;
  points: CitedValue[];
}

/**
 * The report's charts, one per key indicator with something to draw: confidential values and small
 * counts of people stay out of the printed chart as they stay out of the printed table.
 */
export function reportCharts(figures: readonly KeyFigure[], series: ReadonlyMap<string, readonly CitedValue[]>, countsPeople: (indicator: string) => boolean): ReportChart[] {
  return figures.flatMap((figure) => {
    const people = countsPeople(figure.indicator);
    const points = (series.get(figure.indicator) ?? []).filter((point) => shareable({ unit: figure.unit, value: point.value, confidential: point.flags.confidential }, people).show === 'value');
    return points.length === 0 ? [] : [{ figure, points }];
  });
}
