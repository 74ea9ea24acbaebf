import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Indicator } from '../../../shared/domain/catalogue';
import { uiLocales } from '../../../shared/domain/locales';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { terminalTable } from '../terminal-text';

export const catalogueOptions = {
  domain: { type: 'string' },
  framework: { type: 'string' },
  search: { type: 'string' },
  locale: { type: 'string' },
} as const;

function table(indicators: Indicator[], locale: 'en' | 'fr' | 'ar'): string {
  return terminalTable(['CODE', 'DOMAIN', 'UNIT', 'NAME'], indicators.map((i) => [i.code, i.domain, i.unit, i.name[locale]]), `${indicators.length} indicator${indicators.length === 1 ? '' : 's'}`);
}

/**
 * `focal catalogue list`: the indicators of the built-in catalogue, optionally filtered. Where the
 * data folder holds no store yet, the built-in catalogue is read from a throw-away folder: listing
 * must not create a data folder where the user only looked.
 */
export async function runCatalogueList(ctx: CommandContext, values: { domain?: string; framework?: string; search?: string; locale?: string }): Promise<void> {
  const locale = values.locale === undefined ? 'en' : uiLocales.find((l) => l === values.locale);
  if (!locale) throw new CliError(`--locale must be one of ${uiLocales.join(', ')}`, 'usage');
  const scratch = ctx.hasStore() ? null : mkdtempSync(join(tmpdir(), 'focal-catalogue-'));
  if (scratch) ctx.note(`No Focal data folder at ${ctx.dataDir} yet: showing the built-in catalogue (nothing was created there).`);
  const session = scratch ? ctx.openAt(scratch) : ctx.open();
  try {
    const indicators = await session.call('catalogue.indicators', { domain: values.domain, framework: values.framework, text: values.search });
    ctx.print(ctx.json ? indicators : table(indicators, locale));
  } finally {
    session.core.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
