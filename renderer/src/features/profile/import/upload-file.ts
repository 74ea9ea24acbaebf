import type { ApiClient } from '../../../../../shared/api/client';
import type { MethodOutput } from '../../../../../shared/api/contract';
import type { ApiError, Result } from '../../../../../shared/api/result';
import type { ImportPreview } from '../../../../../shared/domain/observation-import';

/** Pieces small enough for one request each (base64 grows them by a third). */
export const pieceBytes = 2 * 1024 * 1024;

/** Bytes as base64, for a piece sent through the contract (which carries JSON). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a million arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a chosen file to the core in pieces (the interface never has a path to give it), reporting
 * progress, and answers the core's preview of it. Stops at the first refusal.
 */
export async function uploadFile(
  api: ApiClient,
  file: File,
  onProgress: (sent: number) => void,
  isCancelled: () => boolean,
): Promise<{ ok: true; preview: ImportPreview } | { ok: false; error: ApiError | null }> {
  let upload: string | null = null;
  let sent = 0;
  do {
    if (isCancelled()) return { ok: false, error: null };
    const piece = new Uint8Array(await file.slice(sent, sent + pieceBytes).arrayBuffer());
    const done = sent + piece.length >= file.size;
    const answer: Result<MethodOutput<'imports.upload'>> = await api.call('imports.upload', { upload, name: file.name, chunk: toBase64(piece), done });
    if (!answer.ok) return { ok: false, error: answer.error };
    upload = answer.value.upload;
    sent += piece.length;
    onProgress(sent);
    if (done) {
      if (!answer.value.preview) return { ok: false, error: { code: 'internal', message: 'The upload ended without a preview.' } };
      return { ok: true, preview: answer.value.preview };
    }
  } while (sent < file.size);
  return { ok: false, error: { code: 'internal', message: 'The upload ended early.' } };
}
