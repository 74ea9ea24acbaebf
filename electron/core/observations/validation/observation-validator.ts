import type { Dimension } from '../../../../shared/domain/catalogue';
import type { ImportField } from '../../../../shared/domain/observation-import';
import { breakdownFields } from '../../../../shared/domain/observation-record';
import { normalisePeriod } from '../../../../shared/domain/period';
import { controlInLine, controlInText as controlInNote } from '../../../../shared/domain/plain-text';
import type { CodeRecognizer, IndicatorInfo } from '../import/code-recognizer';
import { parseNumberText } from '../import/number-text';
import type { ProblemList } from '../import/problem-list';
import type { SourceRefs } from '../../sources/source-registry';
import type { ObservationValues } from '../store/observation-columns';

/** A value as a file or a form gives it: text, a number a spreadsheet stored, or nothing. */
export type InputValue = string | number | null;

/**
 * An observation as it arrives at any write door — a file's row, a cell typed in the table, a row
 * put back by undo, later a peer's bundle: codes or labels, the value as text or number, the source
 * by its citation or its identity. One record may carry several periods (a sheet with years across
 * columns); each becomes an observation.
 */
export interface ObservationInput {
  indicator: string;
  breakdown: Record<Dimension, string>;
  values: readonly { period: string; value: InputValue; column: string }[];
  source: { citation: string } | { uid: string };
  note: string;
  flags: string | { estimate: boolean; provisional: boolean; confidential: boolean };
}

/** Where problems are reported: the line, and the column name of each field. */
export interface InputPlace {
  line: number;
  column(field: ImportField): string;
}

const maxCitation = 500;
const maxNote = 2000;
/**
 * A double holds every whole number up to 2^53 − 1 and 15 significant decimal digits of any other:
 * a longer number would be stored as another one.
 */
const maxDigits = 15;

/**
 * The one validator of an observation (docs/data-model.md): every write door calls it, with the
 * same problem codes and messages, before the one writer stores anything. It checks each value on
 * its own (codes against the store's codelists, the period, the number and the unit's rules, the
 * texts); checks that need other rows (duplicates, parts and totals, outliers) run over the rows.
 */
export class ObservationValidator {
  /** Files repeat a handful of periods on every row: each text is read once. */
  private readonly periods = new Map<string, string | null>();

  constructor(
    private readonly recognizer: CodeRecognizer,
    private readonly sources: SourceRefs,
    private readonly problems: ProblemList,
    private readonly decimalComma: boolean,
  ) {}

  /** Whether a flags text (as a file writes it) names a flag, in any of the words it recognises. */
  flagsInclude(text: string, flag: 'estimate' | 'provisional' | 'confidential'): boolean {
    // Most rows carry no flag: no split for them (this runs on every row of a file).
    if (text === '') return false;
    return text.split(/[;,|/+]+/).some((word) => word.trim() !== '' && this.recognizer.flag(word) === flag);
  }

  /** The observations the input holds, or none when any of its values is wrong (each problem reported). */
  validate(input: ObservationInput, at: InputPlace): ObservationValues[] {
    const problems = this.problems;
    const before = problems.errorCount;

    let indicator: IndicatorInfo | null = null;
    if (input.indicator === '') problems.error(at.line, at.column('indicator'), 'missing_indicator');
    else {
      indicator = this.recognizer.indicator(input.indicator);
      if (!indicator) problems.error(at.line, at.column('indicator'), 'unknown_indicator', { value: printable(input.indicator) });
    }

    const codes: Record<Dimension, string> = { sex: '', age: '', status: '', origin: '', area: '' };
    for (const dimension of breakdownFields) {
      const text = input.breakdown[dimension];
      if (controlInLine.test(text)) {
        problems.error(at.line, at.column(dimension), 'control_character', {});
        continue;
      }
      const code = this.recognizer.code(dimension, text);
      if (code === null) {
        // A district is the city's own word: the message sends the user to the city's list, not the catalogue.
        if (dimension === 'area') problems.error(at.line, at.column(dimension), 'unknown_district', { value: printable(text) });
        else problems.error(at.line, at.column(dimension), 'unknown_code', { value: text, dimension });
      }
      else if (code !== '' && indicator && !indicator.dimensions.has(dimension)) {
        problems.error(at.line, at.column(dimension), 'dimension_not_allowed', { indicator: indicator.code, dimension });
      }
      codes[dimension] = code ?? '';
    }

    const citationOk = this.checkSource(input.source, at);
    if (input.note.length > maxNote) problems.error(at.line, at.column('note'), 'text_too_long', { limit: maxNote });
    else if (controlInNote.test(input.note)) problems.error(at.line, at.column('note'), 'control_character', {});
    const flags = typeof input.flags === 'string' ? this.readFlags(input.flags, at) : input.flags;

    const pairs: [string, number][] = [];
    for (const entry of input.values) {
      const period = this.readPeriod(entry.period, at);
      const value = this.readValue(entry.value, at.line, entry.column, indicator);
      if (period !== null && value !== null) pairs.push([period, value]);
    }
    if (problems.errorCount > before || !indicator || !citationOk) return [];
    // Only a row with no problem cites (and so may create) its source: a refused file lists no new sources.
    const sourceRef = 'uid' in input.source ? this.sources.refOf(input.source.uid) : this.sources.refFor(input.source.citation);
    if (sourceRef === null) return [];
    const code = indicator.code;
    const note = input.note;
    // Built field by field rather than spread: this runs for every row of a file.
    return pairs.map(([period, value]) => ({
      indicator: code,
      period,
      sex: codes.sex,
      age: codes.age,
      status: codes.status,
      origin: codes.origin,
      area: codes.area,
      value,
      estimate: flags.estimate,
      provisional: flags.provisional,
      confidential: flags.confidential,
      sourceRef,
      note,
    }));
  }

  /** Whether the source is given well: a live identity, or a citation of the right length and characters. */
  private checkSource(source: ObservationInput['source'], at: InputPlace): boolean {
    const column = at.column('source');
    if ('uid' in source) {
      if (this.sources.refOf(source.uid) !== null) return true;
      this.problems.error(at.line, column, 'unknown_source', { value: printable(source.uid) });
      return false;
    }
    const citation = source.citation;
    if (citation === '') this.problems.error(at.line, column, 'missing_source');
    else if (citation.length > maxCitation) this.problems.error(at.line, column, 'text_too_long', { limit: maxCitation });
    else if (controlInLine.test(citation)) this.problems.error(at.line, column, 'control_character', {});
    else return true;
    return false;
  }

  private readPeriod(text: string, at: InputPlace): string | null {
    if (text === '') {
      this.problems.error(at.line, at.column('period'), 'missing_period');
      return null;
    }
    let period = this.periods.get(text);
    if (period === undefined) {
      period = normalisePeriod(text);
      if (this.periods.size < 10_000) this.periods.set(text, period);
    }
    if (period === null) this.problems.error(at.line, at.column('period'), 'bad_period', { value: printable(text) });
    return period;
  }

  private readValue(cell: InputValue, line: number, column: string, indicator: IndicatorInfo | null): number | null {
    const problems = this.problems;
    const text = typeof cell === 'number' ? String(cell) : (cell ?? '').trim();
    if (text === '') {
      problems.error(line, column, 'missing_value');
      return null;
    }
    let value: number | null = typeof cell === 'number' ? cell : null;
    if (value === null && indicator?.unit === 'ynp') value = this.recognizer.answer(text);
    value ??= parseNumberText(text, this.decimalComma);
    if (value === null || !Number.isFinite(value)) {
      problems.error(line, column, 'bad_number', { value: printable(text) });
      return null;
    }
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER || (typeof cell === 'string' && !Number.isInteger(value) && significantDigits(text) > maxDigits)) {
      problems.error(line, column, 'number_not_exact', { value: printable(text) });
      return null;
    }
    switch (indicator?.unit) {
      case 'count':
        if (value < 0) problems.error(line, column, 'negative_count', { value });
        else if (!Number.isInteger(value)) problems.error(line, column, 'not_integer', { value });
        break;
      case 'percent':
        if (value < 0 || value > 100) problems.error(line, column, 'percent_range', { value });
        break;
      case 'ynp':
        if (value !== 0 && value !== 0.5 && value !== 1) problems.error(line, column, 'ynp_value', { value: printable(text) });
        break;
      default:
        break;
    }
    return value;
  }

  private readFlags(text: string, at: InputPlace): { estimate: boolean; provisional: boolean; confidential: boolean } {
    const flags = { estimate: false, provisional: false, confidential: false };
    if (text === '') return flags;
    for (const word of text.split(/[;,|/+]+/)) {
      if (word.trim() === '') continue;
      const flag = this.recognizer.flag(word);
      if (flag) flags[flag] = true;
      else this.problems.error(at.line, at.column('flags'), 'unknown_flag', { value: printable(word.trim()) });
    }
    return flags;
  }
}

/** Digits that carry meaning: leading and trailing zeros do not (1,000,000 is exact; its size is checked apart). */
function significantDigits(text: string): number {
  const mantissa = text.split(/[eE]/)[0] ?? '';
  return mantissa.replace(/[^0-9\u0660-\u0669\u06f0-\u06f9]/g, '').replace(/^[0\u0660\u06f0]+|[0\u0660\u06f0]+$/g, '').length;
}

/** A value quoted back in a message, with control characters shown as escapes rather than acted on. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const shown = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}
