import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import { uiLocales } from '../../../../../shared/domain/locales';
import type { NarrativeLocale, NarrativeText } from '../../../../../shared/domain/narrative';
import { useApi, useRead } from '../../../api/api-context';
import { useCatalogue, type CatalogueView } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { asUiLocale } from '../../../i18n/i18n';
import { useFormat } from '../../../i18n/use-format';
import { NarrativeEditor } from './NarrativeEditor';
import type { SaveState } from './save-state';
import { TextLanguageSwitch } from './TextLanguageSwitch';
import './narrative.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';
import { useUnsavedChanges, useUnsavedWork } from '../../../unsaved/unsaved-changes';

interface Place {
  section: string;
  locale: NarrativeLocale;
}

const placeKey = (place: Place) => `${place.section}/${place.locale}`;

/** The profile's written sections: pick a section and the language of its text, write, preview, save. */
export function NarrativePanel() {
  const catalogue = useCatalogue();
  const scope = useCityScope();
  const [texts] = useRead('narrative.list', { city: scope.city }, scopedKey(scope, 'narrative-list'));
  if (catalogue.state === 'loading' || texts.state === 'loading') return <Loading />;
  if (catalogue.state === 'failed') return <ErrorNotice error={catalogue.error} />;
  if (texts.state === 'failed') return <ErrorNotice error={texts.error} />;
  return <NarrativeWorkspace catalogue={catalogue.value} initial={texts.value} />;
}

function NarrativeWorkspace({ catalogue, initial }: { catalogue: CatalogueView; initial: NarrativeText[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const uiLocale = asUiLocale(i18n.language) ?? 'en';
  const sections = catalogue.overview.profileSections;
  const [stored, setStored] = useState(() => new Map(initial.map((text) => [placeKey(text), text])));
  const [place, setPlace] = useState<Place>({ section: sections[0]?.code ?? '', locale: uiLocale });
  const [draft, setDraft] = useState(() => stored.get(placeKey(place))?.markdown ?? '');
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | SaveFailure>('idle');
  const unsaved = useUnsavedChanges();

  const current = stored.get(placeKey(place));
  const dirty = draft !== (current?.markdown ?? '');
  const save: SaveState =
    saving === 'saving'
      ? { state: 'saving' }
      : typeof saving === 'object' && dirty
        ? { state: 'failed', error: saving.error }
        : dirty
          ? { state: 'dirty' }
          : { state: 'clean', at: current?.updatedAt ?? null, justSaved: saving === 'saved' };

  const go = (next: Place) => {
    setPlace(next);
    setDraft(stored.get(placeKey(next))?.markdown ?? '');
    setSaving('idle');
  };

  // Another section or text language is a way out of this text like any other: the same question.
  const request = (next: Place) => {
    if (placeKey(next) === placeKey(place)) return;
    unsaved.confirmLeave(() => go(next));
  };

  /** Saves the text shown; false when it could not be saved (the editor says why). */
  const saveDraft = async (): Promise<boolean> => {
    if (saving === 'saving') return false;
    setSaving('saving');
    const answer = await api.call('narrative.save', { section: place.section, locale: place.locale, markdown: draft });
    if (!answer.ok) {
      setSaving({ error: answer.error });
      return false;
    }
    const next = new Map(stored);
    if (answer.value.markdown === '') next.delete(placeKey(place));
    else next.set(placeKey(place), answer.value);
    setStored(next);
    if (answer.value.markdown === '') setDraft('');
    setSaving('saved');
    return true;
  };

  useUnsavedWork(dirty, {
    save: saveDraft,
    discard: () => {
      setDraft(current?.markdown ?? '');
      setSaving('idle');
    },
  });

  const written = (code: string) => new Set(uiLocales.filter((locale) => stored.has(placeKey({ section: code, locale }))));
  const section = sections.find((s) => s.code === place.section);
  const languagesWritten = useMemo(() => new Set(uiLocales.filter((locale) => stored.has(placeKey({ section: place.section, locale })))), [stored, place.section]);

  if (!section) return <p className="empty">{t('narrative.noSections')}</p>;

  return (
    <div className="narrative">
      <nav className="narrative__sections" aria-label={t('narrative.sectionsLabel')}>
        <ol>
          {sections.map((s) => {
            const has = written(s.code);
            return (
              <li key={s.code}>
                <button
                  type="button"
                  className="narrative__section"
                  aria-current={s.code === place.section ? 'true' : undefined}
                  onClick={() => request({ section: s.code, locale: place.locale })}
                  data-testid={`narrative-section-${s.code}`}
                >
                  <span className="narrative__section-name">{s.name[uiLocale]}</span>
                  <SectionState written={has} />
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section className="card narrative__main" aria-labelledby="narrative-section-title">
        <header className="narrative__header">
          <div>
            <h2 id="narrative-section-title">{section.name[uiLocale]}</h2>
            <p className="narrative__description">{section.description[uiLocale]}</p>
            {section.subsections.length > 0 ? (
              <p className="narrative__topics">{t('narrative.topics', { topics: format.list(section.subsections.map((s) => s.name[uiLocale])) })}</p>
            ) : null}
          </div>
          <TextLanguageSwitch value={place.locale} onChange={(locale) => request({ section: place.section, locale })} label={t('narrative.textLanguage')} written={languagesWritten} />
        </header>

        <NarrativeEditor
          key={placeKey(place)}
          catalogue={catalogue}
          section={section}
          locale={place.locale}
          draft={draft}
          onDraft={(text) => {
            setDraft(text);
            if (saving === 'saved') setSaving('idle');
          }}
          save={save}
          onSave={() => void saveDraft()}
        />
      </section>
    </div>
  );
}

/** What is left to write in a section: nothing, some languages, or everything. */
function SectionState({ written }: { written: ReadonlySet<NarrativeLocale> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = uiLocales.filter((locale) => !written.has(locale));
  if (missing.length === 0) return <span className="narrative__section-state">{t('narrative.complete')}</span>;
  if (written.size === 0) return <span className="narrative__section-state narrative__section-state--todo">{t('narrative.notWritten')}</span>;
  return (
    <span className="narrative__section-state narrative__section-state--todo">{t('narrative.missingIn', { languages: format.list(missing.map((l) => format.language(l))) })}</span>
  );
}

interface SaveFailure {
  error: ApiError;
}
