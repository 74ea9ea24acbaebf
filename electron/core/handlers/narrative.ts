import { readOwnCity } from '../city/city-queries';
import { OwnCity, readScope } from '../city/own-city';
import { FocalError } from '../errors';
import { listNarratives, saveNarrative } from '../narrative/narrative-queries';
import { resolveCitations } from '../narrative/resolve-citations';
import type { DomainHandlers } from './handler-types';

export const narrativeHandlers = {
  'narrative.list': (ctx, input) => {
    if (input.city === undefined && readOwnCity(ctx.db) === null) return [];
    return listNarratives(ctx.db, readScope(ctx.db, input.city));
  },
  'narrative.save': (ctx, input) => saveNarrative(ctx.db, OwnCity.of(ctx.db), input, ctx.now()),
  'narrative.cite': (ctx, input) => resolveCitations(ctx.db, readScope(ctx.db, input.city), input.citations),
  // The desktop app answers this in its main process (electron/main/print-to-pdf.ts), where the
  // window that prints is; any other host reaches the core, which cannot print.
  'report.savePdf': () => {
    throw new FocalError('conflict', 'Saving a PDF directly is available in the desktop app; use Print in the browser.');
  },
} satisfies DomainHandlers<'narrative.list' | 'narrative.save' | 'narrative.cite' | 'report.savePdf'>;
