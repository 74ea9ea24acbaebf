import { z } from 'zod';

/**
 * The exchange folder: a folder the network's own sync tool (Nextcloud, OneDrive, Syncthing) keeps
 * in step. Focal writes bundles it makes into `outbox/` and lists those in `inbox/`, which the user
 * opens through the same checks and preview as a chosen file.
 */
export const ExchangeFolder = z.object({
  path: z.string(),
  inbox: z.string(),
  outbox: z.string(),
  /** The folder is there now (a removed drive or a renamed folder makes it false). */
  exists: z.boolean(),
  writable: z.boolean(),
});
export type ExchangeFolder = z.infer<typeof ExchangeFolder>;

export const ExchangeFolderSetting = z.object({ folder: ExchangeFolder.nullable() });
export type ExchangeFolderSetting = z.infer<typeof ExchangeFolderSetting>;

/** A bundle waiting in `inbox/`. */
export const InboxFile = z.object({
  name: z.string(),
  size: z.number().int(),
  modifiedAt: z.string(),
  /** The same file (by its SHA-256) was already imported. */
  received: z.boolean(),
});
export type InboxFile = z.infer<typeof InboxFile>;

export const InboxListing = z.object({
  files: z.array(InboxFile),
  /** Bundles beyond the listed ones, newest first, that the list leaves out. */
  more: z.number().int(),
});
export type InboxListing = z.infer<typeof InboxListing>;

