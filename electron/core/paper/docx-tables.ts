import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { OutlineMeasure, OutlineParticipant } from '../../../shared/paper/paper-outline';
import type { TextLook } from './docx-look';

/**
 * The paper's two tables — the measures of a priority and the participants of the validation
 * meeting — as Word tables. In Arabic the table itself runs right to left (`bidiVisual`): its first
 * column stands on the right, as the reader's eye starts there.
 */

interface Cell {
  text: string;
  bold?: boolean;
  /** Marked as a problem (a commitment no longer recorded). */
  flagged?: boolean;
}

function cell(content: Cell, look: TextLook, header: boolean): TableCell {
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    children: [
      new Paragraph({
        ...look.paragraph,
        children: [
          new TextRun({
            ...look.run,
            text: content.text,
            bold: header || content.bold,
            boldComplexScript: header || content.bold,
            italics: content.flagged,
            italicsComplexScript: content.flagged,
            highlight: content.flagged ? 'yellow' : undefined,
          }),
        ],
      }),
    ],
  });
}

function table(header: readonly string[], rows: readonly Cell[][], widths: readonly number[], look: TextLook): Table {
  return new Table({
    visuallyRightToLeft: look.rtl,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [...widths],
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell({ text }, look, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, look, false)) })),
    ],
  });
}

/** A priority's measures: each commitment with its live status and its progress. */
export function measuresTable(columns: { commitment: string; status: string; progress: string }, rows: readonly OutlineMeasure[], look: TextLook): Table {
  return table(
    [columns.commitment, columns.status, columns.progress],
    rows.map((m) => [{ text: m.title, flagged: m.missing }, { text: m.status }, { text: m.progress }]),
    [5000, 2000, 2000],
    look,
  );
}

/** Who validated the paper: people per organisation, and the total. */
export function participantsTable(columns: { organisation: string; people: string }, rows: readonly OutlineParticipant[], total: OutlineParticipant, look: TextLook): Table {
  return table(
    [columns.organisation, columns.people],
    [...rows.map((p) => [{ text: p.organisation }, { text: p.people }]), [{ text: total.organisation, bold: true }, { text: total.people, bold: true }]],
    [7000, 2000],
    look,
  );
}
