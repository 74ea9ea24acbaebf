/**
 * Whether JSON text nests no deeper than `maxDepth` arrays and objects, checked in one pass before
 * `JSON.parse` sees it: a hostile file of a million `[` would otherwise cost a deep parse and a tree
 * no reader of it can walk. Brackets inside strings do not count.
 */
export function jsonDepthWithin(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 0x5c) k++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return true;
}
