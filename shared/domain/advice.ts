import { z } from 'zod';
import { adviceStatuses } from './advice-status';
import { CityCode } from './city';
import { RecordUid } from './commitment';
import { uiLocales } from './locales';
import { lineText, longText } from './plain-text';

/**
 * Peer technical advice (domain.md §3; issue 11): a city writes advice on an item another city
 * shared, anchored to the exact version it read; the owner answers, both sides reply, and the owner
 * notes what it changed because of it. Four record kinds, each written only by its own city and each
 * travelling in that city's bundles (docs/data-model.md): the advice (the adviser's), the acts on
 * it — replies and answers — (each side's own), a request for advice (the asker's) and the learning
 * record (the owner's).
 */

export const adviceKinds = ['question', 'suggestion', 'good_practice', 'risk', 'data_issue'] as const;
export const AdviceKind = z.enum(adviceKinds);
export type AdviceKind = z.infer<typeof AdviceKind>;

/**
 * What advice can be about: a commitment (a pilot project is a commitment tagged with a pilot
 * objective), a section of the priority paper (`context`, `validation`, or a priority's id) and an
 * indicator's data (its code: every figure the city shared for it).
 */
export const adviceItemKinds = ['commitment', 'paper_section', 'indicator'] as const;
export const AdviceItemKind = z.enum(adviceItemKinds);
export type AdviceItemKind = z.infer<typeof AdviceItemKind>;

export const AdviceItemRef = z.object({ kind: AdviceItemKind, id: z.string().min(1).max(80) }).strict();
export type AdviceItemRef = z.infer<typeof AdviceItemRef>;

export const maxAdviceText = 8000;
/** A text per interface language; '' = not written in that language. */
export const AdviceTexts = z.object({ en: longText(maxAdviceText), fr: longText(maxAdviceText), ar: longText(maxAdviceText) }).strict();
export type AdviceTexts = z.infer<typeof AdviceTexts>;
export const AdviceLanguage = z.enum(uiLocales);

/** The text to show in a language: its own, else the one it was written in. */
export function adviceText(texts: AdviceTexts, original: z.infer<typeof AdviceLanguage>, locale: z.infer<typeof AdviceLanguage>): string {
  return texts[locale] || texts[original];
}

/** What the advice form sends. */
export const AdviceInput = z
  .object({
    /** Absent for new advice; the store makes its id. */
    uid: RecordUid.optional(),
    /** The city whose item it is. */
    toCity: CityCode,
    item: AdviceItemRef,
    /** The item's version the writer read (AdviceItemNow.version): the advice is anchored to it. */
    seenVersion: z.string().regex(/^[0-9a-f]{64}$/, 'Not an item version.'),
    /** The request this answers, when it answers one. */
    request: RecordUid.nullable().default(null),
    kind: AdviceKind,
    original: AdviceLanguage,
    texts: AdviceTexts,
    /** A passage of the item quoted, verbatim. */
    quote: longText(2000).default(''),
    /** Where a good practice is documented (a title, a link): required for a good practice. */
    reference: lineText(500).default(''),
    /** Ready to go with the next bundle to its city; a draft that is not ready stays here. */
    ready: z.boolean().default(false),
    baseRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type AdviceInput = z.input<typeof AdviceInput>;
export type AdviceDraft = z.output<typeof AdviceInput>;

export const adviceActKinds = ['reply', 'accept', 'decline', 'close'] as const;
export const AdviceActKind = z.enum(adviceActKinds);
export type AdviceActKind = z.infer<typeof AdviceActKind>;

/** A message or an answer in an advice's thread. */
export const AdviceReplyInput = z
  .object({
    /** The advice: the city that wrote it and its id. */
    adviceCity: CityCode,
    adviceUid: RecordUid,
    act: AdviceActKind,
    original: AdviceLanguage,
    texts: AdviceTexts,
  })
  .strict()
  .refine((input) => input.act !== 'reply' || input.texts[input.original].trim() !== '', { message: 'Write the reply first.', path: ['texts'] });
export type AdviceReplyInput = z.input<typeof AdviceReplyInput>;

export const AdviceReply = z.object({
  city: CityCode,
  uid: RecordUid,
  act: AdviceActKind,
  original: AdviceLanguage,
  texts: AdviceTexts,
  author: z.string(),
  /** Unix milliseconds when it was made. */
  madeAt: z.number().int(),
  /** The own city's: whether a bundle to the other city carried it yet (null for a peer's). */
  sent: z.boolean().nullable(),
  /** An act that did not apply where it fell in the thread (the two sides acted at once). */
  skipped: z.boolean(),
});
export type AdviceReply = z.infer<typeof AdviceReply>;

/** What the owner changed because of a piece of advice, and the commitments it led to. */
export const AdviceOutcomeInput = z
  .object({
    adviceCity: CityCode,
    adviceUid: RecordUid,
    original: AdviceLanguage,
    texts: AdviceTexts,
    commitments: z.array(RecordUid).max(20),
  })
  .strict();
export type AdviceOutcomeInput = z.input<typeof AdviceOutcomeInput>;

export const AdviceOutcome = z.object({
  /** The owner city, who wrote it. */
  city: CityCode,
  original: AdviceLanguage,
  texts: AdviceTexts,
  commitments: z.array(RecordUid),
  updatedAt: z.number().int(),
});
export type AdviceOutcome = z.infer<typeof AdviceOutcome>;

/** The item as it is now where this store holds it, against the version the advice was written on. */
export const AdviceItemNow = z.object({
  /** Null: the item is not (or no longer) in this store. */
  version: z.string().nullable(),
  changed: z.boolean(),
  /** The item's text now, to show what changed against the text the advice was written on. */
  text: z.string().nullable(),
  /** A short name of the item in each language (its title). */
  title: AdviceTexts,
});
export type AdviceItemNow = z.infer<typeof AdviceItemNow>;

export const Advice = z.object({
  /** The adviser city, who wrote it. */
  city: CityCode,
  uid: RecordUid,
  toCity: CityCode,
  item: z.object({ kind: AdviceItemKind, id: z.string(), version: z.string() }),
  /** The item's text as the adviser read it. */
  itemText: z.string(),
  itemNow: AdviceItemNow,
  /** The item's policy domains when the advice was written. */
  domains: z.array(z.string()),
  request: RecordUid.nullable(),
  kind: AdviceKind,
  original: AdviceLanguage,
  texts: AdviceTexts,
  quote: z.string(),
  reference: z.string(),
  author: z.string(),
  status: z.enum(adviceStatuses),
  /** The own city's: ready to go with the next bundle (a draft still). */
  ready: z.boolean(),
  /** The own city's: when a bundle first carried it (null: a draft, or a peer's). */
  sentAt: z.number().int().nullable(),
  replies: z.array(AdviceReply),
  outcome: AdviceOutcome.nullable(),
  revision: z.number().int().min(1),
  updatedAt: z.number().int(),
});
export type Advice = z.infer<typeof Advice>;

/** The last time anything happened on an advice — written, answered, acted upon: what lists sort and date by. */
export function lastActivity(advice: Pick<Advice, 'updatedAt' | 'replies' | 'outcome'>): number {
  return Math.max(advice.updatedAt, ...advice.replies.map((reply) => reply.madeAt), advice.outcome?.updatedAt ?? 0);
}

/** A city asking for advice on one of its own items, from one city or the whole network. */
export const AdviceRequestInput = z
  .object({
    uid: RecordUid.optional(),
    /** Null: the whole network. */
    toCity: CityCode.nullable(),
    item: AdviceItemRef,
    original: AdviceLanguage,
    texts: AdviceTexts,
    baseRevision: z.number().int().min(0).optional(),
  })
  .strict();
export type AdviceRequestInput = z.input<typeof AdviceRequestInput>;
export type AdviceRequestDraft = z.output<typeof AdviceRequestInput>;

export const AdviceRequest = z.object({
  city: CityCode,
  uid: RecordUid,
  toCity: CityCode.nullable(),
  item: AdviceItemRef,
  itemNow: AdviceItemNow,
  original: AdviceLanguage,
  texts: AdviceTexts,
  author: z.string(),
  sentAt: z.number().int().nullable(),
  /** The advice that answers it, by adviser city and id. */
  answers: z.array(z.object({ city: CityCode, uid: RecordUid })),
  revision: z.number().int().min(1),
  updatedAt: z.number().int(),
});
export type AdviceRequest = z.infer<typeof AdviceRequest>;

/** Which advice the Advice page lists: given (written here) or received (on the own city's items). */
export const AdviceFilter = z
  .object({
    direction: z.enum(['given', 'received', 'all']).default('all'),
    status: z.enum(adviceStatuses).nullable().default(null),
    peer: CityCode.nullable().default(null),
    domain: z.string().max(40).nullable().default(null),
    kind: AdviceKind.nullable().default(null),
    item: AdviceItemRef.nullable().default(null),
  })
  .strict();
export type AdviceFilter = z.input<typeof AdviceFilter>;

/** Advice counted for one peer city (or one domain), one direction and one status. */
export const AdviceTally = z.object({
  direction: z.enum(['given', 'received']),
  /** The peer city's code, or the domain's (null: advice on an item with no domain). */
  key: z.string().nullable(),
  status: z.enum(adviceStatuses),
  count: z.number().int(),
  /** Of them, advice with a learning record ("what we changed"). */
  acted: z.number().int(),
});
export type AdviceTally = z.infer<typeof AdviceTally>;

/** Advice given and received per peer city and per domain, by status: the programme's evidence. An advice on several domains counts under each. */
export const AdviceSummary = z.object({ byCity: z.array(AdviceTally), byDomain: z.array(AdviceTally) });
export type AdviceSummary = z.infer<typeof AdviceSummary>;
