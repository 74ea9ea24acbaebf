import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

/** `focal keys show [--json]`: the city's public key and its fingerprint, to read out to a peer over the phone. */
export async function runKeysShow(ctx: CommandContext): Promise<void> {
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: there is no key yet (run focal init first).`, 'failure');
  const session = ctx.open();
  try {
    const { city } = await session.call('app.status', {});
    if (!city) throw new CliError('No city is set up in this data folder yet, so it has no key (run focal init first).', 'failure');
    const { fingerprint, publicKey } = city.signingKey;
    ctx.print(ctx.json ? { fingerprint, publicKey } : `Fingerprint of ${city.code}'s key (read it out to a peer to confirm):\n  ${fingerprint}\nPublic key: ${publicKey}`);
  } finally {
    session.core.close();
  }
}
