import { uiLocales, type UiLocale } from '../../../shared/domain/locales';
import { Shore } from '../../../shared/domain/city';
import { suggestShore } from '../../../shared/domain/shore';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { describeCity } from '../print-city';

export const initOptions = {
  city: { type: 'string' },
  name: { type: 'string' },
  country: { type: 'string' },
  shore: { type: 'string' },
  locale: { type: 'string' },
} as const;

function pickLocale(value: string | undefined): UiLocale {
  if (value === undefined) return 'en';
  const locale = uiLocales.find((l) => l === value);
  if (!locale) throw new CliError(`--locale must be one of ${uiLocales.join(', ')}`, 'usage');
  return locale;
}

/** `focal init`: sets up the city and its signing key; a second run never replaces the key. */
export async function runInit(ctx: CommandContext, values: { city?: string; name?: string; country?: string; shore?: string; locale?: string }): Promise<void> {
  if (!values.city) throw new CliError('init needs --city CODE (e.g. --city tunis)', 'usage');
  if (!values.name) throw new CliError('init needs --name NAME (e.g. --name Tunis)', 'usage');
  const locale = pickLocale(values.locale);
  const country = values.country ? values.country.toUpperCase() : null;
  const shore = values.shore === undefined ? suggestShore(country) : Shore.safeParse(values.shore).data;
  if (shore === undefined) throw new CliError('--shore must be north or south', 'usage');
  const session = ctx.open();
  try {
    const city = await session.call('city.setup', {
      code: values.city,
      names: { en: values.name, fr: values.name, ar: values.name },
      country,
      shore,
      focalPoint: null,
      languages: [locale],
      locale,
    });
    ctx.print(ctx.json ? { city, fingerprint: city.signingKey.fingerprint } : describeCity(city, session.core.paths.root));
  } finally {
    session.core.close();
  }
}
