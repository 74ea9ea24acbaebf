import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** A calm box for information, warnings and errors; errors are announced to screen readers. */
export function Notice({ tone, title, children }: { tone: 'info' | 'warning' | 'error' | 'success'; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={tone === 'info' ? 'info' : tone === 'success' ? 'check' : 'warning'} />
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
