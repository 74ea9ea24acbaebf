import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Where the focus goes when a row is deleted from a list: its button was the focus, and it is gone,
 * so the browser would drop the focus on <body> and a keyboard user would start over from the top.
 * The focus moves to the same button of the next row (or the previous one, if the last went), or,
 * once the list is empty, to `fallback` (the list's heading or its "nothing yet" line).
 */
export function useFocusAfterRemoval(keys: readonly string[], fallback: RefObject<HTMLElement | null>) {
  const buttons = useRef(new Map<string, HTMLElement>());
  const pending = useRef<{ removed: string; neighbour: string | null } | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    // Wait for the list to be read again without the removed row.
    if (!wanted || keys.includes(wanted.removed)) return;
    pending.current = null;
    const neighbour = wanted.neighbour === null ? undefined : buttons.current.get(wanted.neighbour);
    (neighbour ?? fallback.current)?.focus();
  });

  /** Call before deleting: remembers the row that will take the focus. */
  const removing = (key: string) => {
    const index = keys.indexOf(key);
    pending.current = { removed: key, neighbour: keys[index + 1] ?? keys[index - 1] ?? null };
  };

  /** Call when the deletion was refused: the focus returns to the row's own button. */
  const kept = (key: string) => {
    pending.current = null;
    buttons.current.get(key)?.focus();
  };

  /** The ref for a row's delete button. */
  const buttonRef = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );

  return { removing, kept, buttonRef };
}
