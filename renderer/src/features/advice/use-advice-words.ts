import { useTranslation } from 'react-i18next';
import type { AdviceItemKind, AdviceItemNow } from '../../../../shared/domain/advice';
import { commitmentStatuses } from '../../../../shared/domain/commitment';
import type { UiLocale } from '../../../../shared/domain/locales';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { asUiLocale } from '../../i18n/i18n';

/** Fields of an item's text that carry a language: `title.fr` reads "Title (French)". */
const withLanguage = /^(.+)\.(en|fr|ar)$/;
/** The fields an item's text holds (electron/core/advice/advice-items.ts); another is shown by its code. */
const itemFields: ReadonlySet<string> = new Set(['title', 'description', 'status', 'status_reason', 'owner', 'start', 'due', 'domains', 'target_groups', 'tags', 'task', 'milestone', 'target', 'context', 'decisions', 'date', 'participant', 'problem', 'evidence', 'actors', 'timeline', 'risks', 'measure', 'figure', 'more']);

/** The words the advice screens share: cities by name, items by kind and title, the fields of an item's text. */
export function useAdviceWords() {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scope = useCityScope();
  const cityName = (code: string): string => {
    if (code === scope.own.code) return scope.own.names[locale];
    return scope.peers.find((p) => p.code === code)?.names[locale] ?? code;
  };
  const itemTitle = (item: { kind: AdviceItemKind; id: string }, now: Pick<AdviceItemNow, 'title'>): string => {
    const own = now.title[locale] || now.title.en || now.title.fr || now.title.ar;
    if (own) return own;
    if (item.kind === 'paper_section' && (item.id === 'context' || item.id === 'validation')) return t(`advice.sections.${item.id}`);
    return item.id;
  };
  const catalogue = useCatalogue();
  const overview = catalogue.state === 'ready' ? catalogue.value.overview : null;
  const named = (codes: string, list: readonly { code: string; name: Record<UiLocale, string> }[] | undefined) =>
    codes
      .split(', ')
      .map((code) => list?.find((entry) => entry.code === code)?.name[locale] ?? code)
      .join(t('advice.fields.separator'));
  /** A value of an item's text in words where it is a code: a commitment's status, its domains and target groups. */
  const fieldValue = (field: string, value: string): string => {
    if (field === 'status' && commitmentStatuses.some((status) => status === value)) return t(`commitments.status.${value}`);
    if (field === 'domains') return named(value, overview?.domains);
    if (field === 'target_groups') return named(value, overview?.targetGroups);
    return value;
  };
  const fieldName = (field: string): string => {
    const match = withLanguage.exec(field);
    const base = match?.[1] ?? field;
    const name = itemFields.has(base) ? t(`advice.fields.${base}`) : base;
    return match?.[2] ? t('advice.fields.inLanguage', { field: name, language: t(`advice.languages.${match[2]}`) }) : name;
  };
  return { locale, ownCode: scope.own.code, cityName, itemTitle, fieldName, fieldValue, itemKind: (kind: AdviceItemKind) => t(`advice.itemKinds.${kind}`) };
}
