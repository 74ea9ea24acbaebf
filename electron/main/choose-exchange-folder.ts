import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { Result } from '../../shared/api/result';

/** What choosing needs of Electron: the native open dialog. */
export interface FolderDialog {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * `exchangeFolder.choose` in the desktop app: the native dialog picks the folder, then the core
 * checks and sets it exactly as for a typed path (exchangeFolder.set). Cancelling changes nothing
 * and answers the setting as it is. Other hosts have no dialog; there the core refuses the method.
 */
export async function chooseExchangeFolder(dialog: FolderDialog, dispatch: Dispatch): Promise<Result<unknown>> {
  const choice = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return dispatch('exchangeFolder.get', {});
  return dispatch('exchangeFolder.set', { path });
}

/** Electron's dialog module where the open dialog may be missing (the fakes of other tests leave it out). */
export interface MaybeFolderDialog {
  showOpenDialog?: FolderDialog['showOpenDialog'];
}

/** The dialog, or null when this Electron (or a test's fake) offers none. */
export function folderDialogOf(dialog: MaybeFolderDialog): FolderDialog | null {
  const showOpenDialog = dialog.showOpenDialog?.bind(dialog);
  return showOpenDialog ? { showOpenDialog } : null;
}
