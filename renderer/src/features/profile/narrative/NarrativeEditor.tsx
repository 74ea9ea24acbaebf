import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSection } from '../../../../../shared/domain/catalogue';
import { directionOf } from '../../../../../shared/domain/locales';
import { maxNarrativeLength, type NarrativeLocale } from '../../../../../shared/domain/narrative';
import { collectCitationNodes, parseMarkdown } from '../../../../../shared/narrative';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { useCityScope } from '../../../city/city-scope';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../i18n/use-format';
import { CiteHelper } from './CiteHelper';
import { CitedFigures } from './CitedFigures';
import { FormattingHelp } from './FormattingHelp';
import { LinkDialog } from './LinkDialog';
import { applyEdit, insertCitation, insertLink, toggleLines, toggleWrap, type TextEdit, type TextSelection } from './markdown-edits';
import { NarrativeToolbar, shortcutAction, type TextAction } from './NarrativeToolbar';
import { NarrativeBlocks } from './NarrativeBlocks';
import type { SaveState } from './save-state';
import { citationKeys, useCitations } from './use-citations';

/**
 * Types the edit into the text area as if typed, so the browser's own undo (Ctrl+Z) takes it back;
 * answers false where the browser no longer offers that, and the caller sets the text itself.
 */
function typeEdit(element: HTMLTextAreaElement, edit: TextEdit): boolean {
  element.focus();
  element.setSelectionRange(edit.from, edit.to);
  const expected = applyEdit(element.value, edit);
  // execCommand is deprecated, but it is still the only way to change a text area that the undo
  // history records (setRangeText and assigning the value both bypass it); Chromium keeps supporting it.
  const typed = edit.insert === '' ? window.document.execCommand('delete') : window.document.execCommand('insertText', false, edit.insert);
  if (!typed || element.value !== expected) return false;
  element.setSelectionRange(edit.selection.start, edit.selection.end);
  return true;
}

/** The text area with its toolbar, the figure picker, the cited figures and the live preview of one section in one language. */
export function NarrativeEditor({
  catalogue,
  section,
  locale,
  draft,
  onDraft,
  save,
  onSave,
  maxLength = maxNarrativeLength,
}: {
  catalogue: CatalogueView;
  section: ProfileSection;
  locale: NarrativeLocale;
  draft: string;
  onDraft(text: string): void;
  save: SaveState;
  onSave(): void;
  /** The longest text the record takes (the priority paper's texts are shorter than a profile section). */
  maxLength?: number;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const textT = useMemo(() => i18n.getFixedT(locale), [i18n, locale]);
  const area = useRef<HTMLTextAreaElement>(null);
  const selectionAfter = useRef<TextSelection | null>(null);
  const [citing, setCiting] = useState(false);
  const [linking, setLinking] = useState<string | null>(null);
  // Which use of a cited marker the next click on its chip selects.
  const found = useRef<{ raw: string; at: number } | null>(null);
  // A peer city's text is read, never edited here.
  const { readOnly } = useCityScope();

  // The preview follows the text a beat behind typing, so long sections stay smooth to edit.
  const shown = useDeferredValue(draft);
  const parsed = useMemo(() => parseMarkdown(shown), [shown]);
  const keys = useMemo(() => citationKeys([parsed]), [parsed]);
  const citedNodes = useMemo(() => collectCitationNodes(parsed), [parsed]);
  const citations = useCitations(keys);

  // Where the edit left the selection, once React has put the new text in the text area.
  useEffect(() => {
    const element = area.current;
    if (selectionAfter.current === null || !element) return;
    element.focus();
    element.setSelectionRange(selectionAfter.current.start, selectionAfter.current.end);
    selectionAfter.current = null;
  }, [draft]);

  const selection = (): TextSelection => ({ start: area.current?.selectionStart ?? draft.length, end: area.current?.selectionEnd ?? draft.length });

  const perform = (edit: TextEdit) => {
    const element = area.current;
    if (!element || readOnly) return;
    if (typeEdit(element, edit)) return;
    selectionAfter.current = edit.selection;
    onDraft(applyEdit(draft, edit));
  };

  const insert = (token: string) => {
    setCiting(false);
    perform(insertCitation(draft, selection(), token));
  };

  const act = (action: TextAction) => {
    if (readOnly) return;
    const at = selection();
    switch (action) {
      case 'bold':
        return perform(toggleWrap(draft, at, '**', textT('narrative.tools.placeholder.bold')));
      case 'italic':
        return perform(toggleWrap(draft, at, '*', textT('narrative.tools.placeholder.italic')));
      case 'heading':
        return perform(toggleLines(draft, at, 'heading'));
      case 'bullet':
        return perform(toggleLines(draft, at, 'bullet'));
      case 'numbered':
        return perform(toggleLines(draft, at, 'numbered'));
      case 'link':
        setCiting(false);
        setLinking(draft.slice(at.start, at.end).trim());
        return;
      case 'figure':
        setLinking(null);
        setCiting((open) => !open);
        return;
    }
  };

  /** Selects the marker a chip stands for in the text; the next click finds its next use. */
  const find = (raw: string) => {
    const element = area.current;
    if (!element) return;
    const from = found.current?.raw === raw ? found.current.at + 1 : 0;
    let at = draft.indexOf(raw, from);
    if (at < 0) at = draft.indexOf(raw);
    if (at < 0) return;
    found.current = { raw, at };
    // Focusing after selecting makes the text area scroll the marker into view.
    element.blur();
    element.setSelectionRange(at, at + raw.length);
    element.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      onSave();
      return;
    }
    const action = shortcutAction(event);
    if (action === null || readOnly) return;
    event.preventDefault();
    act(action);
  };

  const dirty = save.state === 'dirty';
  const language = format.language(locale);
  const dir = directionOf(locale);

  return (
    <div className="narrative-editor">
      <div className="narrative-editor__tools">
        {readOnly ? null : <NarrativeToolbar onAction={act} controls={`${id}-text`} open={{ link: linking !== null, figure: citing }} />}
        <FormattingHelp />
      </div>
      {linking !== null ? (
        <LinkDialog
          id={`${id}-link`}
          selected={linking}
          onInsert={(href, label) => {
            setLinking(null);
            perform(insertLink(draft, selection(), href, label));
          }}
          onClose={() => {
            setLinking(null);
            area.current?.focus();
          }}
        />
      ) : null}
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
            maxLength={maxLength}
            spellCheck
            rows={22}
            aria-describedby={`${id}-count`}
            onChange={(e) => onDraft(e.target.value)}
            onKeyDown={onKeyDown}
            data-testid="narrative-text"
          />
          <CitedFigures nodes={citedNodes} answers={citations.answers} locale={locale} textT={textT} catalogue={catalogue} onFind={find} />
          <p className="narrative-editor__count" id={`${id}-count`}>
            {t('narrative.characters', { used: format.integer(draft.length), limit: format.integer(maxLength) })}
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
          {/* It scrolls on its own when the text is long: the keyboard must be able to scroll it too. */}
          <div className="narrative-editor__page" data-testid="narrative-preview" role="region" tabIndex={0} aria-labelledby={`${id}-preview`}>
            {draft.trim() === '' ? (
              <p className="muted" lang={locale} dir={dir}>
                {textT('narrative.emptyPreview')}
              </p>
            ) : (
              <NarrativeBlocks document={parsed} rendering={{ locale, t: textT, answers: citations.answers, topHeading: 4 }} />
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
