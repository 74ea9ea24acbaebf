import { useTranslation } from 'react-i18next';
import { itemChanges, itemLines } from '../../../../shared/domain/advice-item-changes';
import { useAdviceWords } from './use-advice-words';

/** An item's text as lines of field and value: what the adviser read, or what the item holds now. */
export function ItemText({ text, label }: { text: string; label: string }) {
  const words = useAdviceWords();
  const lines = itemLines(text);
  return (
    <dl className="item-text" aria-label={label}>
      {lines.map((line, i) => (
        <div key={i} className="item-text__line">
          <dt>{words.fieldName(line.field)}</dt>
          <dd dir="auto">{words.fieldValue(line.field, line.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What changed in the item since the advice was written: removed lines, then added ones, each with its field. */
export function ItemChanges({ then, now }: { then: string; now: string }) {
  const { t } = useTranslation();
  const words = useAdviceWords();
  const changes = itemChanges(then, now);
  if (changes.length === 0) return <p className="muted">{t('advice.changes.none')}</p>;
  return (
    <ul className="item-changes" data-testid="item-changes">
      {changes.map((change, i) => (
        <li key={i} className={`item-changes__line item-changes__line--${change.change}`}>
          <span className="item-changes__mark">{t(`advice.changes.${change.change}`)}</span>
          <span className="item-changes__field">{words.fieldName(change.field)}</span>
          {change.change === 'removed' ? (
            <del dir="auto">{words.fieldValue(change.field, change.value)}</del>
          ) : (
            <ins dir="auto">{words.fieldValue(change.field, change.value)}</ins>
          )}
        </li>
      ))}
    </ul>
  );
}
