// Makes the two signed bundles the sample city has "received" (resources/sample-city/peers/*.focal)
// from the peers' data beside them (peer.json, observations.csv), through the real core: each peer
// is set up in a scratch data folder with a key of its own, its figures imported and its
// self-assessment saved; a scratch sample city receives their figures and sends the advice it gave
// them; each peer then gives its advice on the sample city's items, answers the sample city's, and
// is exported as a bundle to the network. The keys are thrown away with
// the folders: the bundles are what a real peer would have sent. Run it again after a change to
// the peers' data or to the bundle format:
//
//   node scripts/make-sample-peers.mjs
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AdviceInput, AdviceReplyInput, AdviceRequestInput } from '../shared/domain/advice';
import { AssessmentInput } from '../shared/domain/assessment';
import { CityNames, FocalPoint } from '../shared/domain/city';
import { readAdviceItem } from '../electron/core/advice/advice-items';
import { importBundle } from '../electron/core/bundles/import-bundle';
import { OwnCity } from '../electron/core/city/own-city';
import { sampleCity } from '../electron/core/city/sample-city';
import { loadSampleCommitments } from '../electron/core/city/sample-commitments';
import { loadSampleFigures } from '../electron/core/city/sample-figures';
import { loadSamplePaper } from '../electron/core/city/sample-paper';
import { openCore, type Core } from '../electron/core/index';

const Peer = z.object({
  code: z.string(),
  names: CityNames,
  country: z.string().nullable(),
  shore: z.enum(['north', 'south']),
  languages: z.array(z.enum(['en', 'fr', 'ar'])),
  focalPoint: FocalPoint,
  assessment: AssessmentInput.omit({ uid: true }),
  /** Advice the peer gives on the sample city's items, and its answers on the sample city's advice. */
  advice: z.array(AdviceInput.omit({ seenVersion: true })),
  replies: z.array(AdviceReplyInput),
  requests: z.array(AdviceRequestInput),
});
/** The sample city's advice the peers answer in their bundles (the rest of it is loaded by city.createSample). */
const SampleGiven = z.object({ given: z.array(AdviceInput.omit({ seenVersion: true }).extend({ sent: z.boolean() })) });

async function call(core: Core, method: Parameters<Core['dispatch']>[0], input: unknown): Promise<unknown> {
  const answer = await core.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value;
}

const Sent = z.object({ name: z.string(), sequence: z.number() });

/** Exports a bundle to the network and answers its path. */
async function exportToNetwork(core: Core, dir: string): Promise<{ path: string; sequence: number }> {
  const sent = Sent.parse(await call(core, 'bundles.export', { to: 'network' }));
  return { path: join(dir, 'bundles', 'sent', sent.name), sequence: sent.sequence };
}

function receive(core: Core, path: string): void {
  const bytes = readFileSync(path);
  const result = importBundle({ db: core.store.db, now: new Date(), backupBeforeImport: () => null }, { size: bytes.length, bytes: () => bytes }, { dryRun: false, trustKey: true });
  if (result.status !== 'imported') throw new Error(`${path} did not import: ${result.message}`);
}

function versionOf(core: Core, city: string, item: { kind: 'commitment' | 'paper_section' | 'indicator'; id: string }): string {
  const state = readAdviceItem(core.store.db, city, item);
  if (!state) throw new Error(`${city} holds no ${item.kind} ${item.id}`);
  return state.version;
}

/**
 * Writes `resources/sample-city/peers/<code>.focal` for each peer folder there. The peers and a
 * scratch copy of the sample city exchange bundles first, so the peers can give advice anchored to
 * the sample city's items and answer the advice the sample city gave them.
 */
export async function makeSamplePeers(root: string): Promise<void> {
  const resourcesDir = join(root, 'resources');
  const peersDir = join(resourcesDir, 'sample-city', 'peers');
  const appVersion = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).version;
  const scratches: { core: Core; dir: string }[] = [];
  const open = (name: string): { core: Core; dir: string } => {
    const dir = mkdtempSync(join(tmpdir(), `focal-sample-${name}-`));
    const scratch = { core: openCore({ dataDir: dir, resourcesDir, appVersion }), dir };
    scratches.push(scratch);
    return scratch;
  };
  const peers: { peer: z.infer<typeof Peer>; core: Core; dir: string }[] = [];
  try {
    for (const code of readdirSync(peersDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const peer = Peer.parse(JSON.parse(readFileSync(join(peersDir, code, 'peer.json'), 'utf8')));
      const { core, dir } = open(code);
      peers.push({ peer, core, dir });
      await call(core, 'city.setup', { code: peer.code, names: peer.names, country: peer.country, shore: peer.shore, focalPoint: peer.focalPoint, languages: peer.languages });
      const file = core.registerImportFile(join(peersDir, code, 'observations.csv'));
      const preview = z.object({ mapping: z.unknown() }).parse(await call(core, 'imports.preview', { file, sheet: null }));
      let job = z.object({ job: z.string(), state: z.string(), error: z.string().nullable() }).parse(await call(core, 'imports.start', { file, mapping: preview.mapping, dryRun: false }));
      while (job.state === 'running') {
        await new Promise((done) => setTimeout(done, 50));
        job = z.object({ job: z.string(), state: z.string(), error: z.string().nullable() }).parse(await call(core, 'imports.job', { job: job.job }));
      }
      if (job.state !== 'done') throw new Error(`${code}: the figures did not import: ${job.error ?? job.state}`);
      await call(core, 'assessments.save', peer.assessment);
    }

    // A scratch sample city with what the peers advise on; it receives their figures and sends its advice.
    const sample = open('sample-city');
    const { code, locale: _unused, ...details } = sampleCity;
    await call(sample.core, 'city.setup', { code, ...details });
    const own = OwnCity.of(sample.core.store.db);
    const now = new Date();
    loadSampleFigures(sample.core.store.db, own, resourcesDir, now);
    loadSampleCommitments(sample.core.store.db, own, resourcesDir, now);
    loadSamplePaper(sample.core.store.db, own, resourcesDir, now);
    for (const { core, dir } of peers) receive(sample.core, (await exportToNetwork(core, dir)).path);
    const given = SampleGiven.parse(JSON.parse(readFileSync(join(resourcesDir, 'sample-city', 'advice.json'), 'utf8'))).given.filter((a) => a.sent);
    for (const { sent: _sent, ...advice } of given) {
      await call(sample.core, 'advice.save', { ...advice, seenVersion: versionOf(sample.core, advice.toCity, advice.item), ready: true });
    }
    const fromSample = await exportToNetwork(sample.core, sample.dir);

    for (const { peer, core, dir } of peers) {
      receive(core, fromSample.path);
      for (const advice of peer.advice) await call(core, 'advice.save', { ...advice, seenVersion: versionOf(core, advice.toCity, advice.item), ready: true });
      for (const reply of peer.replies) await call(core, 'advice.reply', reply);
      for (const request of peer.requests) await call(core, 'advice.saveRequest', request);
      const sent = await exportToNetwork(core, dir);
      copyFileSync(sent.path, join(peersDir, `${peer.code}.focal`));
      console.log(`${peer.code}: bundle ${sent.sequence} written to resources/sample-city/peers/${peer.code}.focal`);
    }
  } finally {
    for (const { core, dir } of scratches) {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
