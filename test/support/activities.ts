import type { MethodInput } from '../../shared/api/contract';

/** A one-day training with nothing else said: tests spread their own fields over it. */
export const blankActivity = {
  kind: 'training',
  title: 'Training on migration data',
  language: 'en',
  date: '2026-05-12',
  endDate: null,
  place: '',
  host: '',
  cities: [],
  participants: [],
  outputs: '',
  followUps: [],
} satisfies MethodInput<'activities.save'>;
