import type { CommandContext } from '../command';
import { describeCity } from '../print-city';

/** `focal demo`: fills the data folder with the clearly labelled sample city. */
export async function runDemo(ctx: CommandContext): Promise<void> {
  const session = ctx.open();
  try {
    const city = await session.call('city.createSample', {});
    ctx.print(ctx.json ? { city, fingerprint: city.signingKey.fingerprint } : `${describeCity(city, session.core.paths.root)}\nOpen it with: focal serve --data ${JSON.stringify(session.core.paths.root)}`);
  } finally {
    session.core.close();
  }
}
