import { useTranslation } from 'react-i18next';
import { sourceKinds } from '../../../../../shared/domain/observation';
import { importFields, type ImportField, type ImportMapping, type ImportPreview } from '../../../../../shared/domain/observation-import';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { asUiLocale } from '../../../i18n/i18n';
import { SavedMappings } from './SavedMappings';

/** A, B, … Z, AA: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const none = '-';
const shownLines = 12;

/**
 * The column-mapping step: the file's first lines as they are, which line holds the column names,
 * which column is which part of an observation (or one value for every row), years spread across
 * columns, and how numbers are written. Focal's guess is filled in; the user corrects it.
 */
export function MappingStep({
  preview,
  mapping,
  catalogue,
  onChange,
  onSheet,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  catalogue: CatalogueView;
  onChange(next: ImportMapping): void;
  onSheet(sheet: string): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const headerRecord = preview.records.find((r) => r.line === mapping.headerRow);
  const header = headerRecord?.cells ?? [];
  const width = Math.max(0, ...preview.records.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const periodColumns = new Map(mapping.periodColumns.map((p) => [p.column, p.period]));
  const name = (index: number) => `${columnLetter(index)} · ${header[index] || t('import.mapping.unnamed')}`;

  const setColumn = (field: ImportField, value: string) => {
    const columnsMap = { ...mapping.columns };
    if (value === none) delete columnsMap[field];
    else columnsMap[field] = Number(value);
    onChange({ ...mapping, columns: columnsMap });
  };
  const setFixed = (field: ImportField, value: string) => onChange({ ...mapping, fixed: { ...mapping.fixed, [field]: value } });
  const togglePeriodColumn = (column: number, on: boolean) => {
    const next = mapping.periodColumns.filter((p) => p.column !== column);
    if (on) next.push({ column, period: header[column] ?? '' });
    onChange({ ...mapping, periodColumns: next.sort((a, b) => a.column - b.column) });
  };
  const setPeriodOf = (column: number, period: string) => onChange({ ...mapping, periodColumns: mapping.periodColumns.map((p) => (p.column === column ? { ...p, period } : p)) });
  const wide = mapping.periodColumns.length > 0;
  // One row filter in the interface (a column equal to a value); the mapping allows a few more.
  const rowFilter = mapping.rowFilters[0] ?? null;
  const setRowFilter = (column: number | null, value: string) => onChange({ ...mapping, rowFilters: column === null ? [] : [{ column, value }] });
  const valuesIn = (column: number) => [...new Set(preview.records.filter((r) => r.line > mapping.headerRow).map((r) => r.cells[column] ?? '').filter((v) => v !== ''))].slice(0, 50);

  return (
    <div className="mapping">
      <SavedMappings mapping={mapping} onUse={onChange} />
      {preview.sheets.length > 1 ? (
        <label className="filters__select">
          {t('import.mapping.sheet')}
          <select value={preview.sheet ?? ''} onChange={(e) => onSheet(e.target.value)}>
            {preview.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      <section aria-labelledby="mapping-preview-title">
        <h3 id="mapping-preview-title">{t('import.mapping.previewTitle', { name: preview.name })}</h3>
        {/* A wide file scrolls sideways inside this box: the keyboard must reach it too. */}
        <div className="mapping__preview" role="region" tabIndex={0} aria-labelledby="mapping-preview-title">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('import.mapping.line')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.records.slice(0, Math.max(shownLines, mapping.headerRow + 4)).map((record) => (
                <tr key={record.line} className={record.line === mapping.headerRow ? 'mapping__header-line' : record.line < mapping.headerRow ? 'mapping__skipped-line' : undefined}>
                  <th scope="row">{record.line}</th>
                  {columns.map((c) => (
                    <td key={c} dir="auto">
                      {record.cells[c] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {preview.problem ? <p className="field__error">{preview.problem}</p> : null}
      </section>

      <label className="filters__select">
        {t('import.mapping.headerRow')}
        <select value={mapping.headerRow} onChange={(e) => onChange({ ...mapping, headerRow: Number(e.target.value) })}>
          {preview.records.map((r) => (
            <option key={r.line} value={r.line}>
              {t('import.mapping.lineN', { line: r.line, first: r.cells.filter(Boolean).slice(0, 3).join(', ') })}
            </option>
          ))}
        </select>
      </label>

      <section aria-labelledby="mapping-fields-title">
        <h3 id="mapping-fields-title">{t('import.mapping.fieldsTitle')}</h3>
        <p className="muted">{t('import.mapping.fieldsIntro')}</p>
        <div className="mapping__fields">
          {importFields
            .filter((field) => !(wide && (field === 'period' || field === 'value')))
            .map((field) => {
              const column = mapping.columns[field];
              return (
                <div key={field} className="mapping__field" data-field={field}>
                  <label className="mapping__label" htmlFor={`map-${field}`}>
                    {t(`import.fields.${field}`)}
                  </label>
                  <select id={`map-${field}`} value={column === undefined ? none : String(column)} onChange={(e) => setColumn(field, e.target.value)}>
                    <option value={none}>{t('import.mapping.notInFile')}</option>
                    {columns.map((c) => (
                      <option key={c} value={c}>
                        {name(c)}
                      </option>
                    ))}
                  </select>
                  {column === undefined ? (
                    field === 'indicator' ? (
                      <select aria-label={t('import.mapping.fixedFor', { field: t(`import.fields.${field}`) })} value={mapping.fixed.indicator ?? ''} onChange={(e) => setFixed('indicator', e.target.value)}>
                        <option value="">{t('import.mapping.noFixed')}</option>
                        {catalogue.indicators.map((i) => (
                          <option key={i.code} value={i.code}>
                            {i.name[locale]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        aria-label={t('import.mapping.fixedFor', { field: t(`import.fields.${field}`) })}
                        placeholder={t('import.mapping.fixedPlaceholder')}
                        dir="auto"
                        value={mapping.fixed[field] ?? ''}
                        onChange={(e) => setFixed(field, e.target.value)}
                      />
                    )
                  ) : (
                    <span className="muted mapping__sample" dir="auto">
                      {preview.records.find((r) => r.line === mapping.headerRow + 1)?.cells[column] ?? ''}
                    </span>
                  )}
                </div>
              );
            })}
        </div>
      </section>

      <fieldset className="mapping__filter">
        <legend>{t('import.mapping.filterTitle')}</legend>
        <p className="muted">{t('import.mapping.filterIntro')}</p>
        <div className="mapping__filter-row">
          <label className="filters__select">
            {t('import.mapping.filterColumn')}
            <select value={rowFilter === null ? none : String(rowFilter.column)} onChange={(e) => setRowFilter(e.target.value === none ? null : Number(e.target.value), '')}>
              <option value={none}>{t('import.mapping.filterNone')}</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {name(c)}
                </option>
              ))}
            </select>
          </label>
          {rowFilter !== null ? (
            <label className="filters__select">
              {t('import.mapping.filterValue')}
              <input list="mapping-filter-values" dir="auto" value={rowFilter.value} onChange={(e) => setRowFilter(rowFilter.column, e.target.value)} />
              <datalist id="mapping-filter-values">
                {valuesIn(rowFilter.column).map((v) => (
                  <option key={v} value={v} />
                ))}
              </datalist>
            </label>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="mapping__wide">
        <legend>{t('import.mapping.wideTitle')}</legend>
        <p className="muted">{t('import.mapping.wideIntro')}</p>
        <div className="mapping__wide-columns">
          {columns
            .filter((c) => !Object.values(mapping.columns).includes(c) && c !== rowFilter?.column)
            .map((c) => (
              <div key={c} className="mapping__wide-column">
                <label className="choice__option">
                  <input type="checkbox" checked={periodColumns.has(c)} onChange={(e) => togglePeriodColumn(c, e.target.checked)} />
                  {name(c)}
                </label>
                {periodColumns.has(c) ? (
                  <input
                    className="input--code"
                    aria-label={t('import.mapping.periodOf', { column: name(c) })}
                    value={periodColumns.get(c) ?? ''}
                    onChange={(e) => setPeriodOf(c, e.target.value)}
                  />
                ) : null}
              </div>
            ))}
        </div>
      </fieldset>

      <div className="mapping__options">
        <label className="choice__option">
          <input type="checkbox" checked={mapping.decimalComma} onChange={(e) => onChange({ ...mapping, decimalComma: e.target.checked })} />
          {t('import.mapping.decimalComma')}
        </label>
        <label className="filters__select">
          {t('import.mapping.newSourceKind')}
          <select value={mapping.newSourceKind} onChange={(e) => onChange({ ...mapping, newSourceKind: sourceKinds.find((k) => k === e.target.value) ?? 'other' })}>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`import.sourceKinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
