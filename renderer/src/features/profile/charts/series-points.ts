import type { CitedValue } from '../../../../../shared/domain/dashboard';

/** The flags worth saying next to a figure, in the order people weigh them. */
export function flagKeys(value: CitedValue): ('provisional' | 'estimate' | 'confidential')[] {
  return (['provisional', 'estimate', 'confidential'] as const).filter((flag) => value.flags[flag]);
}
