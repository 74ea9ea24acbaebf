import { FocalError } from '../errors';
import { clearExchangeFolder, readExchangeFolder, setExchangeFolder } from '../exchange-folder/exchange-folder';
import { listInbox, openInboxFile } from '../exchange-folder/inbox';
import type { DomainHandlers } from './handler-types';

export const exchangeFolderHandlers = {
  'exchangeFolder.get': (ctx) => readExchangeFolder(ctx.db),
  'exchangeFolder.set': (ctx, input) => setExchangeFolder(ctx.db, ctx.paths.root, input.path),
  // The desktop app answers this in its main process (electron/main/choose-exchange-folder.ts).
  'exchangeFolder.choose': () => {
    throw new FocalError('conflict', 'Choosing a folder in a dialog is available in the desktop app; type the folder’s full path instead.');
  },
  'exchangeFolder.clear': (ctx) => clearExchangeFolder(ctx.db),
  'exchangeFolder.inbox': (ctx) => listInbox(ctx.db),
  'exchangeFolder.open': (ctx, input) => openInboxFile(ctx.db, ctx.bundleFiles, input.name),
} satisfies DomainHandlers<'exchangeFolder.get' | 'exchangeFolder.set' | 'exchangeFolder.choose' | 'exchangeFolder.clear' | 'exchangeFolder.inbox' | 'exchangeFolder.open'>;
