import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../../../shared/domain/locales';
import type { CitationAnswer, NarrativeLocale } from '../../../../../shared/domain/narrative';
import { citationKey, dimensionNames, type CitationNode } from '../../../../../shared/narrative';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { Icon } from '../../../components/Icon';
import { formatFigureValue, formatInteger, type Translate } from './figure-words';

interface Cited {
  raw: string;
  node: CitationNode;
  uses: number;
}

/** Each distinct marker once, in the order the text first cites it. */
function distinct(nodes: readonly CitationNode[]): Cited[] {
  const byRaw = new Map<string, Cited>();
  for (const node of nodes) {
    const known = byRaw.get(node.raw);
    if (known) known.uses += 1;
    else byRaw.set(node.raw, { raw: node.raw, node, uses: 1 });
  }
  return [...byRaw.values()];
}

/**
 * "Figures cited in this text": every citation as a chip with the figure's current value in the
 * text's language, and a warning chip for one the data cannot answer. Choosing a chip selects its
 * marker in the text, so the writer finds what a chip stands for without reading the Markdown.
 */
export function CitedFigures({
  nodes,
  answers,
  locale,
  textT,
  catalogue,
  onFind,
}: {
  nodes: readonly CitationNode[];
  answers: ReadonlyMap<string, CitationAnswer>;
  locale: NarrativeLocale;
  textT: Translate;
  catalogue: CatalogueView;
  onFind(raw: string): void;
}) {
  const { t } = useTranslation();
  const cited = distinct(nodes);
  const dir = directionOf(locale);

  const breakdownWords = (node: Extract<CitationNode, { type: 'citation' }>): string[] =>
    dimensionNames.flatMap((d) => {
      const code = node.citation.breakdown[d];
      return code === undefined ? [] : [catalogue.codeName(d, code, locale, code)];
    });

  return (
    <section className="cited-figures" aria-labelledby="cited-figures-title" aria-live="polite">
      <h4 id="cited-figures-title" className="cited-figures__title">
        {t('narrative.chips.title', { count: cited.length })}
      </h4>
      {cited.length === 0 ? (
        <p className="cited-figures__empty">{t('narrative.chips.none')}</p>
      ) : (
        <ul className="cited-figures__list">
          {cited.map(({ raw, node, uses }) => {
            const answer = node.type === 'citation' ? answers.get(citationKey(node.citation)) : undefined;
            const reason = node.type === 'bad-citation' ? node.reason : answer && 'problem' in answer ? answer.problem : null;
            const times = uses > 1 ? <span className="figure-chip__uses">{t('narrative.chips.uses', { count: uses, formatted: formatInteger(uses, locale) })}</span> : null;
            if (reason !== null) {
              return (
                <li key={raw}>
                  <button type="button" className="figure-chip figure-chip--problem" onClick={() => onFind(raw)} data-chip={raw}>
                    <Icon name="warning" />
                    <code dir="ltr">{raw}</code>
                    <span className="figure-chip__reason">{t(`narrative.problem.${reason}`)}</span>
                    {times}
                  </button>
                </li>
              );
            }
            const name = node.type === 'citation' ? (answer && !('problem' in answer) ? answer.name[locale] : (catalogue.indicator(node.citation.indicator)?.name[locale] ?? node.citation.indicator)) : raw;
            const parts = node.type === 'citation' ? [name, ...breakdownWords(node)] : [name];
            return (
              <li key={raw}>
                <button type="button" className="figure-chip" onClick={() => onFind(raw)} data-chip={raw} lang={locale} dir={dir}>
                  <bdi className="figure-chip__name">{parts.join(' · ')}</bdi>
                  {answer && !('problem' in answer) ? (
                    <span className="figure-chip__figure">
                      <bdi className="figure-chip__value">{formatFigureValue(answer.unit, answer.value, locale, textT)}</bdi> <bdi className="figure-chip__period">({answer.period})</bdi>
                    </span>
                  ) : (
                    <span className="figure-chip__figure figure-chip__figure--pending" aria-busy="true">
                      …
                    </span>
                  )}
                  {times}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {cited.length > 0 ? <p className="cited-figures__hint">{t('narrative.chips.hint')}</p> : null}
    </section>
  );
}
