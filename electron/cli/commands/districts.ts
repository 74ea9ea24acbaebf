import type { District } from '../../../shared/domain/district';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { terminalTable } from '../terminal-text';

export const districtsOptions = {
  name: { type: 'string' },
  'name-fr': { type: 'string' },
  'name-ar': { type: 'string' },
} as const;

function table(districts: District[]): string {
  return terminalTable(['CODE', 'EN', 'FR', 'AR'], districts.map((d) => [d.code, d.name.en, d.name.fr, d.name.ar]), `${districts.length} district${districts.length === 1 ? '' : 's'}`);
}

/** `focal districts list`: the city's districts, the only values its figures may give for `area`. */
export async function runDistrictsList(ctx: CommandContext): Promise<void> {
  const session = ctx.open();
  try {
    const districts = await session.call('districts.list', {});
    ctx.print(ctx.json ? districts : table(districts));
  } finally {
    session.core.close();
  }
}

/**
 * `focal districts add CODE... [--name N] [--name-fr N] [--name-ar N]`: adds districts (or renames
 * one). Several codes are for a script setting up a city's list; names then go to one code only.
 */
export async function runDistrictsAdd(ctx: CommandContext, codes: readonly string[], values: { name?: string; 'name-fr'?: string; 'name-ar'?: string }): Promise<void> {
  const named = values.name !== undefined || values['name-fr'] !== undefined || values['name-ar'] !== undefined;
  if (named && codes.length > 1) throw new CliError('--name, --name-fr and --name-ar name one district: give one code with them', 'usage');
  const session = ctx.open();
  try {
    const name = { en: values.name ?? '', fr: values['name-fr'] ?? '', ar: values['name-ar'] ?? '' };
    // All or none: one change checks every code against the list and against each other.
    const saved = await session.call('districts.saveMany', { districts: codes.map((code) => ({ code, name })) });
    ctx.print(ctx.json ? saved : saved.map((d) => `District ${d.code} saved (${d.name.en}).`).join('\n'));
  } finally {
    session.core.close();
  }
}
