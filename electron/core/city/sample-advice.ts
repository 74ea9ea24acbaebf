import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AdviceInput, AdviceOutcomeInput, AdviceReplyInput, AdviceRequestInput } from '../../../shared/domain/advice';
import { readAdviceItem } from '../advice/advice-items';
import { addAdviceReply, saveAdvice, saveAdviceOutcome, saveAdviceRequest } from '../advice/advice-writer';
import { noteSent } from '../bundles/bundle-records';
import { travellingKinds } from '../bundles/travelling-kinds';
import type { OwnCity } from './own-city';

/**
 * The sample city's peer advice (resources/sample-city/advice.json), in several states: advice it
 * gave (one a draft, one its peer answered in its bundle), its answers on the advice the peers'
 * bundles brought (accepted with a learning record, answered, declined and closed, one still open)
 * and a request to the network. Written through the real writers after the peers' bundles arrived.
 *
 * What the sample "sent" is noted as sent the way an export notes it: the sample's story has those
 * bundles gone to its peers (their answers are in the peers' bundles), but the files themselves are
 * not made, as the sample's peers made none of the sample city's bundles either.
 */

const SampleAdvice = z.object({
  given: z.array(AdviceInput.omit({ seenVersion: true }).extend({ sent: z.boolean() })),
  replies: z.array(AdviceReplyInput),
  outcomes: z.array(AdviceOutcomeInput),
  requests: z.array(AdviceRequestInput.extend({ sent: z.boolean() })),
});

function kind(name: string) {
  const found = travellingKinds.find((k) => k.name === name);
  if (!found) throw new Error(`No travelling kind ${name}`);
  return found;
}

export function loadSampleAdvice(db: Database, city: OwnCity, resourcesDir: string, now: Date): void {
  const sample = SampleAdvice.parse(JSON.parse(readFileSync(join(resourcesDir, 'sample-city', 'advice.json'), 'utf8')));
  for (const { sent, ...given } of sample.given) {
    const item = readAdviceItem(db, given.toCity, given.item);
    if (!item) throw new Error(`The sample's advice ${given.uid ?? ''} is about an item ${given.toCity} did not send.`);
    saveAdvice(db, city, now, AdviceInput.parse({ ...given, seenVersion: item.version, ready: sent }));
    if (sent) noteSent(db, city.code, kind('advice'), given.toCity, now.getTime(), now.getTime());
  }
  sample.replies.forEach((reply, i) => addAdviceReply(db, city, new Date(now.getTime() + i), reply));
  for (const outcome of sample.outcomes) saveAdviceOutcome(db, city, now, outcome);
  for (const { sent, ...request } of sample.requests) {
    saveAdviceRequest(db, city, now, AdviceRequestInput.parse(request));
    if (sent) noteSent(db, city.code, kind('advice-requests'), request.toCity ?? 'network', now.getTime(), now.getTime());
  }
}
