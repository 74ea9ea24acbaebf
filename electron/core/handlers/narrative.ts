import { readOwnCity } from '../city/city-queries';
import { ownCityCode } from '../city/own-city';
import { FocalError } from '../errors';
import { listNarratives, saveNarrative } from '../narrative/narrative-queries';
import { resolveCitations } from '../narrative/resolve-citations';
import type { DomainHandlers } from './handler-types';

export const narrativeHandlers = {
  'narrative.list': (ctx) => {
    const city = readOwnCity(ctx.db);
    return city ? listNarratives(ctx.db, city.code) : [];
  },
  'narrative.save': (ctx, input) => saveNarrative(ctx.db, ownCityCode(ctx.db), input, ctx.now()),
  'narrative.cite': (ctx, input) => resolveCitations(ctx.db, ownCityCode(ctx.db), input.citations),
  // The desktop app answers this in its main process (electron/main/print-to-pdf.ts), where the
  // window that prints is; any other host reaches the core, which cannot print.
  'report.savePdf': () => {
    throw new FocalError('conflict', 'Saving a PDF directly is available in the desktop app; use Print in the browser.');
  },
} satisfies DomainHandlers<'narrative.list' | 'narrative.save' | 'narrative.cite' | 'report.savePdf'>;
