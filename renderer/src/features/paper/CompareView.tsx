import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import { directionOf, type UiLocale } from '../../../../shared/domain/locales';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { paperDiff, type DiffPart, type FieldDiff, type SectionDiff } from '../../../../shared/paper/paper-diff';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useFormat } from '../../i18n/use-format';
import { changedFields, diffGroups, noChanges } from './diff-groups';

/**
 * What changed between two contents of the paper, word by word, in one language. Inserted words are
 * underlined and deleted ones struck through (a shape, not only a colour), and each says so to a
 * screen reader; runs of unchanged sections fold into one line that counts them.
 */
export function CompareView({ before, after, locale, catalogue, commitments }: { before: PaperContent; after: PaperContent; locale: UiLocale; catalogue: CatalogueView; commitments: readonly CommitmentView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sections = useMemo(() => {
    const groups = new Map(catalogue.overview.targetGroups.map((g) => [g.code, g.name[locale]]));
    const titles = new Map(commitments.map((c) => [c.uid, commitmentTitle(c, locale)]));
    return paperDiff(before, after, locale, { targetGroup: (code) => groups.get(code) ?? code, commitment: (uid) => titles.get(uid) ?? t('paper.measures.gone') });
  }, [before, after, locale, catalogue, commitments, t]);

  const sectionName = (section: SectionDiff) => {
    if (section.kind === 'context') return t('paper.parts.context');
    if (section.kind === 'validation') return t('paper.parts.validation');
    const uid = section.id.slice('priority:'.length);
    const inAfter = after.priorities.findIndex((p) => p.uid === uid);
    const priority = after.priorities[inAfter] ?? before.priorities.find((p) => p.uid === uid);
    const index = inAfter >= 0 ? inAfter : before.priorities.findIndex((p) => p.uid === uid);
    const title = priority?.title[locale].trim() ?? '';
    return title === '' ? t('paper.parts.untitled', { number: format.integer(index + 1) }) : title;
  };

  if (noChanges(sections)) return <p className="paper-diff__same" data-testid="paper-diff">{t('paper.compare.noChanges')}</p>;

  return (
    <div className="paper-diff" data-testid="paper-diff">
      <p className="paper-diff__legend">
        <ins>{t('paper.compare.legendInserted')}</ins> <del>{t('paper.compare.legendDeleted')}</del>
      </p>
      {diffGroups(sections).map((group, i) =>
        group.kind === 'unchanged' ? (
          <details key={i} className="paper-diff__unchanged">
            <summary>{t('paper.compare.unchanged', { number: format.integer(group.sections.length) })}</summary>
            <ul>
              {group.sections.map((s) => (
                <li key={s.id}>{sectionName(s)}</li>
              ))}
            </ul>
          </details>
        ) : (
          <section key={i} className={`paper-diff__section paper-diff__section--${group.section.change}`} data-section={group.section.id}>
            <h3>
              {sectionName(group.section)} <span className="paper-diff__badge">{t(`paper.compare.change.${group.section.change}`)}</span>
            </h3>
            {changedFields(group.section).map((field) => (
              <FieldChange key={field.field} field={field} locale={locale} />
            ))}
          </section>
        ),
      )}
    </div>
  );
}

function FieldChange({ field, locale }: { field: FieldDiff; locale: UiLocale }) {
  const { t } = useTranslation();
  const list = field.field === 'targetGroups' || field.field === 'measures' || field.field === 'participants';
  return (
    <div className="paper-diff__field">
      {/* The context is one text: its section heading names it already. */}
      {field.field === 'context' ? null : <h4>{t(`paper.fields.${field.field}`)}</h4>}
      {list ? (
        <ul className="paper-diff__list" lang={locale} dir={directionOf(locale)}>
          {field.parts.map((part, i) => (
            <li key={i}>
              <Part part={part} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="paper-diff__text" lang={locale} dir={directionOf(locale)}>
          {field.parts.map((part, i) => (
            <Part key={i} part={part} />
          ))}
        </p>
      )}
    </div>
  );
}

function Part({ part }: { part: DiffPart }) {
  const { t } = useTranslation();
  if (part.change === 'added') {
    return (
      <ins>
        <span className="visually-hidden">{t('paper.compare.insertedStart')}</span>
        {part.text}
        <span className="visually-hidden">{t('paper.compare.insertedEnd')}</span>
      </ins>
    );
  }
  if (part.change === 'removed') {
    return (
      <del>
        <span className="visually-hidden">{t('paper.compare.deletedStart')}</span>
        {part.text}
        <span className="visually-hidden">{t('paper.compare.deletedEnd')}</span>
      </del>
    );
  }
  return <>{part.text}</>;
}
