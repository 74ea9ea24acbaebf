import type { DomainHandlers } from './handler-types';
import { readStatus } from './app';

export const backupHandlers = {
  'backups.list': (ctx) => ctx.store.backups(),
  'backups.create': (ctx) => ctx.store.backup('manual'),
  'backups.restore': (ctx, input) => {
    ctx.store.restore(input.file);
    return readStatus(ctx);
  },
} satisfies DomainHandlers<'backups.list' | 'backups.create' | 'backups.restore'>;
