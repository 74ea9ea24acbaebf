import type { Advice } from '../../../shared/domain/advice';
import { adviceStatuses, type AdviceStatus } from '../../../shared/domain/advice-status';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { terminalTable } from '../terminal-text';

export const adviceOptions = {
  status: { type: 'string' },
} as const;

/**
 * Advice as scripts read it (issue 11): who gave it to whom, the item and the version it is
 * anchored to, its kind, status, texts per language and its thread.
 */
function forScripts(advice: Advice) {
  return {
    id: advice.uid,
    from: advice.city,
    to: advice.toCity,
    item: { type: advice.item.kind, id: advice.item.id, version: advice.item.version, changedSince: advice.itemNow.changed },
    kind: advice.kind,
    status: advice.status,
    original: advice.original,
    text: advice.texts,
    quote: advice.quote,
    reference: advice.reference,
    author: advice.author,
    domains: advice.domains,
    replies: advice.replies.map((reply) => ({ id: reply.uid, from: reply.city, act: reply.act, author: reply.author, at: new Date(reply.madeAt).toISOString(), original: reply.original, text: reply.texts })),
    learning: advice.outcome ? { text: advice.outcome.texts, commitments: advice.outcome.commitments } : null,
    revision: advice.revision,
  };
}

function table(list: readonly Advice[]): string {
  return terminalTable(['FROM', 'TO', 'STATUS', 'KIND', 'ITEM', 'REPLIES', 'ID'], list.map((a) => [a.city, a.toCity, a.status, a.kind, `${a.item.kind} ${a.item.id}${a.itemNow.changed ? ' (changed since)' : ''}`, String(a.replies.length), a.uid]), `${list.length} piece${list.length === 1 ? '' : 's'} of advice`);
}

function statusOption(value: string | undefined): AdviceStatus | null {
  if (value === undefined) return null;
  const status = adviceStatuses.find((s) => s === value);
  if (!status) throw new CliError(`--status must be one of ${adviceStatuses.join(', ')}`, 'usage');
  return status;
}

/** `focal advice list [--json] [--status S]`: advice the city gave and received, each with its thread. */
export async function runAdviceList(ctx: CommandContext, values: { status?: string | undefined }): Promise<void> {
  const status = statusOption(values.status);
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir} (run focal init or focal demo first).`, 'failure');
  const session = ctx.open();
  try {
    const list = await session.call('advice.list', { status });
    ctx.print(ctx.json ? list.map(forScripts) : table(list));
  } finally {
    session.core.close();
  }
}
