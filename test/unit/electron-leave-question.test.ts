import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ok, type Result } from '../../shared/api/result';
import type { UiLocale } from '../../shared/domain/locales';
import type { PreventableEvent } from '../../electron/main/electron-api';
import { askBeforeUnload, leaveQuestionTexts, type UnloadRefusingContents } from '../../electron/main/leave-question';
import { followUiLanguage } from '../../electron/main/ui-language';

// The real module would look for (and try to download) the Electron binary; these files only need its types.
vi.mock('electron', () => ({ app: {}, BrowserWindow: class {}, ipcMain: {}, protocol: {}, session: {}, shell: {}, dialog: {} }));

/** A window whose page refuses to unload, and a dialog that answers with the button given. */
function closingWindow(button: number, locale: UiLocale = 'en') {
  const listeners: ((event: PreventableEvent) => void)[] = [];
  const contents: UnloadRefusingContents = {
    on: (_event, listener) => listeners.push(listener),
  };
  const asked: MessageBoxSyncOptions[] = [];
  askBeforeUnload(contents, { showMessageBoxSync: (options) => (asked.push(options), button) }, () => locale);
  const close = () => {
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
    for (const listener of listeners) listener(event);
    return event.prevented;
  };
  return { close, asked, listeners };
}

describe('closing the window with unsaved text', () => {
  it('lets the window close when the user chooses to leave', () => {
    const window = closingWindow(0);
    expect(window.close()).toBe(true);
    expect(window.asked[0]?.buttons).toEqual(['Leave without saving', 'Keep editing']);
  });

  it('keeps the window (and the text) when the user stays, which is also Enter and Escape', () => {
    const window = closingWindow(1);
    expect(window.close()).toBe(false);
    expect(window.asked[0]).toMatchObject({ defaultId: 1, cancelId: 1, type: 'question' });
  });

  it('asks in the interface language', () => {
    const window = closingWindow(1, 'ar');
    window.close();
    expect(window.asked[0]).toMatchObject({ title: 'تغييرات غير محفوظة', buttons: ['المغادرة دون حفظ', 'متابعة التحرير'] });
    const french = closingWindow(1, 'fr');
    french.close();
    expect(french.asked[0]?.message).toBe('Un texte contient des modifications non enregistrées.');
  });

  it('has every text in the three languages', () => {
    const keys = Object.keys(leaveQuestionTexts.en).sort();
    for (const texts of Object.values(leaveQuestionTexts)) {
      expect(Object.keys(texts).sort()).toEqual(keys);
      for (const text of Object.values(texts)) expect(text.trim()).not.toBe('');
    }
  });
});

describe('the language the main process asks in', () => {
  /** A core that remembers the language as the real one does, in answer to app.status. */
  function fakeCore() {
    let remembered: UiLocale | null = null;
    const calls: string[] = [];
    const dispatch = async (method: string, input: unknown): Promise<Result<unknown>> => {
      calls.push(method);
      if (method === 'preferences.update' && typeof input === 'object' && input !== null && 'locale' in input && (input.locale === 'fr' || input.locale === 'ar' || input.locale === 'en')) remembered = input.locale;
      if (method === 'app.status') return ok({ locale: remembered });
      return ok({});
    };
    return { dispatch, calls };
  }

  it('is English until the data folder says otherwise, then follows the language switch', async () => {
    const core = fakeCore();
    const language = followUiLanguage(core.dispatch);
    expect(language.current()).toBe('en');
    await language.dispatch('preferences.update', { locale: 'ar' });
    expect(language.current()).toBe('ar');
    await language.dispatch('preferences.update', { locale: 'fr' });
    expect(language.current()).toBe('fr');
  });

  it('passes every answer through unchanged and only re-reads the language after calls that change it', async () => {
    const core = fakeCore();
    const language = followUiLanguage(core.dispatch);
    expect(await language.dispatch('narrative.save', { locale: 'ar' })).toEqual(ok({}));
    expect(language.current()).toBe('en');
    expect(core.calls).toEqual(['narrative.save']);
  });
});
