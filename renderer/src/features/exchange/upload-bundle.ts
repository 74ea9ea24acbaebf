import type { ApiClient } from '../../../../shared/api/client';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { ApiError, Result } from '../../../../shared/api/result';
import { pieceBytes, toBase64 } from '../profile/import/upload-file';

/**
 * Sends a chosen .focal file to the core in pieces (the interface has no path to give it), with
 * progress; answers the id the import refers to it by. Stops at the first refusal.
 */
export async function uploadBundle(api: ApiClient, file: File, onProgress: (sent: number) => void): Promise<{ ok: true; file: string } | { ok: false; error: ApiError }> {
  let upload: string | null = null;
  let sent = 0;
  for (;;) {
    const piece = new Uint8Array(await file.slice(sent, sent + pieceBytes).arrayBuffer());
    const done = sent + piece.length >= file.size;
    const answer: Result<MethodOutput<'bundles.upload'>> = await api.call('bundles.upload', { upload, name: file.name || 'bundle.focal', chunk: toBase64(piece), done });
    if (!answer.ok) return { ok: false, error: answer.error };
    upload = answer.value.upload;
    sent += piece.length;
    onProgress(sent);
    if (done) return answer.value.file === null ? { ok: false, error: { code: 'internal', message: 'The upload ended without a file.' } } : { ok: true, file: answer.value.file };
  }
}
