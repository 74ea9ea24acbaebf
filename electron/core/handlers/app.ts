import type { AppStatus } from '../../../shared/api/contract';
import { uiLocales } from '../../../shared/domain/locales';
import { installedCatalogueVersion } from '../catalogue/install-catalogue';
import { readOwnCity, readPeerCities } from '../city/city-queries';
import type { HandlerContext } from '../handler-context';
import { readSetting, writeSetting } from '../settings/settings-queries';
import type { DomainHandlers } from './handler-types';

const localeKey = 'ui.locale';

export function readStatus(ctx: HandlerContext): AppStatus {
  const stored = readSetting(ctx.db, localeKey);
  return {
    appVersion: ctx.appVersion,
    dataDir: ctx.paths.root,
    city: readOwnCity(ctx.db),
    peers: readPeerCities(ctx.db),
    locale: uiLocales.find((l) => l === stored) ?? null,
    catalogueVersion: installedCatalogueVersion(ctx.db),
    recovery: ctx.store.recovery,
  };
}

export function rememberLocale(ctx: HandlerContext, locale: string): void {
  writeSetting(ctx.db, localeKey, locale);
}

export const appHandlers = {
  'app.status': (ctx) => readStatus(ctx),
  'preferences.update': (ctx, input) => {
    rememberLocale(ctx, input.locale);
    return input;
  },
  'recovery.dismiss': (ctx) => {
    ctx.store.dismissRecovery();
    return readStatus(ctx);
  },
} satisfies DomainHandlers<'app.status' | 'preferences.update' | 'recovery.dismiss'>;
