import { AppStatus } from '../../shared/api/contract';
import type { UiLocale } from '../../shared/domain/locales';
import type { Dispatch } from '../core/index';

const statusLocale = AppStatus.pick({ locale: true });

/** Calls after which the language remembered in the data folder may have changed. */
const changesLanguage: ReadonlySet<string> = new Set(['preferences.update', 'city.setup', 'city.createSample']);

export interface FollowedUiLanguage {
  /** The dispatch to hand to the IPC channel: the core's, noting the language as it passes. */
  dispatch: Dispatch;
  /** The interface's language as last remembered in the data folder (English until known). */
  current(): UiLocale;
}

/**
 * Keeps the main process aware of the interface's language, for the few texts it shows itself (the
 * question before closing with unsaved text). The data folder is the one place the language is
 * remembered; the main process reads it from `app.status` answers and re-reads it after a call that
 * can change it, so it never keeps a second, diverging copy of the user's choice.
 */
export function followUiLanguage(core: Dispatch): FollowedUiLanguage {
  let locale: UiLocale = 'en';
  const note = (value: unknown) => {
    const status = statusLocale.safeParse(value);
    if (status.success && status.data.locale) locale = status.data.locale;
  };
  const dispatch: Dispatch = async (method, input) => {
    const answer = await core(method, input);
    if (answer.ok && method === 'app.status') note(answer.value);
    if (answer.ok && changesLanguage.has(method)) {
      const status = await core('app.status', {});
      if (status.ok) note(status.value);
    }
    return answer;
  };
  return { dispatch, current: () => locale };
}
