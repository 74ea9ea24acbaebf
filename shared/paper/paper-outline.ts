import type { Labels } from '../domain/labels';
import { directionOf, uiLocales, type UiLocale } from '../domain/locales';
import type { CitationAnswer } from '../domain/narrative';
import type { PaperContent, PaperPriority } from '../domain/priority-paper';
import { citationKey, collectCitations, parseMarkdown, type Block } from '../narrative';
import { paperFigure, paperNumberFormat, type PaperFigure } from './paper-figure';
import { fillWords, paperWords, type PaperWords } from './paper-words';

/**
 * The priority paper as one document tree in one language: what the screen shows, what prints and
 * what the DOCX writer writes, so the three never drift apart. Texts stay Markdown syntax trees
 * (citations stay citation nodes); every figure they cite is looked up in `figures`, already worded.
 */

/** A text of the paper in the outline's language, or in another one when it has none (marked). */
export interface OutlineText {
  blocks: Block[];
  /** The language the text is written in: the outline's own unless it fell back. */
  locale: UiLocale;
  /** True when the text is shown in another language because this one has none: screens say "not translated". */
  fallback: boolean;
  /** Written in no language at all. */
  empty: boolean;
}

/** One measure: a commitment the priority names, with its live status. */
export interface OutlineMeasure {
  uid: string;
  title: string;
  status: string;
  progress: string;
  /** The commitment is no longer recorded (deleted since the paper named it). */
  missing: boolean;
}

export interface OutlineParticipant {
  organisation: string;
  /** Formatted in the outline's language. */
  people: string;
}

export type OutlineBody =
  | { kind: 'text'; text: OutlineText }
  | { kind: 'names'; names: string[] }
  | { kind: 'measures'; columns: { commitment: string; status: string; progress: string }; rows: OutlineMeasure[] }
  | { kind: 'participants'; columns: { organisation: string; people: string }; rows: OutlineParticipant[]; total: OutlineParticipant }
  | { kind: 'date'; date: string | null };

/** What a priority or the validation record is made of: Problem, Evidence… each under its sub-heading. */
export interface OutlinePart {
  field: 'context' | 'problem' | 'evidence' | 'targetGroups' | 'measures' | 'actors' | 'timeline' | 'risks' | 'validationDate' | 'participants' | 'decisions';
  /** The sub-heading; null for the context summary, which stands under its section heading alone. */
  heading: string | null;
  body: OutlineBody;
}

export interface OutlineSection {
  /** `context`, `validation`, or `priority:<uid>`: stable across languages and versions. */
  id: string;
  kind: 'context' | 'priority' | 'validation';
  heading: string;
  /** The heading itself fell back to another language (a priority's title). */
  headingFallback: boolean;
  /** The language the heading is written in. */
  headingLocale: UiLocale;
  parts: OutlinePart[];
}

export interface PaperOutline {
  locale: UiLocale;
  direction: 'ltr' | 'rtl';
  title: string;
  city: string;
  /** The date the paper is dated, formatted in the outline's language. */
  date: string;
  sections: OutlineSection[];
  /** Every figure the texts cite, by canonical citation key (`citationKey`), worded in the outline's language. */
  figures: ReadonlyMap<string, PaperFigure>;
  words: PaperWords;
}

/** A commitment as a measure shows it, worded by the caller in the outline's language (the live status and computed progress). */
export interface MeasureFacts {
  title: string;
  status: string;
  progress: string;
}

export interface PaperOutlineInput {
  content: PaperContent;
  locale: UiLocale;
  /** The city's name in the outline's language. */
  city: string;
  /** The paper's date, `YYYY-MM-DD`. */
  date: string;
  /** Resolved citations, as the narrative has them (resolveCitations / the citations method). */
  answers: ReadonlyMap<string, CitationAnswer>;
  /** Whether an indicator counts people: small counts of people are not shown in anything shared. */
  countsPeople: (indicator: string) => boolean;
  commitments: ReadonlyMap<string, MeasureFacts>;
  /** The catalogue's target groups' names, by code; an unknown code is shown as itself. */
  targetGroups: ReadonlyMap<string, Labels>;
}

/** "Not translated: shown in French", in the outline's language. */
export function notTranslatedNote(outlineLocale: UiLocale, textLocale: UiLocale): string {
  return fillWords(paperWords[outlineLocale].notTranslated, { language: paperWords[outlineLocale].languages[textLocale] });
}

/** The text in `locale`, else the first other language (interface order) that has it. */
function pick(texts: Readonly<Record<UiLocale, string>>, locale: UiLocale): { text: string; locale: UiLocale; fallback: boolean } {
  if (texts[locale].trim() !== '') return { text: texts[locale], locale, fallback: false };
  const other = uiLocales.find((l) => texts[l].trim() !== '');
  return other === undefined ? { text: '', locale, fallback: false } : { text: texts[other], locale: other, fallback: true };
}

function outlineText(texts: Readonly<Record<UiLocale, string>>, locale: UiLocale): OutlineText {
  const chosen = pick(texts, locale);
  return { blocks: parseMarkdown(chosen.text), locale: chosen.locale, fallback: chosen.fallback, empty: chosen.text.trim() === '' };
}

function formatDate(iso: string, locale: UiLocale): string {
  // Noon UTC: the day stays the day written in every time zone.
  const day = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(day.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

function prioritySection(priority: PaperPriority, index: number, input: PaperOutlineInput, words: PaperWords): OutlineSection {
  const { locale } = input;
  const title = pick(priority.title, locale);
  const text = (field: OutlinePart['field'], heading: string, texts: Readonly<Record<UiLocale, string>>): OutlinePart => ({ field, heading, body: { kind: 'text', text: outlineText(texts, locale) } });
  const rows = priority.measures.map((uid): OutlineMeasure => {
    const facts = input.commitments.get(uid);
    return facts ? { uid, ...facts, missing: false } : { uid, title: words.unknownCommitment, status: '', progress: '', missing: true };
  });
  return {
    id: `priority:${priority.uid}`,
    kind: 'priority',
    heading: title.text.trim() === '' ? fillWords(words.untitledPriority, { number: paperNumberFormat(locale).format(index + 1) }) : title.text,
    headingFallback: title.fallback,
    headingLocale: title.locale,
    parts: [
      text('problem', words.problem, priority.problem),
      text('evidence', words.evidence, priority.evidence),
      { field: 'targetGroups', heading: words.targetGroups, body: { kind: 'names', names: priority.targetGroups.map((code) => input.targetGroups.get(code)?.[locale] ?? code) } },
      {
        field: 'measures',
        heading: words.measures,
        body: { kind: 'measures', columns: { commitment: words.commitment, status: words.status, progress: words.progress }, rows },
      },
      text('actors', words.actors, priority.actors),
      text('timeline', words.timeline, priority.timeline),
      text('risks', words.risks, priority.risks),
    ],
  };
}

function validationSection(input: PaperOutlineInput, words: PaperWords): OutlineSection {
  const { validation } = input.content;
  const count = paperNumberFormat(input.locale);
  const total = validation.participants.reduce((sum, p) => sum + p.people, 0);
  return {
    id: 'validation',
    kind: 'validation',
    heading: words.validation,
    headingFallback: false,
    headingLocale: input.locale,
    parts: [
      { field: 'validationDate', heading: words.validationDate, body: { kind: 'date', date: validation.date === null ? null : formatDate(validation.date, input.locale) } },
      {
        field: 'participants',
        heading: words.participants,
        body: {
          kind: 'participants',
          columns: { organisation: words.organisation, people: words.people },
          rows: validation.participants.map((p) => ({ organisation: p.organisation, people: count.format(p.people) })),
          total: { organisation: words.total, people: count.format(total) },
        },
      },
      { field: 'decisions', heading: words.decisions, body: { kind: 'text', text: outlineText(validation.decisions, input.locale) } },
    ],
  };
}

/** Every Markdown tree of the outline, for collecting what it cites. */
export function outlineTexts(sections: readonly OutlineSection[]): OutlineText[] {
  return sections.flatMap((section) => section.parts.flatMap((part) => (part.body.kind === 'text' ? [part.body.text] : [])));
}

/** Builds the paper's outline in one language. Pure: the same input gives the same tree. */
export function paperOutline(input: PaperOutlineInput): PaperOutline {
  const words = paperWords[input.locale];
  const sections: OutlineSection[] = [
    { id: 'context', kind: 'context', heading: words.context, headingFallback: false, headingLocale: input.locale, parts: [{ field: 'context', heading: null, body: { kind: 'text', text: outlineText(input.content.context, input.locale) } }] },
    ...input.content.priorities.map((priority, index) => prioritySection(priority, index, input, words)),
    validationSection(input, words),
  ];
  const figures = new Map<string, PaperFigure>();
  for (const text of outlineTexts(sections)) {
    for (const citation of collectCitations(text.blocks)) {
      const key = citationKey(citation);
      // Worded once, in the outline's language, even inside a text that fell back to another: the
      // figures of one document read alike everywhere in it.
      if (!figures.has(key)) figures.set(key, paperFigure(input.answers.get(key), input.locale, input.countsPeople));
    }
  }
  return { locale: input.locale, direction: directionOf(input.locale), title: words.title, city: input.city, date: formatDate(input.date, input.locale), sections, figures, words };
}
