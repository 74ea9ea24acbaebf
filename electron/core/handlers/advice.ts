import { adviceCountsOnItems, adviceSummary, findAdvice, listAdvice, listAdviceRequests } from '../advice/advice-queries';
import { adviceDossier } from '../advice/advice-dossier';
import { readAdviceItem } from '../advice/advice-items';
import { addAdviceReply, deleteAdvice, deleteAdviceRequest, saveAdvice, saveAdviceOutcome, saveAdviceRequest } from '../advice/advice-writer';
import { OwnCity, ownCityCode, readScope } from '../city/own-city';
import { FocalError } from '../errors';
import type { Database } from 'better-sqlite3';
import type { DomainHandlers } from './handler-types';

/** An advice just written, as the lists show it. */
function adviceNamed(db: Database, city: string, uid: string) {
  const advice = findAdvice(db, ownCityCode(db), city, uid);
  if (!advice) throw new Error(`The advice ${uid} was not saved.`);
  return advice;
}

export const adviceHandlers = {
  'advice.list': (ctx, input) => listAdvice(ctx.db, ownCityCode(ctx.db), input),
  'advice.item': (ctx, input) => {
    const state = readAdviceItem(ctx.db, readScope(ctx.db, input.city), input.item);
    return state === null ? null : { version: state.version, text: state.text, title: state.title };
  },
  'advice.save': (ctx, input) => {
    const own = OwnCity.of(ctx.db);
    return adviceNamed(ctx.db, own.code, saveAdvice(ctx.db, own, ctx.now(), input));
  },
  'advice.delete': (ctx, input) => {
    deleteAdvice(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
  'advice.reply': (ctx, input) => {
    addAdviceReply(ctx.db, OwnCity.of(ctx.db), ctx.now(), input);
    return adviceNamed(ctx.db, input.adviceCity, input.adviceUid);
  },
  'advice.saveOutcome': (ctx, input) => {
    saveAdviceOutcome(ctx.db, OwnCity.of(ctx.db), ctx.now(), input);
    return adviceNamed(ctx.db, input.adviceCity, input.adviceUid);
  },
  'advice.requests': (ctx) => listAdviceRequests(ctx.db, ownCityCode(ctx.db)),
  'advice.saveRequest': (ctx, input) => {
    const own = OwnCity.of(ctx.db);
    const uid = saveAdviceRequest(ctx.db, own, ctx.now(), input);
    const saved = listAdviceRequests(ctx.db, own.code).asked.find((request) => request.uid === uid);
    if (!saved) throw new FocalError('not_found', 'The request was not saved.');
    return saved;
  },
  'advice.deleteRequest': (ctx, input) => {
    deleteAdviceRequest(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
  'advice.summary': (ctx) => adviceSummary(ctx.db, ownCityCode(ctx.db)),
  'advice.counts': (ctx) => adviceCountsOnItems(ctx.db, ownCityCode(ctx.db)),
  'advice.dossier': (ctx, input) => adviceDossier(ctx.db, ownCityCode(ctx.db), input, ctx.now()),
  'advice.dossierDocx': async (ctx, input) => {
    const dossier = adviceDossier(ctx.db, ownCityCode(ctx.db), input, ctx.now());
    // The DOCX library is loaded when a document is first written, as for the paper (docs/benchmarks.md).
    const { writeDossierDocx } = await import('../advice/dossier-docx');
    const bytes = await writeDossierDocx(dossier);
    const topic = input.domain ?? input.peer ?? 'all';
    return {
      name: `${ownCityCode(ctx.db)}-advice-dossier-${topic}-${input.locale}.docx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
} satisfies DomainHandlers<'advice.list' | 'advice.item' | 'advice.save' | 'advice.delete' | 'advice.reply' | 'advice.saveOutcome' | 'advice.requests' | 'advice.saveRequest' | 'advice.deleteRequest' | 'advice.summary' | 'advice.counts' | 'advice.dossier' | 'advice.dossierDocx'>;
