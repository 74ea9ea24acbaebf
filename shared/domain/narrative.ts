import { z } from 'zod';
import { Unit } from './catalogue';
import { CityCode } from './city';
import { Labels } from './labels';
import { uiLocales } from './locales';
import { ObservationFlags, Source } from './observation';

/**
 * The written part of a migration profile: one Markdown text per profile section and language, whose
 * `{{…}}` citations (shared/narrative/citation.ts) are resolved against the observations when shown.
 */

/** Profiles are written in the interface languages; each text has its own, whatever the interface shows. */
export const NarrativeLocale = z.enum(uiLocales);
export type NarrativeLocale = z.infer<typeof NarrativeLocale>;

/** Long enough for any real section (the sample's longest is under 3 000), short enough to edit and print. */
export const maxNarrativeLength = 50_000;
/** Citations one request may resolve; a whole profile in three languages cites far fewer. */
export const maxCitationsPerRequest = 500;

const sectionCode = z.string().trim().min(1).max(80);

/** A stored text. */
export const NarrativeText = z.object({
  section: z.string(),
  locale: NarrativeLocale,
  markdown: z.string(),
  /** ISO timestamp of the last save. */
  updatedAt: z.string(),
});
export type NarrativeText = z.infer<typeof NarrativeText>;

/** What the editor saves; a blank text removes the section's text in that language. */
export const NarrativeDraft = z
  .object({
    section: sectionCode,
    locale: NarrativeLocale,
    markdown: z.string().max(maxNarrativeLength),
  })
  .strict();
export type NarrativeDraft = z.input<typeof NarrativeDraft>;

export const CitationRequest = z
  .object({
    /** Canonical citation keys (`citationKey`), e.g. `MIG_BY_STATUS 2024 sex=F status=REF`. */
    citations: z.array(z.string().max(600)).max(maxCitationsPerRequest),
    /** A peer city's figures instead of the own city's. */
    city: CityCode.optional(),
  })
  .strict();
export type CitationRequest = z.input<typeof CitationRequest>;

/** A citation resolved to its figure: data, year (period) and source, as profiles show every figure. */
export const CitedFigure = z.object({
  key: z.string(),
  indicator: z.string(),
  name: Labels,
  unit: Unit,
  period: z.string(),
  value: z.number(),
  flags: ObservationFlags,
  source: Source,
});
export type CitedFigure = z.infer<typeof CitedFigure>;

export const citationProblems = ['unknown_indicator', 'no_data', 'invalid'] as const;
export const CitationProblem = z.object({ key: z.string(), problem: z.enum(citationProblems) });
export type CitationProblem = z.infer<typeof CitationProblem>;

/** One answer per requested key, in the order asked. */
export const CitationAnswer = z.union([CitedFigure, CitationProblem]);
export type CitationAnswer = z.infer<typeof CitationAnswer>;

/** Saving the printed report as a PDF file, which only the desktop app can do by itself. */
export const SavePdfRequest = z
  .object({
    /** A file name offered in the save dialog; the user picks the folder and may change it. */
    suggestedName: z.string().trim().min(1).max(200),
  })
  .strict();
export type SavePdfRequest = z.input<typeof SavePdfRequest>;

/** `saved: false` when the user cancelled the dialog. */
export const SavePdfAnswer = z.object({ saved: z.boolean(), file: z.string().nullable() });
export type SavePdfAnswer = z.infer<typeof SavePdfAnswer>;
