import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the toolbar can do to the text; each has a button and a keyboard shortcut. */
export type TextAction = 'heading' | 'bold' | 'italic' | 'bullet' | 'numbered' | 'link' | 'figure';

interface Shortcut {
  /** The letter, matched by the key typed or, on a keyboard that types another script, by its place. */
  key: string;
  shift: boolean;
}

const shortcuts: Record<TextAction, Shortcut> = {
  heading: { key: 'h', shift: true },
  bold: { key: 'b', shift: false },
  italic: { key: 'i', shift: false },
  bullet: { key: '8', shift: true },
  numbered: { key: '7', shift: true },
  link: { key: 'k', shift: false },
  figure: { key: 'f', shift: true },
};

const actions: readonly TextAction[] = ['heading', 'bold', 'italic', 'bullet', 'numbered', 'link', 'figure'];

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl+Shift+8 and Ctrl+B on any layout: digits and letters by their place when the typed key differs (Arabic, AZERTY). */
function matches(event: KeyboardEvent, shortcut: Shortcut): boolean {
  if (!(onMac ? event.metaKey : event.ctrlKey) || event.altKey || event.shiftKey !== shortcut.shift) return false;
  const code = /\d/.test(shortcut.key) ? `Digit${shortcut.key}` : `Key${shortcut.key.toUpperCase()}`;
  const typed = event.key.toLowerCase();
  return typed === shortcut.key || (!/^[a-z0-9]$/.test(typed) && event.code === code);
}

/** The toolbar action a key press asks for, if any (the text area listens for these). */
export function shortcutAction(event: KeyboardEvent): TextAction | null {
  return actions.find((action) => matches(event, shortcuts[action])) ?? null;
}

/** "Ctrl+Shift+8" as people read it, and as aria-keyshortcuts announces it. */
function shortcutWords(shortcut: Shortcut): { shown: string; aria: string } {
  const key = shortcut.key.toUpperCase();
  const modifier = onMac ? '⌘' : 'Ctrl+';
  return {
    shown: `${modifier}${shortcut.shift ? (onMac ? '⇧' : 'Shift+') : ''}${key}`,
    aria: `${onMac ? 'Meta' : 'Control'}+${shortcut.shift ? 'Shift+' : ''}${key}`,
  };
}

/** Small pictures of each action; the words beside them carry the meaning. Letters are the language's own (G for gras, غ for غامق). */
const glyphs: Record<Exclude<TextAction, 'heading' | 'bold' | 'italic'>, ReactNode> = {
  bullet: (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />
    </svg>
  ),
  numbered: (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 6h10M10 12h10M10 18h10M4 4.5l1.5-1V9M3.5 14.5a1.3 1.3 0 0 1 2.5.5c0 1-2.5 2-2.5 3H6" />
    </svg>
  ),
  link: (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </svg>
  ),
  figure: (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 20V10m7 10V4m7 16v-7" />
    </svg>
  ),
};

/**
 * Heading, bold, lists, link and "insert a figure" above the text area, so nobody has to know
 * Markdown: one tab stop, arrow keys between the buttons (mirrored when the interface is right-to-left).
 */
export function NarrativeToolbar({ onAction, controls, open }: { onAction(action: TextAction): void; controls: string; open: { link: boolean; figure: boolean } }) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(bar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const rtl = bar.current ? getComputedStyle(bar.current).direction === 'rtl' : false;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === forward) next = (at + 1) % buttons.length;
    else if (event.key === backward) next = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    event.preventDefault();
    for (const [i, button] of buttons.entries()) button.tabIndex = i === next ? 0 : -1;
    buttons[next]?.focus();
  };

  return (
    <div className="text-tools" role="toolbar" aria-label={t('narrative.tools.label')} aria-controls={controls} ref={bar} onKeyDown={onKeyDown}>
      {actions.map((action, i) => {
        const words = shortcutWords(shortcuts[action]);
        const name = t(`narrative.tools.${action}`);
        const expands = action === 'link' || action === 'figure';
        return (
          <button
            key={action}
            type="button"
            className={action === 'figure' ? 'text-tools__button text-tools__button--figure' : 'text-tools__button'}
            tabIndex={i === 0 ? 0 : -1}
            aria-keyshortcuts={words.aria}
            aria-expanded={expands ? open[action] : undefined}
            aria-haspopup={expands ? 'dialog' : undefined}
            title={t('narrative.tools.withShortcut', { action: name, shortcut: words.shown })}
            // The text area keeps its selection: a click on the bar must not take the focus first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onAction(action)}
            data-testid={action === 'figure' ? 'cite-toggle' : undefined}
          >
            {action === 'heading' || action === 'bold' || action === 'italic' ? (
              <span className={`text-tools__letter text-tools__letter--${action}`} aria-hidden="true">
                {t(`narrative.tools.glyph.${action}`)}
              </span>
            ) : (
              glyphs[action]
            )}
            {/* B and I read at a glance in every script's word processors; their names stay for screen readers and the tooltip. */}
            <span className={action === 'bold' || action === 'italic' ? 'visually-hidden' : 'text-tools__name'}>{name}</span>
          </button>
        );
      })}
    </div>
  );
}
