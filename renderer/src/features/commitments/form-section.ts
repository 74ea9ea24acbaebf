import type { CommitmentDetail } from '../../../../shared/domain/commitment-view';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import type { CommitmentForm } from './commitment-form-model';

/** What every group of fields of the commitment form receives. */
export interface FormSectionProps {
  form: CommitmentForm;
  change(patch: Partial<CommitmentForm>): void;
  /** The worded problems of one control (by its path, see commitment-issues.ts). */
  errorAt(field: string): string | undefined;
  catalogue: CatalogueView;
  /** The commitment as last stored; null for a new one. */
  stored: CommitmentDetail | null;
}
