import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/api/result';
import type { UiLocale } from '../../../shared/domain/locales';

/**
 * What a failed call shows: a headline for its stable code in the user's language and, for English
 * readers only, the core's own sentence as a detail (it is English; the other languages have the
 * headline, which already says what happened and whether anything changed).
 */
export function errorNoticeText(t: TFunction, error: ApiError, locale: UiLocale): { title: string; detail: string | null } {
  const title = t(`errors.${error.code}`);
  const detail = locale === 'en' && error.message.trim() !== '' && error.message !== title ? error.message : null;
  return { title, detail };
}
