import { z } from 'zod';
import { CityCode } from './city';
import { IsoDate, RecordUid } from './commitment';
import { lineText, longText } from './plain-text';

/**
 * The priority paper (domain.md §1, "Action"): the city's measures for migrants' inclusion, drafted
 * with a local stakeholder group. Its texts are Markdown with live figure citations, as the
 * profile's narrative, written per interface language ('' = not written in that language).
 * A city has one paper (its identity is the city) and any number of named versions (each a record
 * with its own id) that keep the content as it was when saved.
 */

/** The longest text of the paper, in characters (the editor stops there). */
export const maxPaperTextLength = 20000;
const markdown = longText(maxPaperTextLength);
const line = lineText(200);

/** A text of the paper in each interface language. */
export const PaperMarkdown = z.object({ en: markdown, fr: markdown, ar: markdown }).strict();
export type PaperMarkdown = z.infer<typeof PaperMarkdown>;
export const PaperLine = z.object({ en: line, fr: line, ar: line }).strict();
export type PaperLine = z.infer<typeof PaperLine>;

export const PaperPriority = z
  .object({
    uid: RecordUid,
    title: PaperLine,
    problem: PaperMarkdown,
    /** Figures cited live (`{{POP_TOTAL 2024}}`), as in the narrative. */
    evidence: PaperMarkdown,
    /** Target group codes from the catalogue. */
    targetGroups: z.array(z.string().min(1).max(40)).max(10),
    /** The commitments that carry out this priority, by id: shown with their live status. */
    measures: z.array(RecordUid).max(40),
    actors: PaperMarkdown,
    timeline: PaperMarkdown,
    risks: PaperMarkdown,
  })
  .strict();
export type PaperPriority = z.infer<typeof PaperPriority>;

/** One organisation at the stakeholder group's validation meeting. */
export const ValidationParticipant = z
  .object({
    organisation: lineText(200).pipe(z.string().min(1, 'Name the organisation.')),
    people: z.number().int().min(0).max(10000),
  })
  .strict();
export type ValidationParticipant = z.infer<typeof ValidationParticipant>;

export const PaperValidation = z
  .object({
    date: IsoDate.nullable(),
    participants: z.array(ValidationParticipant).max(200),
    decisions: PaperMarkdown,
  })
  .strict();
export type PaperValidation = z.infer<typeof PaperValidation>;

/** The paper's content: the context summary, three to five priorities, the validation record. */
export const PaperContent = z
  .object({
    /** The context summary, citing the profile. */
    context: PaperMarkdown,
    /** Three to five in a finished paper; fewer while drafting. */
    priorities: z.array(PaperPriority).max(5),
    validation: PaperValidation,
  })
  .strict();
export type PaperContent = z.infer<typeof PaperContent>;

/** The paper as the store holds it. */
export const PriorityPaper = z.object({
  city: CityCode,
  content: PaperContent,
  revision: z.number().int().min(0),
  /** Unix milliseconds of the last change (0: never saved). */
  updatedAt: z.number().int(),
});
export type PriorityPaper = z.infer<typeof PriorityPaper>;

/** A named version: the content as it was when the focal point saved it under that name. */
export const PaperVersion = z.object({
  city: CityCode,
  uid: RecordUid,
  name: z.string(),
  content: PaperContent,
  /** Unix milliseconds when it was saved. */
  savedAt: z.number().int(),
  revision: z.number().int().min(1),
  updatedAt: z.number().int(),
});
export type PaperVersion = z.infer<typeof PaperVersion>;

export function emptyPaperContent(): PaperContent {
  const blank = { en: '', fr: '', ar: '' };
  return { context: { ...blank }, priorities: [], validation: { date: null, participants: [], decisions: { ...blank } } };
}

/** A version as the version list shows it (the content comes with `paper.version`). */
export const PaperVersionSummary = PaperVersion.omit({ content: true });
export type PaperVersionSummary = z.infer<typeof PaperVersionSummary>;

/** A version's name: one line people pick the version by. */
export const VersionName = lineText(120).pipe(z.string().min(1, 'Give the version a name.'));
