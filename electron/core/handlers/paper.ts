import { OwnCity, readScope } from '../city/own-city';
import { localDay } from '../commitments/commitment-progress';
import { FocalError } from '../errors';
import { paperDocument } from '../paper/paper-document';
import { findPaperVersion, listPaperVersions, readPaper } from '../paper/paper-queries';
import { deleteVersion, restoreVersion, savePaper, saveVersion } from '../paper/paper-writer';
import type { DomainHandlers } from './handler-types';

const summary = <T extends { content: unknown }>({ content: _content, ...rest }: T) => rest;

export const paperHandlers = {
  'paper.get': (ctx, input) => {
    const city = readScope(ctx.db, input.city);
    return { paper: readPaper(ctx.db, city), versions: listPaperVersions(ctx.db, city).map(summary) };
  },
  'paper.version': (ctx, input) => {
    const found = findPaperVersion(ctx.db, readScope(ctx.db, input.city), input.uid);
    if (!found) throw new FocalError('not_found', 'This version does not exist or was removed.');
    return found;
  },
  'paper.save': (ctx, input) => savePaper(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.content, input.baseRevision),
  'paper.saveVersion': (ctx, input) => summary(saveVersion(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.name)),
  'paper.restoreVersion': (ctx, input) => restoreVersion(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid, input.keepCurrentAs),
  'paper.exportDocx': async (ctx, input) => {
    const city = OwnCity.of(ctx.db).code;
    const version = input.version === undefined ? null : findPaperVersion(ctx.db, city, input.version);
    if (input.version !== undefined && !version) throw new FocalError('not_found', 'This version does not exist or was removed.');
    const content = version ? version.content : readPaper(ctx.db, city).content;
    // The DOCX writer and its library are loaded when a paper is first written, not with every command (docs/benchmarks.md).
    const { writePaperDocx } = await import('../paper/paper-docx');
    const bytes = await writePaperDocx(paperDocument(ctx.db, city, content, input.locale, localDay(ctx.now())));
    const suffix = version ? `-${version.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}` : '';
    return {
      name: `${city}-priority-paper${suffix}-${input.locale}.docx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
  'paper.deleteVersion': (ctx, input) => {
    deleteVersion(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
} satisfies DomainHandlers<'paper.get' | 'paper.version' | 'paper.save' | 'paper.saveVersion' | 'paper.restoreVersion' | 'paper.exportDocx' | 'paper.deleteVersion'>;
