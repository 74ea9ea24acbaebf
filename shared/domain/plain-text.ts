import { z } from 'zod';

/**
 * Characters that never belong in a name or a figure's text: C0/C1 controls (NUL, ESC…) and bidi
 * overrides and isolates, which could reorder what a peer or a printed report shows. The one
 * definition: the observation validator and every schema of a name use it.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const controlInLine = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** A longer text (a note, a definition) may hold line breaks and tabs, nothing else of the above. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const controlInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const controlCharacterMessage = 'The text holds an invisible control character (such as NUL, ESC or a direction override); remove it.';

/** A one-line text (a name) of at most `max` characters, trimmed, with no control character. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((text) => !controlInLine.test(text), controlCharacterMessage);
}

/** A longer text of at most `max` characters, trimmed, line breaks allowed. */
export function longText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((text) => !controlInText.test(text), controlCharacterMessage);
}
