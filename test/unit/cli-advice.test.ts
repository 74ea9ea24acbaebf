import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const texts = z.object({ en: z.string(), fr: z.string(), ar: z.string() }).strict();
/** What issue 11 promises scripts: id, from, to, item (type, id, version hash), kind, status, text per language, replies. */
const Listed = z.array(
  z.object({
    id: z.string(),
    from: z.string(),
    to: z.string(),
    item: z.object({ type: z.enum(['commitment', 'paper_section', 'indicator']), id: z.string(), version: z.string().regex(/^[0-9a-f]{64}$/) }),
    kind: z.string(),
    status: z.string(),
    text: texts,
    replies: z.array(z.object({ from: z.string(), act: z.string(), author: z.string(), at: z.string(), text: texts })),
  }),
);

describe('focal advice', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('list prints the advice given and received; --json and --status give what scripts need', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const human = await focal('advice', 'list', '--data', folder.dir);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^FROM +TO +STATUS +KIND +ITEM +REPLIES +ID$/m);
    expect(human.out).toContain('6 pieces of advice');

    const all = Listed.parse(JSON.parse((await focal('advice', 'list', '--data', folder.dir, '--json')).out));
    expect(all).toHaveLength(6);
    const answered = Listed.parse(JSON.parse((await focal('advice', 'list', '--data', folder.dir, '--json', '--status', 'answered')).out));
    expect(answered.map((a) => [a.from, a.to, a.status]).sort()).toEqual([
      ['sample-city', 'porto-sereno', 'answered'],
      ['wadi-nour', 'sample-city', 'answered'],
    ]);
    const fromWadiNour = answered.find((a) => a.from === 'wadi-nour');
    expect(fromWadiNour?.text.ar).toContain('التسرب');
    expect(fromWadiNour?.replies.map((r) => [r.from, r.act])).toEqual([['sample-city', 'reply']]);
  });

  it('refuses an unknown status and a folder without a city, plainly', async () => {
    const wrong = await focal('advice', 'list', '--data', folder.dir, '--status', 'pending');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--status must be one of draft, sent, answered, accepted, declined, closed');
    const empty = await focal('advice', 'list', '--data', folder.dir);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('No Focal data folder');
    expect((await focal('advice', 'show', '--data', folder.dir)).err).toContain('advice takes a subcommand');
  });
});
