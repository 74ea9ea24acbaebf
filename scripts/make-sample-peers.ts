// Makes the two signed bundles the sample city has "received" (resources/sample-city/peers/*.focal)
// from the peers' data beside them (peer.json, observations.csv), through the real core: each peer
// is set up in a scratch data folder with a key of its own, its figures imported and its
// self-assessment saved, then exported as a bundle to the network. The keys are thrown away with
// the folders: the bundles are what a real peer would have sent. Run it again after a change to
// the peers' data or to the bundle format:
//
//   node scripts/make-sample-peers.mjs
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AssessmentInput } from '../shared/domain/assessment';
import { CityNames } from '../shared/domain/city';
import { openCore, type Core } from '../electron/core/index';


const Peer = z.object({ code: z.string(), names: CityNames, country: z.string().nullable(), shore: z.enum(['north', 'south']), languages: z.array(z.enum(['en', 'fr', 'ar'])), assessment: AssessmentInput.omit({ uid: true }) });

async function call(core: Core, method: Parameters<Core['dispatch']>[0], input: unknown): Promise<unknown> {
  const answer = await core.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value;
}

/** Writes `resources/sample-city/peers/<code>.focal` for each peer folder there. */
export async function makeSamplePeers(root: string): Promise<void> {
  const peersDir = join(root, 'resources', 'sample-city', 'peers');
  for (const code of readdirSync(peersDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const peer = Peer.parse(JSON.parse(readFileSync(join(peersDir, code, 'peer.json'), 'utf8')));
    const scratch = mkdtempSync(join(tmpdir(), `focal-sample-peer-${code}-`));
    const core = openCore({ dataDir: scratch, resourcesDir: join(root, 'resources'), appVersion: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version });
    try {
      await call(core, 'city.setup', { code: peer.code, names: peer.names, country: peer.country, shore: peer.shore, focalPoint: null, languages: peer.languages });
      const file = core.registerImportFile(join(peersDir, code, 'observations.csv'));
      const preview = z.object({ mapping: z.unknown() }).parse(await call(core, 'imports.preview', { file, sheet: null }));
      let job = z.object({ job: z.string(), state: z.string(), error: z.string().nullable() }).parse(await call(core, 'imports.start', { file, mapping: preview.mapping, dryRun: false }));
      while (job.state === 'running') {
        await new Promise((done) => setTimeout(done, 50));
        job = z.object({ job: z.string(), state: z.string(), error: z.string().nullable() }).parse(await call(core, 'imports.job', { job: job.job }));
      }
      if (job.state !== 'done') throw new Error(`${code}: the figures did not import: ${job.error ?? job.state}`);
      await call(core, 'assessments.save', peer.assessment);
      const sent = z.object({ name: z.string(), sequence: z.number() }).parse(await call(core, 'bundles.export', { to: 'network' }));
      copyFileSync(join(scratch, 'bundles', 'sent', sent.name), join(peersDir, `${code}.focal`));
      console.log(`${code}: bundle ${sent.sequence} written to resources/sample-city/peers/${code}.focal`);
    } finally {
      core.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
