import type { MethodInput } from '../../shared/api/contract';

const noText = { title: '', description: '' };

/** A commitment with nothing but an English title: tests spread their own fields over it. */
export const blankCommitment = {
  original: 'en',
  texts: { en: { title: 'One-stop welcome desk', description: '' }, fr: noText, ar: noText },
  domains: [],
  targetGroups: [],
  tags: [],
  owner: '',
  start: null,
  due: null,
  status: 'planned',
  statusReason: '',
  tasks: [],
  targets: [],
  notes: [],
} satisfies MethodInput<'commitments.save'>;

/** A total breakdown ('' = total in every dimension), with some dimensions set. */
export function breakdown(set: Partial<Record<'sex' | 'age' | 'status' | 'origin' | 'area', string>> = {}) {
  return { sex: '', age: '', status: '', origin: '', area: '', ...set };
}

/** Stable ids for parts in tests (UUID v4 shape). */
export function testUid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
