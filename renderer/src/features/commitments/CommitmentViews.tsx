import { useTranslation } from 'react-i18next';

/** The two ways to see the plan: the list, and the programme's timeline. Links, so each has its address. */
export function CommitmentViews({ current }: { current: 'list' | 'timeline' }) {
  const { t } = useTranslation();
  const views = [
    { key: 'list', href: '#/commitments', label: t('timeline.views.list') },
    { key: 'timeline', href: '#/commitments/timeline', label: t('timeline.views.timeline') },
  ] as const;
  return (
    <nav className="commitment-views" aria-label={t('timeline.views.label')}>
      {views.map((view) => (
        <a key={view.key} href={view.href} className="commitment-views__link" aria-current={view.key === current ? 'page' : undefined}>
          {view.label}
        </a>
      ))}
    </nav>
  );
}
