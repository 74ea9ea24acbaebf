import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { BundleRejected, openBundle } from '../../core/index';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

function requireStore(ctx: CommandContext): void {
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: set up your city first (focal init).`, 'failure');
}

/**
 * `focal trust add FINGERPRINT_OR_BUNDLE`: trusts a peer's key by the fingerprint its focal point
 * read out, or the key that signed a bundle in hand (whose fingerprint is printed to compare).
 */
export async function runTrustAdd(ctx: CommandContext, what: string): Promise<void> {
  requireStore(ctx);
  let request: { fingerprint: string; publicKey?: string; city?: string };
  if (/^[\d\s-]+$/.test(what)) request = { fingerprint: what };
  else {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(what));
    } catch {
      throw new CliError(`${what} is neither a fingerprint (30 digits) nor a bundle file that can be read.`, 'usage');
    }
    try {
      const bundle = openBundle(bytes);
      request = { fingerprint: bundle.fingerprint, publicKey: bundle.manifest.sender.publicKey, city: bundle.manifest.sender.city };
    } catch (error) {
      if (error instanceof BundleRejected) throw new CliError(`This bundle cannot be trusted: ${error.message}`, 'failure');
      throw error;
    }
  }
  const session = ctx.open();
  try {
    const answer = await session.client.call('trust.add', request);
    if (!answer.ok) throw new CliError(answer.error.message, answer.error.code === 'invalid_input' ? 'usage' : 'failure');
    const key = answer.value;
    ctx.print(ctx.json ? key : `Trusted the key ${key.fingerprint}${key.city ? ` of ${key.city}` : ''}.`);
  } finally {
    session.core.close();
  }
}

export async function runTrustList(ctx: CommandContext): Promise<void> {
  requireStore(ctx);
  const session = ctx.open();
  try {
    const keys = await session.call('trust.list', {});
    if (ctx.json) ctx.print(keys);
    else if (keys.length === 0) ctx.print('No peer key is trusted yet.');
    else ctx.print(keys.map((k) => `${k.fingerprint}  ${k.city ?? '(city not known yet)'}  trusted ${k.trustedAt.slice(0, 10)} (${k.how})${k.replacedBy ? `, replaced by ${k.replacedBy}` : ''}`).join('\n'));
  } finally {
    session.core.close();
  }
}

export async function runTrustRemove(ctx: CommandContext, fingerprint: string): Promise<void> {
  requireStore(ctx);
  const session = ctx.open();
  try {
    const answer = await session.client.call('trust.remove', { fingerprint });
    if (!answer.ok) throw new CliError(answer.error.message, answer.error.code === 'invalid_input' ? 'usage' : 'failure');
    ctx.print(ctx.json ? answer.value : `No longer trusting ${answer.value.removed}. What arrived from it stays until you remove the city.`);
  } finally {
    session.core.close();
  }
}
