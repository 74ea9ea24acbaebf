import { OwnCity, ownCityCode } from '../city/own-city';
import { FocalError } from '../errors';
import { deleteMappingTemplate, listMappingTemplates, saveMappingTemplate } from '../observations/import/mapping-templates';
import { previewImport } from '../observations/import/preview-import';
import type { DomainHandlers } from './handler-types';

export const importHandlers = {
  'imports.upload': (ctx, input) => {
    const { upload, file, bytes } = ctx.imports.files.upload(input.upload, input.name, Buffer.from(input.chunk, 'base64'), input.done);
    return { upload, bytes, preview: file ? previewImport(file, null) : null };
  },
  'imports.preview': (ctx, input) => previewImport(ctx.imports.files.get(input.file), input.sheet),
  'imports.start': (ctx, input) => {
    if (!input.dryRun && ctx.store.recovery) {
      throw new FocalError('conflict', 'The data file was damaged and has been set aside. Restore the latest backup or start with an empty file first.');
    }
    const file = ctx.imports.files.get(input.file);
    return ctx.imports.jobs.start({
      city: ownCityCode(ctx.db),
      file: { path: file.path, format: file.format },
      mapping: input.mapping,
      dryRun: input.dryRun,
      backupsDir: ctx.paths.backupsDir,
      now: ctx.now().getTime(),
    });
  },
  'imports.job': (ctx, input) => ctx.imports.jobs.get(input.job),
  'imports.cancel': (ctx, input) => ctx.imports.jobs.cancel(input.job),
  'imports.templates': (ctx) => listMappingTemplates(ctx.db, OwnCity.of(ctx.db)),
  'imports.saveTemplate': (ctx, input) => saveMappingTemplate(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.name, input.mapping),
  'imports.deleteTemplate': (ctx, input) => {
    deleteMappingTemplate(ctx.db, OwnCity.of(ctx.db), input.name);
    return { deleted: input.name };
  },
  'imports.discard': (ctx, input) => {
    ctx.imports.files.discard(input.file);
    return {};
  },
} satisfies DomainHandlers<'imports.upload' | 'imports.preview' | 'imports.start' | 'imports.job' | 'imports.cancel' | 'imports.discard' | 'imports.templates' | 'imports.saveTemplate' | 'imports.deleteTemplate'>;
