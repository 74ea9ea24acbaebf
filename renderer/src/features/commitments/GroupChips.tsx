import { useTranslation } from 'react-i18next';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { asUiLocale } from '../../i18n/i18n';

/**
 * Target groups in short words, the programme's focus groups (women, youth, refugees, asylum
 * seekers) stressed, so they stay visible in a crowded row; the full name is the chip's title.
 */
export function GroupChips({ codes, catalogue }: { codes: readonly string[]; catalogue: CatalogueView }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  if (codes.length === 0) return null;
  return (
    <ul className="chips chips--small">
      {codes.map((code) => {
        const group = catalogue.overview.targetGroups.find((g) => g.code === code);
        const short = i18n.exists(`commitments.groupShort.${code}`) ? t(`commitments.groupShort.${code}`) : (group?.name[locale] ?? code);
        return (
          <li key={code} className={group?.focus ? 'chip chip--focus' : 'chip'} title={group?.name[locale]}>
            {short}
          </li>
        );
      })}
    </ul>
  );
}
