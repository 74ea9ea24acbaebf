import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, type ConfirmChoice } from '../components/ConfirmDialog';

/** What an editor with unsaved text offers when the user wants to leave it. */
export interface UnsavedWork {
  /** Saves the text; false when saving failed (the editor shows why, and the user stays). */
  save(): Promise<boolean>;
  /** Forgets the unsaved text, back to what was stored. */
  discard(): void;
}

interface UnsavedChanges {
  /** The address the pages show: the window's hash, once any question about unsaved text is answered. */
  hash: string;
  /** Goes to another address in the window, asking first if a text is unsaved. */
  navigate(hash: string): void;
  /** Runs `leave` straight away, or once the user has saved or discarded the unsaved text. */
  confirmLeave(leave: () => void): void;
  /** An editor reports unsaved text until the returned function is called. */
  register(work: RefObject<UnsavedWork>): () => void;
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

/**
 * The one place that knows whether typed text would be lost. Every way out of an editor goes through
 * it — the sidebar, the profile's tabs, Back (all hash changes), the language switch, the city
 * chooser — and it asks the same question: Save and leave, Discard changes, or Keep editing.
 * Closing or reloading the window asks through `beforeunload` (the browser's or Electron's question).
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const works = useRef(new Set<RefObject<UnsavedWork>>());
  const [hash, setHash] = useState(() => window.location.hash);
  const shownHash = useRef(hash);
  const [question, setQuestion] = useState<{ leave: () => void } | null>(null);
  const [saving, setSaving] = useState(false);

  const show = useCallback((target: string) => {
    shownHash.current = target;
    setHash(target);
  }, []);

  const confirmLeave = useCallback((leave: () => void) => {
    if (works.current.size === 0) leave();
    else setQuestion({ leave });
  }, []);

  const navigate = useCallback(
    (target: string) => {
      if (target === shownHash.current) return;
      // pushState does not fire hashchange: the answer decides alone whether the page changes.
      confirmLeave(() => {
        window.history.pushState(null, '', target);
        show(target);
      });
    },
    [confirmLeave, show],
  );

  const register = useCallback((work: RefObject<UnsavedWork>) => {
    works.current.add(work);
    return () => {
      works.current.delete(work);
    };
  }, []);

  useEffect(() => {
    // Links and Back change the address before anyone can ask: put the shown one back while the
    // user answers, then go on only if they choose to leave.
    const onHashChange = () => {
      const target = window.location.hash;
      if (target === shownHash.current) return;
      if (works.current.size === 0) {
        show(target);
        return;
      }
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${shownHash.current}`);
      setQuestion({
        leave: () => {
          window.history.pushState(null, '', target);
          show(target);
        },
      });
    };
    // A link to another page, clicked over unsaved text, is held before it adds a history entry:
    // otherwise staying would leave a duplicate entry behind, and Back would seem to do nothing.
    const onLinkClick = (event: MouseEvent) => {
      if (works.current.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const target = link?.getAttribute('href');
      if (!target) return;
      event.preventDefault();
      navigate(target);
    };
    // The browser (or Electron, see electron/main/leave-question.ts) words this question itself.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (works.current.size > 0) event.preventDefault();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onLinkClick);
    return () => {
      document.removeEventListener('click', onLinkClick);
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [show, navigate]);

  const value = useMemo<UnsavedChanges>(() => ({ hash, navigate, confirmLeave, register }), [hash, navigate, confirmLeave, register]);

  const answer = (then: (leave: () => void) => void | Promise<void>) => {
    if (!question) return;
    void then(question.leave);
  };
  const stay: ConfirmChoice = { label: t('unsaved.stay'), tone: 'plain', onChoose: () => setQuestion(null) };
  const discard: ConfirmChoice = {
    label: t('unsaved.discard'),
    tone: 'plain',
    onChoose: () =>
      answer((leave) => {
        for (const work of works.current) work.current.discard();
        setQuestion(null);
        leave();
      }),
  };
  const save: ConfirmChoice = {
    label: t('unsaved.save'),
    tone: 'primary',
    onChoose: () =>
      answer(async (leave) => {
        setSaving(true);
        let saved = true;
        for (const work of [...works.current]) saved = (await work.current.save()) && saved;
        setSaving(false);
        setQuestion(null);
        if (saved) leave();
      }),
  };

  return (
    <UnsavedChangesContext.Provider value={value}>
      {children}
      {question ? <ConfirmDialog title={t('unsaved.title')} message={t('unsaved.message')} choices={[save, discard, stay]} safe={stay} busy={saving} /> : null}
    </UnsavedChangesContext.Provider>
  );
}

export function useUnsavedChanges(): UnsavedChanges {
  const unsaved = useContext(UnsavedChangesContext);
  if (!unsaved) throw new Error('useUnsavedChanges outside UnsavedChangesProvider');
  return unsaved;
}

/** Reports an editor's unsaved text while `dirty` is true, so no route leaves it without asking. */
export function useUnsavedWork(dirty: boolean, work: UnsavedWork): void {
  const { register } = useUnsavedChanges();
  const latest = useRef(work);
  useEffect(() => {
    latest.current = work;
  });
  useEffect(() => (dirty ? register(latest) : undefined), [dirty, register]);
}
