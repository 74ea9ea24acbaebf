import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../../shared/domain/locales';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/use-format';
import type { SaveState } from '../profile/narrative/save-state';
import { TextLanguageSwitch } from '../profile/narrative/TextLanguageSwitch';
import { issuesAt } from './issue-places';
import { addPriority, maxPriorities, minFinishedPriorities, movePriority, removePriority, updatePriority } from './paper-draft';
import { partWrittenIn, priorityOf, priorityPart, type PaperPart } from './paper-parts';
import { PaperTextEditor } from './PaperTextEditor';
import { PriorityEditor } from './PriorityEditor';
import { SaveProblems } from './SaveProblems';
import type { PaperStore } from './use-paper-store';
import { ValidationEditor } from './ValidationEditor';
import { AdviceOnItem } from '../advice/AdviceOnItem';

/** The paper written part by part: the context, each priority, the validation record. */
export function WritePanel({ store, catalogue, commitments, save }: { store: PaperStore; catalogue: CatalogueView; commitments: readonly CommitmentView[]; save: SaveState }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { readOnly } = useCityScope();
  const uiLocale = uiLocales.find((l) => l === i18n.language) ?? 'en';
  const [part, setPart] = useState<PaperPart>('context');
  const [locale, setLocale] = useState<UiLocale>(uiLocale);
  const [removing, setRemoving] = useState<string | null>(null);
  const { draft } = store;
  const places = store.saving.state === 'failed' ? store.saving.places : [];
  const onSave = () => void store.save();
  const priority = priorityOf(draft, part);
  const shownPart = priority || part === 'validation' ? part : 'context';
  const written = partWrittenIn(draft, shownPart);
  const missing = uiLocales.filter((l) => !written.has(l));

  const partName = (p: PaperPart, index?: number) => {
    if (p === 'context') return t('paper.parts.context');
    if (p === 'validation') return t('paper.parts.validation');
    const found = priorityOf(draft, p);
    const title = found ? (found.title[uiLocale].trim() || uiLocales.map((l) => found.title[l].trim()).find((x) => x !== '') || '') : '';
    return title === '' ? t('paper.parts.untitled', { number: format.integer((index ?? 0) + 1) }) : title;
  };

  const add = () => {
    const uid = crypto.randomUUID();
    store.edit(addPriority(draft, uid));
    setPart(priorityPart(uid));
  };

  const parts: PaperPart[] = ['context', ...draft.priorities.map((p) => priorityPart(p.uid)), 'validation'];
  const removingPriority = removing === null ? undefined : priorityOf(draft, removing);
  const keep: ConfirmChoice = { label: t('paper.keep'), tone: 'plain', onChoose: () => setRemoving(null) };

  return (
    <div className="paper-write">
      <nav className="paper-write__parts" aria-label={t('paper.parts.label')}>
        <ol>
          {parts.map((p) => {
            const index = draft.priorities.findIndex((x) => priorityPart(x.uid) === p);
            const problems = issuesAt(places, p).length;
            return (
              <li key={p}>
                <button type="button" className="paper-write__part" aria-current={p === shownPart ? 'true' : undefined} onClick={() => setPart(p)} data-testid={`paper-part-${p}`}>
                  <span className="paper-write__part-name">{index >= 0 ? `${format.integer(index + 1)}. ${partName(p, index)}` : partName(p)}</span>
                  {problems > 0 ? (
                    <span className="paper-write__part-problem">
                      <Icon name="warning" />
                      {t('paper.parts.problems', { number: format.integer(problems) })}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
        {readOnly ? null : (
          <button type="button" className="button" onClick={add} disabled={draft.priorities.length >= maxPriorities} data-testid="paper-add-priority">
            <Icon name="plus" />
            {t('paper.priorities.add')}
          </button>
        )}
        <p className="paper-write__hint" role="status">
          {draft.priorities.length >= maxPriorities
            ? t('paper.priorities.full', { number: format.integer(maxPriorities) })
            : draft.priorities.length < minFinishedPriorities
              ? t('paper.priorities.fewHint', { number: format.integer(draft.priorities.length) })
              : null}
        </p>
      </nav>

      <section className="card paper-write__main" aria-labelledby="paper-part-title">
        <header className="paper-write__header">
          <div>
            <h2 id="paper-part-title">{partName(shownPart, draft.priorities.findIndex((x) => priorityPart(x.uid) === shownPart))}</h2>
            <p className="paper-write__languages" data-testid="paper-missing-languages">
              {missing.length === 0
                ? t('paper.languages.all')
                : written.size === 0
                  ? t('paper.languages.none')
                  : t('paper.languages.missing', { languages: format.list(missing.map((l) => format.language(l))) })}
            </p>
          </div>
          <TextLanguageSwitch value={locale} onChange={setLocale} label={t('paper.textLanguage')} written={written} />
        </header>
        <AdviceOnItem kind="paper_section" id={priority ? priority.uid : shownPart === 'validation' ? 'validation' : 'context'} />

        {priority ? (
          <>
            {readOnly ? null : (
              <div className="paper-write__order" role="group" aria-label={t('paper.priorities.orderLabel')}>
                <button type="button" className="button button--quiet" onClick={() => store.edit(movePriority(draft, priority.uid, -1))} disabled={draft.priorities[0]?.uid === priority.uid}>
                  {t('paper.priorities.up')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => store.edit(movePriority(draft, priority.uid, 1))} disabled={draft.priorities[draft.priorities.length - 1]?.uid === priority.uid}>
                  {t('paper.priorities.down')}
                </button>
                <button type="button" className="button button--quiet button--danger" onClick={() => setRemoving(priorityPart(priority.uid))}>
                  <Icon name="trash" />
                  {t('paper.priorities.remove')}
                </button>
              </div>
            )}
            <PriorityEditor
              key={`${priority.uid}/${locale}`}
              priority={priority}
              locale={locale}
              catalogue={catalogue}
              commitments={commitments}
              places={issuesAt(places, shownPart)}
              onChange={(next) => store.edit(updatePriority(draft, priority.uid, () => next))}
              save={save}
              onSave={onSave}
            />
          </>
        ) : shownPart === 'validation' ? (
          <ValidationEditor key={locale} validation={draft.validation} locale={locale} catalogue={catalogue} onChange={(validation) => store.edit({ ...draft, validation })} save={save} onSave={onSave} places={issuesAt(places, 'validation')} />
        ) : (
          <>
            <Notice tone="info" title={t('paper.context.title')}>
              <p>{t('paper.context.help')}</p>
            </Notice>
            <PaperTextEditor key={locale} catalogue={catalogue} field="context" locale={locale} texts={draft.context} onChange={(context) => store.edit({ ...draft, context })} save={save} onSave={onSave} />
          </>
        )}
        {/* Right under the Save button, where the eyes are after pressing it. */}
        <SaveProblems saving={store.saving} draft={draft} onReload={() => void store.reload()} />
      </section>

      {removingPriority ? (
        <ConfirmDialog
          title={t('paper.priorities.removeTitle', { title: partName(priorityPart(removingPriority.uid), draft.priorities.indexOf(removingPriority)) })}
          message={t('paper.priorities.removeMessage')}
          choices={[
            {
              label: t('paper.priorities.removeConfirm'),
              tone: 'primary',
              onChoose: () => {
                store.edit(removePriority(draft, removingPriority.uid));
                setRemoving(null);
                setPart('context');
              },
            },
            keep,
          ]}
          safe={keep}
        />
      ) : null}
    </div>
  );
}
