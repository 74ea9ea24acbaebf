import type { Commitment, CommitmentStatus } from '../../../../../shared/domain/commitment';

/** What the timeline shows: one policy domain and one status, '' meaning all. */
export interface TimelineFilters {
  domain: string;
  status: CommitmentStatus | '';
}

export const allCommitments: TimelineFilters = { domain: '', status: '' };

export function matchesTimelineFilters(commitment: Pick<Commitment, 'domains' | 'status'>, filters: TimelineFilters): boolean {
  return (filters.domain === '' || commitment.domains.includes(filters.domain)) && (filters.status === '' || commitment.status === filters.status);
}
