import { OwnCity, readScope } from '../city/own-city';
import { listDistricts } from '../districts/district-queries';
import { deleteDistrict, saveDistrict, saveDistricts } from '../districts/district-writer';
import type { DomainHandlers } from './handler-types';

export const districtHandlers = {
  'districts.list': (ctx, input) => listDistricts(ctx.db, readScope(ctx.db, input.city)),
  'districts.save': (ctx, input) => saveDistrict(ctx.db, OwnCity.of(ctx.db), ctx.now(), input),
  'districts.saveMany': (ctx, input) => saveDistricts(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.districts),
  'districts.delete': (ctx, input) => {
    deleteDistrict(ctx.db, OwnCity.of(ctx.db), ctx.now(), input.code);
    return { deleted: input.code };
  },
} satisfies DomainHandlers<'districts.list' | 'districts.save' | 'districts.saveMany' | 'districts.delete'>;
