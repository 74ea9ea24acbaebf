import type { ApiClient } from '../../../../shared/api/client';
import type { ApiError } from '../../../../shared/api/result';
import type { UiLocale } from '../../../../shared/domain/locales';
import { saveDownload } from '../profile/figures/save-download';

/**
 * Asks the core for the paper (or one version of it) as a Word document in one language and hands
 * it to the same download path the figures' exports use; the answer is null when it went through.
 */
export async function exportWord(api: ApiClient, locale: UiLocale, version?: string): Promise<ApiError | null> {
  const answer = await api.call('paper.exportDocx', version === undefined ? { locale } : { locale, version });
  if (!answer.ok) return answer.error;
  saveDownload(answer.value.name, answer.value.mediaType, answer.value.base64);
  return null;
}
