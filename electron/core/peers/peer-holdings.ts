import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PeerHoldings } from '../../../shared/domain/city-comparison';
import { Labels } from '../../../shared/domain/labels';

/** The tables of a peer's space counted on the Exchange page, by the name the page words them with. */
const counted = [
  ['observations', 'SELECT count(*) AS n FROM observations WHERE city = ?'],
  ['commitments', 'SELECT count(*) AS n FROM commitments WHERE city = ? AND deleted = 0'],
  ['paper-versions', 'SELECT count(*) AS n FROM paper_versions WHERE city = ? AND deleted = 0'],
  ['assessments', 'SELECT count(*) AS n FROM assessments WHERE city = ? AND deleted = 0'],
  ['activities', 'SELECT count(*) AS n FROM activities WHERE city = ? AND deleted = 0'],
  ['narratives', "SELECT count(*) AS n FROM profile_narratives WHERE city = ? AND deleted = 0 AND markdown <> ''"],
] as const;

const Count = z.object({ n: z.number() });

/** Every peer city in the store, with what Focal holds of it, the key trusted for it and its latest bundle. */
export function listPeerHoldings(db: Database): PeerHoldings[] {
  const peers = z.array(z.object({ code: z.string(), names: z.string() })).parse(db.prepare('SELECT code, names FROM cities WHERE is_self = 0 ORDER BY code').all());
  const key = db.prepare('SELECT fingerprint FROM trusted_keys WHERE city = ? AND replaced_by IS NULL AND public_key IS NOT NULL ORDER BY trusted_at DESC LIMIT 1');
  const last = db.prepare("SELECT sequence, received_at FROM received_bundles WHERE sender = ? AND result = 'imported' ORDER BY sequence DESC LIMIT 1");
  return peers.map((peer) => ({
    city: peer.code,
    names: Labels.parse(JSON.parse(peer.names)),
    records: Object.fromEntries(counted.map(([name, sql]) => [name, Count.parse(db.prepare(sql).get(peer.code)).n])),
    fingerprint: z.object({ fingerprint: z.string() }).optional().parse(key.get(peer.code))?.fingerprint ?? null,
    lastSequence: z.object({ sequence: z.number() }).optional().parse(last.get(peer.code))?.sequence ?? null,
    lastReceivedAt: z.object({ received_at: z.string() }).optional().parse(last.get(peer.code))?.received_at ?? null,
  }));
}
