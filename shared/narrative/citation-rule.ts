import type { StateInline } from 'markdown-it';

/** The token type the rule emits; its `content` is the whole `{{…}}` as written. */
export const citationTokenType = 'citation';

/** Longer contents are not a citation (no real one comes near): the braces stay text. */
export const maxCitationLength = 500;

const openBrace = 0x7b;
const closeBrace = 0x7d;

/**
 * The figure citations `{{…}}` as a markdown-it inline rule. The contents hold no `{` and at most
 * `maxCitationLength` characters, so each attempt reads a bounded stretch and stops at the next
 * brace: a text full of `{{` costs linear time. A citation may wrap onto the next line of its
 * paragraph. Malformed contents still make a citation token — the tree marks it `bad-citation` so
 * the editor can point at it — while `{{` with no `}}` in reach stays text.
 */
export function citationRule(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== openBrace || src.charCodeAt(pos + 1) !== openBrace) return false;
  // `k + 1` must stay inside the content too (a link label ends the content at its `]`).
  const limit = Math.min(posMax - 1, pos + 2 + maxCitationLength + 1);
  for (let k = pos + 2; k < limit; k++) {
    const c = src.charCodeAt(k);
    if (c === openBrace) return false;
    if (c === closeBrace && src.charCodeAt(k + 1) === closeBrace) {
      if (!silent) state.push(citationTokenType, '', 0).content = src.slice(pos, k + 2);
      state.pos = k + 2;
      return true;
    }
  }
  return false;
}
