import { z } from 'zod';
import { uiLocales } from '../domain/locales';

/**
 * The advice dossier for a peer-to-peer meeting (issue 11): the advice on a topic with its answers
 * and what changed, in one language. The core builds it (electron/core/advice/advice-dossier.ts);
 * the screen lays it out for printing and the DOCX writer writes it, so both say the same.
 */
const Locale = z.enum(uiLocales);
/** A text in the language it is shown in: the dossier's, or another when it has none in it. */
const ShownText = z.object({ text: z.string(), locale: Locale, fallback: z.boolean() });
export type ShownText = z.infer<typeof ShownText>;

export const DossierEntry = z.object({
  id: z.string(),
  heading: ShownText,
  /** "Given by … to …" / "Received by … from …", with the author. */
  from: z.string(),
  meta: z.string(),
  text: ShownText.nullable(),
  quote: z.string(),
  reference: z.string(),
  /** The item changed after the advice (or is no longer shared): said, null when not. */
  itemNote: z.string().nullable(),
  thread: z.array(z.object({ who: z.string(), when: z.string(), act: z.string(), text: ShownText.nullable() })),
  learning: z.object({ text: ShownText.nullable(), commitments: z.array(z.string()) }).nullable(),
});
export type DossierEntry = z.infer<typeof DossierEntry>;

export const AdviceDossier = z.object({
  locale: Locale,
  direction: z.enum(['ltr', 'rtl']),
  title: z.string(),
  city: z.string(),
  date: z.string(),
  topic: z.string(),
  count: z.string(),
  entries: z.array(DossierEntry),
  /** Headings of the dossier's fixed parts, in its language. */
  words: z.object({ thread: z.string(), noAnswer: z.string(), learning: z.string(), ledTo: z.string(), quote: z.string(), reference: z.string(), none: z.string() }),
});
export type AdviceDossier = z.infer<typeof AdviceDossier>;

export const DossierRequest = z
  .object({
    locale: Locale,
    /** The topic: one policy domain, or one peer city; neither for all the advice. */
    domain: z.string().max(40).nullable().default(null),
    peer: z.string().max(40).nullable().default(null),
  })
  .strict();
export type DossierRequest = z.input<typeof DossierRequest>;
