import { commitmentStatuses, type CommitmentStatus } from '../../../../shared/domain/commitment';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import { progressStatuses, type ProgressStatus } from '../../../../shared/domain/progress-rule';

/** The list's filters, as they stand in the hash query so that a reload or a link keeps them. */
export interface CommitmentFilters {
  domain: string;
  status: CommitmentStatus | '';
  targetGroup: string;
  owner: string;
  /** 'none' is a commitment without targets (its progress is null). */
  progress: ProgressStatus | 'none' | '';
  overdue: boolean;
}

export const noFilters: CommitmentFilters = { domain: '', status: '', targetGroup: '', owner: '', progress: '', overdue: false };


function asStatus(value: string): CommitmentStatus | '' {
  return commitmentStatuses.find((s) => s === value) ?? '';
}

function asProgress(value: string): ProgressStatus | 'none' | '' {
  if (value === 'none') return 'none';
  return progressStatuses.find((s) => s === value) ?? '';
}

/** The filters from a hash such as `#/commitments?status=blocked&overdue=1`; anything unknown is ignored. */
export function filtersFromHash(hash: string): CommitmentFilters {
  const query = hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  return {
    domain: params.get('domain') ?? '',
    status: asStatus(params.get('status') ?? ''),
    targetGroup: params.get('group') ?? '',
    owner: params.get('owner') ?? '',
    progress: asProgress(params.get('progress') ?? ''),
    overdue: params.get('overdue') === '1',
  };
}

/** The hash for the list with these filters; empty filters leave no query behind. */
export function hashOfFilters(filters: CommitmentFilters): string {
  const params = new URLSearchParams();
  if (filters.domain) params.set('domain', filters.domain);
  if (filters.status) params.set('status', filters.status);
  if (filters.targetGroup) params.set('group', filters.targetGroup);
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.progress) params.set('progress', filters.progress);
  if (filters.overdue) params.set('overdue', '1');
  const query = params.toString();
  return query ? `#/commitments?${query}` : '#/commitments';
}

/** Whether a commitment passes every filter that is set. */
export function matchesFilters(commitment: CommitmentView, filters: CommitmentFilters): boolean {
  if (filters.domain && !commitment.domains.includes(filters.domain)) return false;
  if (filters.status && commitment.status !== filters.status) return false;
  if (filters.targetGroup && !commitment.targetGroups.includes(filters.targetGroup)) return false;
  if (filters.owner && commitment.owner !== filters.owner) return false;
  if (filters.progress === 'none' && commitment.progress !== null) return false;
  if (filters.progress && filters.progress !== 'none' && commitment.progress !== filters.progress) return false;
  if (filters.overdue && !commitment.overdue) return false;
  return true;
}

/** The owners named in the list, once each, for the owner filter's choices. */
export function ownersOf(commitments: readonly CommitmentView[], compare: (a: string, b: string) => number): string[] {
  return [...new Set(commitments.map((c) => c.owner).filter((o) => o !== ''))].sort(compare);
}
