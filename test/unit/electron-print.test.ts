import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../shared/api/bridge';
import { ok, type Result } from '../../shared/api/result';
import type { Dispatch } from '../../electron/core/index';
import type { AppElectron } from '../../electron/main/desktop-app';
import type { DesktopWebContents, FrameLike, InvokeEvent, InvokeListener } from '../../electron/main/electron-api';
import { invokeListener } from '../../electron/main/ipc';
import { pdfPrintingOf, reportPdfOptions, safePdfName, saveReportPdf, type PdfPrinting } from '../../electron/main/print-to-pdf';
import { startDesktopApp } from '../../electron/main/index';
import { repoRoot, tempDir } from '../support/temp-core';

// The real module would look for the Electron binary; everything here gets fakes.
vi.mock('electron', () => ({ app: {}, BrowserWindow: class {}, ipcMain: {}, protocol: {}, session: {}, shell: {}, dialog: {} }));

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n% a report\n%%EOF\n');

/** A printing window and save dialog that record what they were asked. */
function fakePrinting(answer: SaveDialogReturnValue, options: { failPrint?: boolean } = {}): PdfPrinting & { dialogs: SaveDialogOptions[]; prints: PrintToPDFOptions[] } {
  const dialogs: SaveDialogOptions[] = [];
  const prints: PrintToPDFOptions[] = [];
  return {
    dialogs,
    prints,
    showSaveDialog: async (dialogOptions) => {
      dialogs.push(dialogOptions);
      return answer;
    },
    printToPDF: async (printOptions) => {
      prints.push(printOptions);
      if (options.failPrint) throw new Error('printing failed');
      return pdfBytes;
    },
  };
}

describe('report.savePdf in the main process', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir('focal-print-');
  });
  afterEach(() => folder.remove());

  it('asks where to save, prints the window as A4 with backgrounds, and writes the file atomically', async () => {
    const file = join(folder.dir, 'Sample city profile.pdf');
    const printing = fakePrinting({ canceled: false, filePath: file });
    const answer = await saveReportPdf({ suggestedName: 'Sample city profile.pdf' }, printing);
    expect(answer).toEqual(ok({ saved: true, file }));
    expect(printing.dialogs).toEqual([
      { defaultPath: 'Sample city profile.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] },
    ]);
    expect(printing.prints).toEqual([reportPdfOptions]);
    expect(reportPdfOptions).toMatchObject({ printBackground: true, pageSize: 'A4', generateDocumentOutline: true });
    expect(readFileSync(file)).toEqual(Buffer.from(pdfBytes));
    // Only the final file is left: the temp name was renamed into place.
    expect(readdirSync(folder.dir)).toEqual(['Sample city profile.pdf']);
  });

  it('replaces an existing file whole (the dialog asked the user first)', async () => {
    const file = join(folder.dir, 'profile.pdf');
    writeFileSync(file, 'old report');
    expect(await saveReportPdf({ suggestedName: 'profile.pdf' }, fakePrinting({ canceled: false, filePath: file }))).toEqual(ok({ saved: true, file }));
    expect(readFileSync(file)).toEqual(Buffer.from(pdfBytes));
    expect(readdirSync(folder.dir)).toEqual(['profile.pdf']);
  });

  it('answers saved: false and prints nothing when the user cancels', async () => {
    const printing = fakePrinting({ canceled: true, filePath: '' });
    expect(await saveReportPdf({ suggestedName: 'profile.pdf' }, printing)).toEqual(ok({ saved: false, file: null }));
    expect(printing.prints).toEqual([]);
  });

  it('refuses a request without a name, before showing any dialog', async () => {
    const printing = fakePrinting({ canceled: false, filePath: join(folder.dir, 'x.pdf') });
    const answer = await saveReportPdf({ suggestedName: '' }, printing);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await saveReportPdf({ suggestedName: 'a.pdf', extra: 1 }, printing)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(printing.dialogs).toEqual([]);
  });

  it('reports a printing failure and a folder it cannot write to, leaving no file behind', async () => {
    const file = join(folder.dir, 'profile.pdf');
    const failing = await saveReportPdf({ suggestedName: 'profile.pdf' }, fakePrinting({ canceled: false, filePath: file }, { failPrint: true }));
    expect(failing).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('printing failed') } });
    expect(existsSync(file)).toBe(false);

    const missing = join(folder.dir, 'no-such-folder', 'profile.pdf');
    const unwritable = await saveReportPdf({ suggestedName: 'profile.pdf' }, fakePrinting({ canceled: false, filePath: missing }));
    expect(unwritable).toMatchObject({ ok: false, error: { code: 'storage_error', message: expect.stringContaining('ENOENT') } });
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('offers a plain file name whatever the renderer suggests', () => {
    expect(safePdfName('Sample city — profile (en)')).toBe('Sample city — profile (en).pdf');
    expect(safePdfName('مدينة نموذجية.pdf')).toBe('مدينة نموذجية.pdf');
    expect(safePdfName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('C:\\Users\\x\\report.PDF')).toBe('report.PDF');
    expect(safePdfName('a\u0000b\nc?.pdf')).toBe('abc.pdf');
    expect(safePdfName('..')).toBe('report.pdf');
  });

  it('needs both a window that prints and a save dialog', () => {
    const printing = fakePrinting({ canceled: true, filePath: '' });
    expect(pdfPrintingOf({ printToPDF: printing.printToPDF }, { showSaveDialog: printing.showSaveDialog })).not.toBeNull();
    expect(pdfPrintingOf({}, { showSaveDialog: printing.showSaveDialog })).toBeNull();
    expect(pdfPrintingOf({ printToPDF: printing.printToPDF }, {})).toBeNull();
  });
});

describe('the invoke channel with methods answered in the main process', () => {
  const trusted: InvokeEvent = { senderFrame: { url: 'focal://app/', parent: null, processId: 1, frameToken: 'main' } };
  const dispatched: string[] = [];
  const dispatch: Dispatch = async (method) => {
    dispatched.push(method);
    return ok({ from: 'core' });
  };
  const local = { 'report.savePdf': async (input: unknown): Promise<Result<unknown>> => ok({ from: 'main', input }) };
  beforeEach(() => {
    dispatched.length = 0;
  });

  it('answers report.savePdf before the core, and passes every other method on', async () => {
    const listener = invokeListener(dispatch, () => true, local);
    expect(await listener(trusted, 'report.savePdf', { suggestedName: 'a.pdf' })).toEqual(ok({ from: 'main', input: { suggestedName: 'a.pdf' } }));
    expect(dispatched).toEqual([]);
    expect(await listener(trusted, 'narrative.list', {})).toEqual(ok({ from: 'core' }));
    expect(dispatched).toEqual(['narrative.list']);
  });

  it('still checks the sender first', async () => {
    const listener = invokeListener(dispatch, () => false, local);
    expect(await listener(trusted, 'report.savePdf', { suggestedName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const subframe: InvokeEvent = { senderFrame: { url: 'focal://app/', parent: {}, processId: 1, frameToken: 'sub' } };
    expect(await invokeListener(dispatch, () => true, local)(subframe, 'report.savePdf', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('startDesktopApp wires report.savePdf to the window and the save dialog', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir('focal-desktop-print-');
  });
  afterEach(() => folder.remove());

  /** Just enough Electron for the app to start; the window can print and the dialog answers `chosen`. */
  function printableElectron(chosen: string, withPrinting: boolean) {
    const handlers = new Map<string, InvokeListener>();
    const printed: PrintToPDFOptions[] = [];
    const mainFrame: FrameLike = { url: 'focal://app/', parent: null, processId: 3, frameToken: 'main' };
    const contents: DesktopWebContents & { printToPDF?: (options: PrintToPDFOptions) => Promise<Uint8Array> } = {
      mainFrame,
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      executeJavaScript: async () => undefined,
    };
    if (withPrinting) {
      contents.printToPDF = async (options) => {
        printed.push(options);
        return pdfBytes;
      };
    }
    class Window {
      readonly webContents = contents;
      constructor(readonly options: BrowserWindowConstructorOptions) {}
      loadURL = async () => undefined;
      once = () => this;
      show = () => undefined;
      focus = () => undefined;
      restore = () => undefined;
      isMinimized = () => false;
      isDestroyed = () => false;
    }
    const electron: AppElectron = {
      app: {
        isPackaged: false,
        setName: () => undefined,
        enableSandbox: () => undefined,
        requestSingleInstanceLock: () => true,
        whenReady: async () => undefined,
        quit: () => undefined,
        getAppPath: () => repoRoot,
        getPath: () => join(folder.dir, 'appData'),
        setPath: () => undefined,
        on() {
          return this;
        },
      },
      BrowserWindow: Window,
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) },
      protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
      session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
      shell: { openExternal: async () => undefined },
      dialog: withPrinting
        ? { showErrorBox: () => undefined, showMessageBoxSync: () => 1, showSaveDialog: async () => ({ canceled: false, filePath: chosen }) }
        : { showErrorBox: () => undefined, showMessageBoxSync: () => 1 },
    };
    return { electron, handlers, printed, sender: { senderFrame: mainFrame } };
  }

  async function start(electron: AppElectron) {
    const dataDir = join(folder.dir, 'data');
    mkdirSync(dataDir);
    const run = await startDesktopApp(electron, { argv: ['/opt/electron', 'dist/electron/main.cjs', '--data', dataDir], env: {}, resourcesPath: '/unused' });
    if (!run) throw new Error('the app did not start');
    return run;
  }

  it('prints the main window to the chosen file', async () => {
    const chosen = join(folder.dir, 'report.pdf');
    const fake = printableElectron(chosen, true);
    const run = await start(fake.electron);
    try {
      const listener = fake.handlers.get(invokeChannel);
      if (!listener) throw new Error('no invoke handler');
      expect(await listener(fake.sender, 'report.savePdf', { suggestedName: 'report.pdf' })).toEqual(ok({ saved: true, file: chosen }));
      expect(fake.printed).toEqual([reportPdfOptions]);
      expect(readFileSync(chosen)).toEqual(Buffer.from(pdfBytes));
      // Everything else still reaches the core.
      expect(await listener(fake.sender, 'narrative.list', {})).toEqual(ok([]));
    } finally {
      run.core.close();
    }
  });

  it('falls back to the core’s refusal where Electron cannot print', async () => {
    const fake = printableElectron(join(folder.dir, 'report.pdf'), false);
    const run = await start(fake.electron);
    try {
      const listener = fake.handlers.get(invokeChannel);
      if (!listener) throw new Error('no invoke handler');
      expect(await listener(fake.sender, 'report.savePdf', { suggestedName: 'report.pdf' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      run.core.close();
    }
  });
});
