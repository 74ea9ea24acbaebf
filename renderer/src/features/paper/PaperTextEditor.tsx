import type { ProfileSection } from '../../../../shared/domain/catalogue';
import type { UiLocale } from '../../../../shared/domain/locales';
import { maxPaperTextLength, type PaperMarkdown } from '../../../../shared/domain/priority-paper';
import { paperWords, type PaperWords } from '../../../../shared/paper/paper-words';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { NarrativeEditor } from '../profile/narrative/NarrativeEditor';
import type { SaveState } from '../profile/narrative/save-state';
import '../profile/narrative/narrative.css';

export type PaperTextField = 'context' | 'problem' | 'evidence' | 'actors' | 'timeline' | 'risks' | 'decisions';

/**
 * One Markdown text of the paper in one language, written with the profile narrative's editor (its
 * toolbar, figure-citation helper and live preview), labelled by the paper's own heading for it.
 */
export function PaperTextEditor({
  catalogue,
  field,
  locale,
  texts,
  onChange,
  save,
  onSave,
}: {
  catalogue: CatalogueView;
  field: PaperTextField;
  locale: UiLocale;
  texts: PaperMarkdown;
  onChange(texts: PaperMarkdown): void;
  save: SaveState;
  onSave(): void;
}) {
  // The editor labels its text area with a section's name: here the paper's heading for the field.
  const heading = (words: PaperWords) => (field === 'context' ? words.context : words[field]);
  const section: ProfileSection = {
    code: field,
    name: { en: heading(paperWords.en), fr: heading(paperWords.fr), ar: heading(paperWords.ar) },
    description: { en: '', fr: '', ar: '' },
    subsections: [],
  };
  return (
    <NarrativeEditor
      catalogue={catalogue}
      section={section}
      locale={locale}
      draft={texts[locale]}
      onDraft={(text) => onChange({ ...texts, [locale]: text })}
      save={save}
      onSave={onSave}
      maxLength={maxPaperTextLength}
    />
  );
}
