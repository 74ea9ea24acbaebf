import type { CommandContext } from '../command';
import { describeCity } from '../print-city';
import { terminalLine } from '../terminal-text';

/** `focal status`: what this data folder holds. */
export async function runStatus(ctx: CommandContext): Promise<void> {
  const session = ctx.open();
  try {
    const status = await session.call('app.status', {});
    if (ctx.json) {
      ctx.print(status);
      return;
    }
    const lines = [
      status.city ? describeCity(status.city, status.dataDir) : `No city is set up yet in ${terminalLine(status.dataDir)}. Run: focal init --city CODE --name NAME`,
      `Catalogue version: ${status.catalogueVersion}`,
      `Focal version: ${status.appVersion}`,
    ];
    if (status.recovery) lines.push(`Warning: the data file was damaged and set aside as ${status.recovery.setAsideAs}.`);
    ctx.print(lines.join('\n'));
  } finally {
    session.core.close();
  }
}
