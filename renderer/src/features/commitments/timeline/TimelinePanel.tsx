import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useRead } from '../../../api/api-context';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { scopedKey, useCityScope } from '../../../city/city-scope';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { asUiLocale } from '../../../i18n/i18n';
import { useUnsavedChanges } from '../../../unsaved/unsaved-changes';
import { saveDownload } from '../../profile/figures/save-download';
import { calendarDay } from '../../../../../shared/domain/period';
import type { ApiError } from '../../../../../shared/api/result';
import { ProgrammeTimeline } from './ProgrammeTimeline';
import { allCommitments, type TimelineFilters } from './timeline-filter';


/**
 * The programme timeline with what goes around it: the month the 36 months start from (set once
 * for the city, else January of the plan's first year) and the deadlines as a calendar file.
 */
export function TimelinePanel() {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const { navigate } = useUnsavedChanges();
  const catalogue = useCatalogue();
  const scope = useCityScope();
  const [commitments] = useRead('commitments.list', { city: scope.city }, scopedKey(scope, 'timeline-commitments'));
  const [programme, reloadProgramme] = useRead('programme.get', {}, 'timeline-programme');
  const [filters, setFilters] = useState<TimelineFilters>(allCommitments);
  const [startDraft, setStartDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  if (commitments.state === 'loading' || programme.state === 'loading' || catalogue.state === 'loading') return <Loading />;
  if (commitments.state === 'failed') return <ErrorNotice error={commitments.error} />;
  if (programme.state === 'failed') return <ErrorNotice error={programme.error} />;
  if (catalogue.state === 'failed') return <ErrorNotice error={catalogue.error} />;
  const startMonth = startDraft ?? programme.value.start.slice(0, 7);

  const saveStart = async () => {
    setProblem(null);
    const answer = await api.call('programme.set', { start: `${startMonth}-01` });
    if (!answer.ok) return setProblem(answer.error);
    setStartDraft(null);
    reloadProgramme();
  };
  const exportCalendar = async () => {
    setBusy(true);
    setProblem(null);
    const answer = await api.call('commitments.exportFile', { format: 'ics', locale });
    setBusy(false);
    if (!answer.ok) return setProblem(answer.error);
    saveDownload(answer.value.name, answer.value.mediaType, answer.value.base64);
  };

  return (
    <div className="timeline-panel">
      {scope.readOnly ? null : (
      <div className="timeline-panel__tools">
        <form
          className="timeline-panel__start"
          onSubmit={(event) => {
            event.preventDefault();
            void saveStart();
          }}
        >
          <label>
            <span>{t('timeline.programmeStart')}</span>
            <input type="month" value={startMonth} required onChange={(event) => setStartDraft(event.target.value)} />
          </label>
          <button type="submit" className="button" disabled={startDraft === null || startDraft === ''}>
            {t('timeline.setStart')}
          </button>
          <span className="timeline-panel__hint">{programme.value.chosen ? t('timeline.startChosen') : t('timeline.startDefault')}</span>
        </form>
        <button type="button" className="button" onClick={() => void exportCalendar()} disabled={busy}>
          {t('timeline.exportCalendar')}
        </button>
      </div>
      )}
      {scope.readOnly ? null : <p className="timeline-panel__hint">{t('timeline.calendarHint')}</p>}
      {problem ? <ErrorNotice error={problem} /> : null}
      <ProgrammeTimeline
        commitments={commitments.value}
        programme={programme.value}
        today={calendarDay(new Date())}
        locale={locale}
        domains={catalogue.value.overview.domains.filter((d) => !d.context)}
        filters={filters}
        onFiltersChange={setFilters}
        onOpen={(uid) => navigate(`#/commitments/${uid}`)}
      />
    </div>
  );
}
