/** Cuts `value` to at most `length` UTF-16 units without leaving half of a surrogate pair (a broken emoji). */
export function truncateText(value: string, length: number): string {
  if (value.length <= length) return value;
  const cut = value.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
