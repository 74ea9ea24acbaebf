import { useTranslation } from 'react-i18next';
import type { AdviceItemKind } from '../../../../shared/domain/advice';
import { uiLocales, type UiLocale } from '../../../../shared/domain/locales';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { Field } from '../../components/Field';
import { useAdviceWords } from './use-advice-words';

/** The language a text is written in: every form of the advice screens offers the three. */
export function LanguageSelect({ label, hint, value, onChange }: { label: string; hint?: string; value: UiLocale; onChange(locale: UiLocale): void }) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select id={id} aria-describedby={describedBy} value={value} onChange={(e) => onChange(uiLocales.find((l) => l === e.target.value) ?? value)}>
          {uiLocales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`advice.languages.${locale}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A peer city, or none (`empty` names what none means: any city, the whole network). */
export function PeerSelect({ label, empty, value, onChange }: { label: string; empty: string; value: string | null; onChange(code: string | null): void }) {
  const scope = useCityScope();
  const words = useAdviceWords();
  return (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{empty}</option>
          {scope.peers.map((p) => (
            <option key={p.code} value={p.code}>
              {p.names[words.locale]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A policy domain of the catalogue, or none. */
export function DomainSelect({ label, empty, value, onChange }: { label: string; empty: string; value: string | null; onChange(code: string | null): void }) {
  const catalogue = useCatalogue();
  const words = useAdviceWords();
  const domains = catalogue.state === 'ready' ? catalogue.value.overview.domains : [];
  return (
    <Field label={label}>
      {({ id }) => (
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{empty}</option>
          {domains.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name[words.locale]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** An item as the advice screens name it: its kind, then its title. */
export function ItemName({ item, title }: { item: { kind: AdviceItemKind; id: string }; title: Parameters<ReturnType<typeof useAdviceWords>['itemTitle']>[1] }) {
  const words = useAdviceWords();
  return (
    <>
      <span className="advice-item-kind">{words.itemKind(item.kind)}</span> <bdi>{words.itemTitle(item, title)}</bdi>
    </>
  );
}
