import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDomain } from '../../../../../shared/domain/catalogue';
import { commitmentStatuses, commitmentTitle, CommitmentStatus, type Commitment } from '../../../../../shared/domain/commitment';
import type { UiLocale } from '../../../../../shared/domain/locales';
import { matchesTimelineFilters, type TimelineFilters } from './timeline-filter';
import { timelineLayout, type ProgrammeWindow, type TimelineBar, type TimelineMonth, type TimelineRow } from './timeline-layout';
import './timeline.css';

export interface ProgrammeTimelineProps {
  commitments: readonly Commitment[];
  /** The programme's span (named so as not to hide the global `window`). */
  programme: ProgrammeWindow;
  /** `YYYY-MM-DD`, the caller's clock: the chart itself never reads the time. */
  today: string;
  locale: UiLocale;
  /** The catalogue's policy domains, for the domain filter. */
  domains: readonly PolicyDomain[];
  filters: TimelineFilters;
  onFiltersChange(filters: TimelineFilters): void;
  /** Opens a commitment: each row is a button. */
  onOpen(uid: string): void;
}

/** Dates of the chart are days, not instants: formatted in UTC so the day shown is the day stored. */
function useDayFormats(locale: UiLocale) {
  return useMemo(() => {
    // The 36 months fit the page only as numbers under their year; the name is the cell's tooltip.
    const month = new Intl.DateTimeFormat(locale, { month: 'numeric', timeZone: 'UTC' });
    const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
    return {
      month: (m: TimelineMonth) => month.format(utc(m.year, m.month)),
      monthName: (m: TimelineMonth) => monthName.format(utc(m.year, m.month)),
      year: (y: number) => year.format(utc(y, 1)),
      day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
    };
  }, [locale]);
}

/** A fraction of the window as a CSS length along the inline axis (the start is the right in Arabic). */
const percent = (fraction: number) => `${fraction * 100}%`;

/**
 * The programme as a Gantt chart: one row per commitment from its start to its due date, its
 * milestones as diamonds, today as a line. Every bar is placed with logical properties so the chart
 * mirrors with the document's direction; status shows as a pattern and a word as well as a colour.
 */
export function ProgrammeTimeline({ commitments, programme, today, locale, domains, filters, onFiltersChange, onOpen }: ProgrammeTimelineProps) {
  const { t } = useTranslation();
  const format = useDayFormats(locale);
  const layout = useMemo(() => timelineLayout(commitments.filter((c) => matchesTimelineFilters(c, filters)), programme, today), [commitments, filters, programme, today]);
  const years = useMemo(() => yearSpans(layout.months), [layout.months]);

  return (
    <section className="timeline" aria-label={t('timeline.title')}>
      <div className="filters">
        <label className="filters__select">
          <span>{t('timeline.filters.domain')}</span>
          <select value={filters.domain} onChange={(event) => onFiltersChange({ ...filters, domain: event.target.value })}>
            <option value="">{t('timeline.filters.allDomains')}</option>
            {domains.map((domain) => (
              <option key={domain.code} value={domain.code}>
                {domain.name[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__select">
          <span>{t('timeline.filters.status')}</span>
          <select value={filters.status} onChange={(event) => onFiltersChange({ ...filters, status: statusFilter(event.target.value) })}>
            <option value="">{t('timeline.filters.allStatuses')}</option>
            {commitmentStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`timeline.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <TimelineLegend />

      {layout.todayPlacement !== 'inside' && (
        <p className="timeline__note">
          {layout.todayPlacement === 'before' ? t('timeline.todayBefore', { date: format.day(programme.start) }) : t('timeline.todayAfter', { date: format.day(layout.lastDay) })}
        </p>
      )}

      {layout.rows.length === 0 ? (
        <p className="timeline__note">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline__scroller">
          <div className="timeline__chart" style={{ minInlineSize: `calc(var(--timeline-label) + ${layout.months.length} * var(--timeline-month))` }}>
            {/* The scale repeats what each row's accessible name says in words: screen readers skip it. */}
            <div className="timeline__scale" aria-hidden="true">
              <div className="timeline__track">
                {years.map((year) => (
                  <span key={year.year} className="timeline__year" style={{ insetInlineStart: percent(year.from), inlineSize: percent(year.size) }}>
                    {format.year(year.year)}
                  </span>
                ))}
              </div>
              <div className="timeline__track">
                {layout.months.map((month) => (
                  <span key={`${month.year}-${month.month}`} className="timeline__month" title={format.monthName(month)} style={{ insetInlineStart: percent(month.from), inlineSize: percent(month.size) }}>
                    {format.month(month)}
                  </span>
                ))}
                {layout.today !== null && (
                  <span className="timeline__today-label" style={{ insetInlineStart: percent(layout.today) }}>
                    {t('timeline.today')}
                  </span>
                )}
              </div>
            </div>

            <div className="timeline__body">
              <div className="timeline__grid" aria-hidden="true">
                {layout.months.map((month) => (
                  <span key={`${month.year}-${month.month}`} className={month.month === 1 ? 'timeline__gridline timeline__gridline--year' : 'timeline__gridline'} style={{ insetInlineStart: percent(month.from) }} />
                ))}
                {layout.today !== null && <span className="timeline__today" style={{ insetInlineStart: percent(layout.today) }} />}
              </div>
              <ol className="timeline__rows" aria-label={t('timeline.rowsLabel')}>
                {layout.rows.map((row) => (
                  <TimelineRowButton key={row.commitment.uid} row={row} locale={locale} format={format} onOpen={onOpen} />
                ))}
              </ol>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function TimelineRowButton({ row, locale, format, onOpen }: { row: TimelineRow; locale: UiLocale; format: ReturnType<typeof useDayFormats>; onOpen(uid: string): void }) {
  const { t } = useTranslation();
  const { commitment } = row;
  const title = commitmentTitle(commitment, locale);
  const status = t(`timeline.status.${commitment.status}`);
  const { start, due } = commitment;
  const dates =
    start && due
      ? t('timeline.dates.both', { start: format.day(start), due: format.day(due) })
      : start
        ? t('timeline.dates.startOnly', { start: format.day(start) })
        : due
          ? t('timeline.dates.dueOnly', { due: format.day(due) })
          : t('timeline.dates.none');
  // The button's name is what it shows (title, status, where it lies) followed by what only the bar
  // shows (the dates, the milestones): read last, so the visible words come first, as seen.
  const unseen = [dates, ...(row.milestones.length > 0 ? [t('timeline.milestones', { count: row.milestones.length })] : [])].join('. ');
  return (
    <li className="timeline__row">
      <button type="button" className="timeline__button" onClick={() => onOpen(commitment.uid)}>
        <span className="timeline__label">
          <span className="timeline__title">{title}</span>
          <span className="timeline__status">
            <span className={`timeline__swatch timeline__swatch--${commitment.status}`} aria-hidden="true" />
            {status}
          </span>
        </span>
        <span className="timeline__track">
          {row.bar ? <Bar bar={row.bar} status={commitment.status} /> : <span className="timeline__outside">{t(`timeline.placement.${row.placement}`)}</span>}
          {row.milestones.map(({ task, at }) => (
            <span
              key={task.uid}
              className={task.done ? 'timeline__milestone timeline__milestone--done' : 'timeline__milestone'}
              style={{ insetInlineStart: percent(at) }}
              title={t(task.done ? 'timeline.milestoneDone' : 'timeline.milestone', { title: task.title, date: format.day(task.due ?? '') })}
            />
          ))}
        </span>
        <span className="visually-hidden">{` ${unseen}.`}</span>
      </button>
    </li>
  );
}

function Bar({ bar, status }: { bar: TimelineBar; status: CommitmentStatus }) {
  const classes = ['timeline__bar', `timeline__swatch--${status}`, `timeline__bar--start-${bar.startEdge}`, `timeline__bar--end-${bar.endEdge}`];
  return <span className={classes.join(' ')} style={{ insetInlineStart: percent(bar.from), inlineSize: percent(bar.to - bar.from) }} />;
}

/** What the shapes mean: every status's pattern, the milestones, today and the two kinds of open end. */
function TimelineLegend() {
  const { t } = useTranslation();
  return (
    <ul className="timeline__legend" aria-label={t('timeline.legend.label')}>
      {commitmentStatuses.map((status) => (
        <li key={status}>
          <span className={`timeline__swatch timeline__swatch--${status}`} aria-hidden="true" />
          {t(`timeline.status.${status}`)}
        </li>
      ))}
      <li>
        <span className="timeline__milestone timeline__milestone--legend" aria-hidden="true" />
        {t('timeline.legend.milestone')}
      </li>
      <li>
        <span className="timeline__milestone timeline__milestone--done timeline__milestone--legend" aria-hidden="true" />
        {t('timeline.legend.milestoneDone')}
      </li>
      <li>
        <span className="timeline__today timeline__today--legend" aria-hidden="true" />
        {t('timeline.legend.today')}
      </li>
      <li>
        <span className="timeline__bar timeline__bar--legend timeline__bar--end-open timeline__swatch--in_progress" aria-hidden="true" />
        {t('timeline.legend.open')}
      </li>
      <li>
        <span className="timeline__bar timeline__bar--legend timeline__bar--end-beyond timeline__swatch--in_progress" aria-hidden="true" />
        {t('timeline.legend.beyond')}
      </li>
    </ul>
  );
}

/** The status a select's value names, or '' (all) for anything else. */
function statusFilter(value: string): CommitmentStatus | '' {
  const parsed = CommitmentStatus.safeParse(value);
  return parsed.success ? parsed.data : '';
}

/** The months grouped by year, for the scale's upper line. */
function yearSpans(months: readonly TimelineMonth[]): { year: number; from: number; size: number }[] {
  const spans: { year: number; from: number; size: number }[] = [];
  for (const month of months) {
    const last = spans[spans.length - 1];
    if (last && last.year === month.year) last.size += month.size;
    else spans.push({ year: month.year, from: month.from, size: month.size });
  }
  return spans;
}
