import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { District } from '../../../../shared/domain/district';
import { useApi } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFocusAfterRemoval } from '../../components/use-focus-after-removal';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { asUiLocale } from '../../i18n/i18n';
import '../profile/figures/figures.css';
import './districts.css';

interface Draft {
  code: string;
  en: string;
  fr: string;
  ar: string;
}

const empty: Draft = { code: '', en: '', fr: '', ar: '' };
const languages = ['en', 'fr', 'ar'] as const;

/**
 * The city's districts: the only values its figures may give for the district breakdown. A file or
 * a typed figure may name one by its code or by any of its names. The code is the district's
 * identity (it travels with the figures), so renaming changes the names only.
 */
export function DistrictsPanel() {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<Draft>(empty);
  // The code being renamed; null while adding a new district.
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // What was just done, worded at render time so a language switch rewords it.
  const [done, setDone] = useState<{ key: 'added' | 'renamed' | 'removed'; district: District } | null>(null);
  // Why a district could not be removed, in the interface's words.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useFocusAfterRemoval(catalogue.state === 'ready' ? catalogue.value.districts.map((d) => d.code) : [], heading);

  // The core names the field and the reason; the words are the interface's.
  const issueFor = (path: string): string | undefined => {
    const issue = error?.issues?.find((i) => i.path === path);
    if (!issue) return undefined;
    const problem = issue.problem;
    if (problem?.code === 'district_taken') return t('districts.problems.taken', { value: problem.params.value, district: problem.params.district });
    if (problem?.code === 'district_means_total') return t('districts.problems.meansTotal', { value: problem.params.value });
    return path === 'code' ? t('districts.problems.code') : t('districts.problems.name');
  };

  const reload = () => {
    if (catalogue.state === 'ready') catalogue.value.reload();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = await api.call('districts.save', { code: draft.code, name: { en: draft.en, fr: draft.fr, ar: draft.ar } });
    setBusy(false);
    setRefusal(null);
    if (!answer.ok) {
      setDone(null);
      return setError(answer.error);
    }
    setError(null);
    setDone({ key: renaming ? 'renamed' : 'added', district: answer.value });
    setDraft(empty);
    setRenaming(null);
    reload();
  };

  const startRenaming = (district: District) => {
    setRenaming(district.code);
    setError(null);
    setDone(null);
    setDraft({ code: district.code, ...district.name });
  };

  const remove = async (district: District) => {
    if (!window.confirm(t('districts.confirmRemove', { name: district.name[locale] }))) return;
    focus.removing(district.code);
    setBusy(true);
    const answer = await api.call('districts.delete', { code: district.code });
    setBusy(false);
    setDone(null);
    setError(null);
    setRefusal(null);
    if (!answer.ok) {
      focus.kept(district.code);
      const inUse = answer.error.issues?.find((i) => i.problem?.code === 'district_in_use')?.problem;
      // The count of figures is the core's; the sentence is the interface's.
      if (inUse) return setRefusal(t('districts.problems.inUse', { name: district.name[locale], count: Number(inUse.params.count) }));
      return setError(answer.error);
    }
    setDone({ key: 'removed', district });
    reload();
  };

  return (
    <section className="card districts" aria-labelledby="districts-title">
      <h2 id="districts-title" ref={heading} tabIndex={-1}>
        {t('districts.title')}
      </h2>
      <p>{t('districts.intro')}</p>
      {done ? <Notice tone="success" title={t(`districts.${done.key}`, { name: done.district.name[locale] })} /> : null}
      {refusal ? <Notice tone="error" title={refusal} /> : null}
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      {catalogue.state === 'loading' ? <Loading /> : null}
      {catalogue.state === 'failed' ? <ErrorNotice error={catalogue.error} /> : null}
      {catalogue.state === 'ready' && catalogue.value.districts.length === 0 ? <p className="muted">{t('districts.none')}</p> : null}
      {catalogue.state === 'ready' && catalogue.value.districts.length > 0 ? (
        <table className="table table--compact districts__table">
          <thead>
            <tr>
              <th scope="col">{t('districts.code')}</th>
              {languages.map((language) => (
                <th scope="col" key={language}>
                  {t(`districts.nameIn.${language}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('districts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {catalogue.value.districts.map((district) => (
              <tr key={district.code}>
                <td>
                  <code dir="auto">{district.code}</code>
                </td>
                {languages.map((language) => (
                  <td key={language} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
                    {district.name[language]}
                  </td>
                ))}
                <td className="districts__actions">
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => startRenaming(district)}>
                    {t('districts.rename', { name: district.name[locale] })}
                  </button>
                  <button type="button" className="button button--quiet" disabled={busy} ref={focus.buttonRef(district.code)} onClick={() => void remove(district)}>
                    {t('districts.remove', { name: district.name[locale] })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="form districts__form" onSubmit={(e) => void submit(e)} aria-labelledby="district-form-title" noValidate>
        <h3 id="district-form-title">{renaming ? t('districts.renameTitle', { code: renaming }) : t('districts.addTitle')}</h3>
        <div className="row-editor__grid">
          <Field label={t('districts.code')} hint={renaming ? t('districts.codeFixed') : t('districts.codeHint')} error={issueFor('code')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                dir="auto"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                readOnly={renaming !== null}
                value={draft.code}
                onChange={(e) => setDraft({ ...draft, code: e.target.value })}
              />
            )}
          </Field>
          {languages.map((language) => (
            <Field key={language} label={t(`districts.nameIn.${language}`)} error={issueFor(`name.${language}`)}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  lang={language}
                  dir={language === 'ar' ? 'rtl' : 'ltr'}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  value={draft[language]}
                  onChange={(e) => setDraft({ ...draft, [language]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {renaming ? t('districts.saveRename') : t('districts.add')}
          </button>
          {renaming ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setRenaming(null);
                setDraft(empty);
                setError(null);
              }}
            >
              {t('districts.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
