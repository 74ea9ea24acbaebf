import type { MessageBoxSyncOptions } from 'electron';
import type { UiLocale } from '../../shared/domain/locales';
import type { PreventableEvent } from './electron-api';

/**
 * The question asked when the window is closed or reloaded while a text is unsaved. The renderer's
 * `beforeunload` only says "unsaved"; Electron then fires `will-prevent-unload` and, unless the main
 * process answers, keeps the window open without a word. The texts live here, in the three
 * interface languages, because the question must be asked synchronously inside that event: there is
 * no time to ask the renderer (which is the page being unloaded) for them.
 */
export const leaveQuestionTexts: Record<UiLocale, { title: string; message: string; detail: string; leave: string; stay: string }> = {
  en: {
    title: 'Unsaved changes',
    message: 'A text has unsaved changes.',
    detail: 'If you leave now, what you typed since the last save is lost.',
    leave: 'Leave without saving',
    stay: 'Keep editing',
  },
  fr: {
    title: 'Modifications non enregistrées',
    message: 'Un texte contient des modifications non enregistrées.',
    detail: 'Si vous quittez maintenant, ce que vous avez saisi depuis le dernier enregistrement sera perdu.',
    leave: 'Quitter sans enregistrer',
    stay: 'Continuer la rédaction',
  },
  ar: {
    title: 'تغييرات غير محفوظة',
    message: 'في أحد النصوص تغييرات لم تُحفظ بعد.',
    detail: 'إذا غادرت الآن، فستفقد ما كتبته منذ آخر حفظ.',
    leave: 'المغادرة دون حفظ',
    stay: 'متابعة التحرير',
  },
};

/** The slice of Electron's `dialog` the question needs (the real module satisfies it). */
export interface MessageBoxDialog {
  showMessageBoxSync(options: MessageBoxSyncOptions): number;
}

/** The slice of `webContents` that reports a page refusing to unload. */
export interface UnloadRefusingContents {
  on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
}

const leaveButton = 0;
const stayButton = 1;

/**
 * Asks, in the interface's language, before a page with unsaved text is closed or reloaded.
 * Calling preventDefault on `will-prevent-unload` is what lets the page go; doing nothing keeps it.
 */
export function askBeforeUnload(contents: UnloadRefusingContents, dialog: MessageBoxDialog, locale: () => UiLocale): void {
  contents.on('will-prevent-unload', (event) => {
    const texts = leaveQuestionTexts[locale()];
    const answer = dialog.showMessageBoxSync({
      type: 'question',
      title: texts.title,
      message: texts.message,
      detail: texts.detail,
      buttons: [texts.leave, texts.stay],
      // Enter and Escape both keep the text: losing work must be a deliberate choice.
      defaultId: stayButton,
      cancelId: stayButton,
      noLink: true,
    });
    if (answer === leaveButton) event.preventDefault();
  });
}
