import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSection } from '../../../../../shared/domain/catalogue';
import { directionOf } from '../../../../../shared/domain/locales';
import { maxNarrativeLength, type NarrativeLocale } from '../../../../../shared/domain/narrative';
import { parseMarkdown } from '../../../../../shared/narrative';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { useCityScope } from '../../../city/city-scope';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../i18n/use-format';
import { CiteHelper } from './CiteHelper';
import { FormattingHelp } from './FormattingHelp';
import { NarrativeBlocks } from './NarrativeBlocks';
import type { SaveState } from './save-state';
import { citationKeys, useCitations } from './use-citations';

/** The text area, the citation helper and the live preview of one section in one language. */
export function NarrativeEditor({
  catalogue,
  section,
  locale,
  draft,
  onDraft,
  save,
  onSave,
}: {
  catalogue: CatalogueView;
  section: ProfileSection;
  locale: NarrativeLocale;
  draft: string;
  onDraft(text: string): void;
  save: SaveState;
  onSave(): void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const textT = useMemo(() => i18n.getFixedT(locale), [i18n, locale]);
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [citing, setCiting] = useState(false);
  // A peer city's text is read, never edited here.
  const { readOnly } = useCityScope();

  // The preview follows the text a beat behind typing, so long sections stay smooth to edit.
  const shown = useDeferredValue(draft);
  const document = useMemo(() => parseMarkdown(shown), [shown]);
  const keys = useMemo(() => citationKeys([document]), [document]);
  const citations = useCitations(keys);

  // Put the cursor after an inserted citation once the new text is in the text area.
  useEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [draft]);

  const insert = (token: string) => {
    const element = area.current;
    const start = element?.selectionStart ?? draft.length;
    const end = element?.selectionEnd ?? draft.length;
    // A citation is a word of the sentence: keep it apart from the words around it.
    const before = start > 0 && !/\s/.test(draft[start - 1] ?? ' ') ? ' ' : '';
    const after = end < draft.length && !/[\s.,;:!?)،؛]/.test(draft[end] ?? ' ') ? ' ' : '';
    const text = `${before}${token}${after}`;
    caret.current = start + text.length;
    setCiting(false);
    onDraft(draft.slice(0, start) + text + draft.slice(end));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      onSave();
    }
  };

  const dirty = save.state === 'dirty';
  const language = format.language(locale);
  const dir = directionOf(locale);

  return (
    <div className="narrative-editor">
      <div className="narrative-editor__tools">
        <button
          type="button"
          className="button"
          hidden={readOnly}
          aria-expanded={citing}
          aria-controls={`${id}-cite`}
          onClick={() => setCiting((open) => !open)}
          data-testid="cite-toggle"
        >
          <Icon name="plus" />
          {t('narrative.cite.open')}
        </button>
        <FormattingHelp />
      </div>
      {citing ? (
        <div id={`${id}-cite`}>
          <CiteHelper
            catalogue={catalogue}
            textLocale={locale}
            textT={textT}
            onInsert={insert}
            onClose={() => {
              setCiting(false);
              area.current?.focus();
            }}
          />
        </div>
      ) : null}

      <div className="narrative-editor__panes">
        <div className="narrative-editor__pane">
          <label className="narrative-editor__label" htmlFor={`${id}-text`}>
            {t('narrative.editorLabel', { section: section.name[locale], language })}
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            className="narrative-editor__text"
            lang={locale}
            dir={dir}
            value={draft}
            readOnly={readOnly}
            maxLength={maxNarrativeLength}
            spellCheck
            rows={22}
            aria-describedby={`${id}-count`}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={onKeyDown}
            data-testid="narrative-text"
          />
          <p className="narrative-editor__count" id={`${id}-count`}>
            {t('narrative.characters', { used: format.integer(draft.length), limit: format.integer(maxNarrativeLength) })}
          </p>
        </div>
        <section className="narrative-editor__pane narrative-editor__preview" aria-labelledby={`${id}-preview`}>
          <div className="narrative-editor__preview-head">
            <h3 id={`${id}-preview`} className="narrative-editor__label">
              {t('narrative.preview')}
            </h3>
            <button type="button" className="button button--quiet" onClick={citations.refresh}>
              {t('narrative.refresh')}
            </button>
          </div>
          {citations.error ? <ErrorNotice error={citations.error} /> : null}
          <div className="narrative-editor__page" data-testid="narrative-preview">
            {draft.trim() === '' ? (
              <p className="muted" lang={locale} dir={dir}>
                {textT('narrative.emptyPreview')}
              </p>
            ) : (
              <NarrativeBlocks document={document} rendering={{ locale, t: textT, answers: citations.answers, topHeading: 4 }} />
            )}
          </div>
        </section>
      </div>

      <div className="narrative-editor__footer" hidden={readOnly}>
        <button type="button" className="button button--primary" onClick={onSave} disabled={save.state === 'saving' || save.state === 'clean'}>
          <Icon name="check" />
          {save.state === 'saving' ? t('narrative.saving') : t('narrative.save')}
        </button>
        <p className={dirty ? 'narrative-editor__status narrative-editor__status--dirty' : 'narrative-editor__status'} role="status" data-testid="save-status">
          {dirty || save.state === 'failed' ? t('narrative.unsaved') : null}
          {save.state === 'clean' && save.justSaved && save.at ? t('narrative.saved', { time: format.dateTime(save.at) }) : null}
          {save.state === 'clean' && !save.justSaved && save.at ? t('narrative.lastSaved', { time: format.dateTime(save.at) }) : null}
        </p>
      </div>
      {save.state === 'failed' ? <ErrorNotice error={save.error} /> : null}
    </div>
  );
}
