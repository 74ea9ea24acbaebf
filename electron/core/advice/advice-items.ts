import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AdviceItemRef, AdviceTexts } from '../../../shared/domain/advice';
import type { Commitment } from '../../../shared/domain/commitment';
import type { PaperContent } from '../../../shared/domain/priority-paper';
import { readCsv } from '../bundles/bundle-csv';
import { observationColumns, writeObservations } from '../bundles/bundle-observations';
import { travellingKinds, type TravellingKind } from '../bundles/travelling-kinds';
import { indicatorsIn } from '../catalogue/indicator-scope';
import { readOwnCity } from '../city/city-queries';
import { findCommitment } from '../commitments/commitment-queries';
import { defaultThreshold, lowestThreshold } from '../observations/export/suppression';
import { readPaper } from '../paper/paper-queries';
import { recordVersion } from './item-version';

/**
 * An item advice can be about, as one city's store holds it: the version (what the advice is
 * anchored to), a plain text of it (kept with the advice, so the owner and the adviser can both see
 * what changed since), a title per language and its policy domains.
 *
 * The text is one line per field, `field<TAB>value`: the field is a code the interface translates
 * (`title.en`, `status`, `task`, `figure` …), the value is the item's own words or codes. Lines, so
 * a change shows as the lines that differ.
 */
export interface AdviceItemState {
  version: string;
  text: string;
  title: AdviceTexts;
  domains: string[];
}

/** The longest item text kept with an advice: a data item with thousands of figures keeps its first ones. */
export const maxItemText = 20000;

const noTitle: AdviceTexts = { en: '', fr: '', ar: '' };

function kindNamed(name: string): TravellingKind {
  const kind = travellingKinds.find((k) => k.name === name);
  if (!kind) throw new Error(`No travelling kind ${name}`);
  return kind;
}

function hashOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function lines(field: string, value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `${field}\t${line}`);
}

function clipped(all: readonly string[]): string {
  const text = all.join('\n');
  if (text.length <= maxItemText) return text;
  const cut = text.lastIndexOf('\n', maxItemText);
  return `${text.slice(0, cut > 0 ? cut : maxItemText)}\nmore\t…`;
}

function commitmentText(c: Commitment): string {
  const out: string[] = [];
  for (const locale of ['en', 'fr', 'ar'] as const) {
    out.push(...lines(`title.${locale}`, c.texts[locale].title), ...lines(`description.${locale}`, c.texts[locale].description));
  }
  out.push(...lines('status', c.status), ...lines('status_reason', c.statusReason), ...lines('owner', c.owner));
  out.push(...lines('start', c.start ?? ''), ...lines('due', c.due ?? ''));
  out.push(...lines('domains', c.domains.join(', ')), ...lines('target_groups', c.targetGroups.join(', ')), ...lines('tags', c.tags.join(', ')));
  for (const task of c.tasks) out.push(...lines(task.kind, `${task.done ? '☑' : '☐'} ${task.title}${task.due ? ` · ${task.due}` : ''}`));
  for (const target of c.targets) {
    const breakdown = Object.values(target.breakdown).filter((code) => code !== '').join(' · ');
    out.push(...lines('target', `${target.indicator}${breakdown ? ` (${breakdown})` : ''}: ${target.baseline.value} (${target.baseline.period}) → ${target.target.value} (${target.target.period})`));
  }
  return clipped(out);
}

function readCommitmentItem(db: Database, city: string, uid: string): AdviceItemState | null {
  const commitment = findCommitment(db, city, uid);
  const version = recordVersion(db, city, kindNamed('commitments'), [uid]);
  if (!commitment || version === null) return null;
  const title = { en: commitment.texts.en.title, fr: commitment.texts.fr.title, ar: commitment.texts.ar.title };
  return { version, text: commitmentText(commitment), title, domains: commitment.domains };
}

const markdownFields = ['problem', 'evidence', 'actors', 'timeline', 'risks'] as const;

/** A section of the paper: the context summary, the validation record, or a priority by its id. */
function paperSection(content: PaperContent, id: string): { text: string[]; title: AdviceTexts; measures: string[]; raw: unknown } | null {
  if (id === 'context') {
    return { text: (['en', 'fr', 'ar'] as const).flatMap((l) => lines(`context.${l}`, content.context[l])), title: noTitle, measures: [], raw: content.context };
  }
  if (id === 'validation') {
    const v = content.validation;
    const text = [...lines('date', v.date ?? ''), ...v.participants.flatMap((p) => lines('participant', `${p.organisation}: ${p.people}`)), ...(['en', 'fr', 'ar'] as const).flatMap((l) => lines(`decisions.${l}`, v.decisions[l]))];
    return { text, title: noTitle, measures: [], raw: v };
  }
  const priority = content.priorities.find((p) => p.uid === id);
  if (!priority) return null;
  const text: string[] = [];
  for (const locale of ['en', 'fr', 'ar'] as const) {
    text.push(...lines(`title.${locale}`, priority.title[locale]));
    for (const field of markdownFields) text.push(...lines(`${field}.${locale}`, priority[field][locale]));
  }
  text.push(...lines('target_groups', priority.targetGroups.join(', ')), ...priority.measures.flatMap((uid) => lines('measure', uid)));
  return { text, title: priority.title, measures: priority.measures, raw: priority };
}

function readPaperItem(db: Database, city: string, id: string): AdviceItemState | null {
  const paper = readPaper(db, city);
  if (paper.revision === 0) return null;
  const section = paperSection(paper.content, id);
  if (!section) return null;
  // The priority's domains are its measures': a paper section has none of its own.
  const domains = new Set(section.measures.flatMap((uid) => findCommitment(db, city, uid)?.domains ?? []));
  return { version: hashOf(['paper_section', id, section.raw]), text: clipped(section.text), title: section.title, domains: [...domains] };
}

/**
 * An indicator's data as it travels: the bundle's own figure lines (bundle-observations.ts), so the
 * owner's store — confidential figures withheld, small counts blanked — and the peer's copy give the
 * same version. A peer's figures already went through the sender's privacy rules: the lowest
 * threshold changes none of them.
 */
function readIndicatorItem(db: Database, city: string, code: string): AdviceItemState | null {
  const indicator = indicatorsIn(db, city).find((i) => i.code === code);
  if (!indicator) return null;
  let csv = '';
  const threshold = readOwnCity(db)?.code === city ? defaultThreshold : lowestThreshold;
  writeObservations(db, city, { indicators: [code], sinceMs: 0, threshold }, { write: (text) => void (csv += text) });
  const figures: string[][] = [];
  const column = (name: (typeof observationColumns)[number]) => observationColumns.indexOf(name);
  readCsv((onChunk) => onChunk(new TextEncoder().encode(csv)), observationColumns, 'figures', (fields) => {
    if ((fields[column('flags')] ?? '').includes('suppressed')) return;
    figures.push([...fields.slice(column('period'), column('value') + 1), fields[column('source')] ?? '', fields[column('note')] ?? '']);
  });
  if (figures.length === 0) return null;
  figures.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
  const text = figures.flatMap(([period = '', ...rest]) => {
    const [value = '', citation = '', note = ''] = rest.slice(-3);
    const breakdown = rest.slice(0, -3).filter((part) => part !== '').join(' · ');
    return lines('figure', `${period}${breakdown ? ` · ${breakdown}` : ''}: ${value}${citation ? ` (${citation})` : ''}${note ? ` — ${note}` : ''}`);
  });
  return { version: hashOf(['indicator', code, figures]), text: clipped(text), title: indicator.name, domains: [indicator.domain] };
}

/** The item as `city`'s store holds it now, or null when it holds no such item. */
export function readAdviceItem(db: Database, city: string, item: AdviceItemRef): AdviceItemState | null {
  switch (item.kind) {
    case 'commitment':
      return readCommitmentItem(db, city, item.id);
    case 'paper_section':
      return readPaperItem(db, city, item.id);
    case 'indicator':
      return readIndicatorItem(db, city, item.id);
  }
}
