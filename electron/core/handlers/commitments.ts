import { OwnCity, readScope } from '../city/own-city';
import { agendaOf } from '../commitments/commitment-agenda';
import { commitmentFile } from '../commitments/commitment-export';
import { detailCommitment, localDay, viewCommitment } from '../commitments/commitment-progress';
import { findCommitment, listCommitments } from '../commitments/commitment-queries';
import { deleteCommitment, saveCommitment } from '../commitments/commitment-writer';
import { readProgrammeWindow, setProgrammeStart } from '../commitments/programme-window';
import { FocalError } from '../errors';
import type { DomainHandlers } from './handler-types';

export const commitmentHandlers = {
  'commitments.list': (ctx, input) => {
    const today = localDay(ctx.now());
    return listCommitments(ctx.db, readScope(ctx.db, input.city)).map((c) => viewCommitment(ctx.db, c, today));
  },
  'commitments.get': (ctx, input) => {
    const found = findCommitment(ctx.db, readScope(ctx.db, input.city), input.uid);
    if (!found) throw new FocalError('not_found', 'This commitment does not exist or was removed.');
    return detailCommitment(ctx.db, found, localDay(ctx.now()));
  },
  'commitments.save': (ctx, input) => detailCommitment(ctx.db, saveCommitment(ctx.db, OwnCity.of(ctx.db), ctx.now(), input), localDay(ctx.now())),
  'commitments.delete': (ctx, input) => {
    deleteCommitment(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.uid);
    return { deleted: input.uid };
  },
  'commitments.exportFile': (ctx, input) => {
    const file = commitmentFile(ctx.db, OwnCity.of(ctx.db), input.format, input.locale, localDay(ctx.now()));
    return { name: file.name, mediaType: file.mediaType, base64: Buffer.from(file.text, 'utf8').toString('base64') };
  },
  'programme.get': (ctx) => readProgrammeWindow(ctx.db, OwnCity.of(ctx.db).code, ctx.now()),
  'programme.set': (ctx, input) => setProgrammeStart(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.start),
  'commitments.agenda': (ctx) => agendaOf(listCommitments(ctx.db, OwnCity.of(ctx.db).code), localDay(ctx.now())),
} satisfies DomainHandlers<'commitments.list' | 'commitments.get' | 'commitments.save' | 'commitments.delete' | 'commitments.agenda' | 'commitments.exportFile' | 'programme.get' | 'programme.set'>;
