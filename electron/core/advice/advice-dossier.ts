import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AdviceDossier, DossierRequest, type DossierEntry, type ShownText } from '../../../shared/advice/advice-dossier';
import { dossierWords, fillDossier } from '../../../shared/advice/dossier-words';
import type { Advice, AdviceTexts } from '../../../shared/domain/advice';
import { Labels } from '../../../shared/domain/labels';
import { directionOf, uiLocales, type UiLocale } from '../../../shared/domain/locales';
import { readOwnCity, readPeerCities } from '../city/city-queries';
import { findCommitment } from '../commitments/commitment-queries';
import { FocalError } from '../errors';
import { listAdvice } from './advice-queries';

/**
 * Builds the advice dossier (shared/advice/advice-dossier.ts) from the advice the own city gave and
 * received on a topic — one policy domain, one peer city, or all — leaving drafts out: a dossier is
 * for a meeting about what was exchanged. Texts are shown in the dossier's language where they
 * have it, else in the language they were written in, and marked so.
 */

function shown(texts: AdviceTexts, original: UiLocale, locale: UiLocale): ShownText | null {
  if (texts[locale].trim() !== '') return { text: texts[locale], locale, fallback: false };
  if (texts[original].trim() !== '') return { text: texts[original], locale: original, fallback: true };
  return null;
}

function day(ms: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(ms));
}

export function adviceDossier(db: Database, own: string, input: DossierRequest, now: Date): AdviceDossier {
  const request = DossierRequest.parse(input);
  const { locale } = request;
  const words = dossierWords[locale];
  const ownCity = readOwnCity(db);
  if (!ownCity) throw new FocalError('not_initialised', 'No city is set up yet. Set up your city first.');
  const names = new Map([[ownCity.code, ownCity.names[locale]], ...readPeerCities(db).map((p): [string, string] => [p.code, p.names[locale]])]);
  const cityName = (code: string) => names.get(code) ?? code;
  if (request.peer !== null && (request.peer === own || !names.has(request.peer))) throw new FocalError('not_found', `There is no peer city "${request.peer}" here.`);
  const domainRow = request.domain === null ? undefined : z.object({ name: z.string() }).optional().parse(db.prepare('SELECT name FROM policy_domains WHERE code = ?').get(request.domain));
  if (request.domain !== null && !domainRow) throw new FocalError('not_found', `There is no policy domain "${request.domain}" in the catalogue.`);
  const topic = domainRow ? fillDossier(words.topicDomain, { topic: Labels.parse(JSON.parse(domainRow.name))[locale] }) : request.peer !== null ? fillDossier(words.topicPeer, { topic: cityName(request.peer) }) : words.allTopics;

  const list = listAdvice(db, own, { domain: request.domain, peer: request.peer }).filter((advice) => advice.status !== 'draft');
  const entries = list.map((advice): DossierEntry => entry(db, own, advice, locale, cityName));
  return AdviceDossier.parse({
    locale,
    direction: directionOf(locale),
    title: words.title,
    city: ownCity.names[locale],
    date: day(now.getTime(), locale),
    topic,
    count: fillDossier(words.count, { count: new Intl.NumberFormat(locale).format(entries.length) }),
    entries,
    words: { thread: words.thread, noAnswer: words.noAnswer, learning: words.learning, ledTo: words.ledTo, quote: words.quote, reference: words.reference, none: words.none },
  });
}

/** The item's title in the dossier's language, else in the first language that has one; its id when none has. */
function itemTitle(advice: Advice, locale: UiLocale): { text: string; locale: UiLocale } {
  const words = dossierWords[locale];
  if (advice.item.kind === 'paper_section' && (advice.item.id === 'context' || advice.item.id === 'validation')) return { text: words[advice.item.id], locale };
  const titles = advice.itemNow.title;
  const found = [locale, ...uiLocales].find((l) => titles[l].trim() !== '');
  return found === undefined ? { text: advice.item.id, locale } : { text: titles[found], locale: found };
}

function entry(db: Database, own: string, advice: Advice, locale: UiLocale, cityName: (code: string) => string): DossierEntry {
  const words = dossierWords[locale];
  const title = itemTitle(advice, locale);
  const outcome = advice.outcome;
  return {
    id: `${advice.city}:${advice.uid}`,
    heading: { text: `${words.items[advice.item.kind]}: ${title.text}`, locale: title.locale, fallback: title.locale !== locale },
    from: `${fillDossier(advice.city === own ? words.given : words.received, { from: cityName(advice.city), to: cityName(advice.toCity) })}${advice.author ? ` · ${advice.author}` : ''}`,
    meta: [words.kinds[advice.kind], words.statuses[advice.status], day(advice.updatedAt, locale)].join(' · '),
    text: shown(advice.texts, advice.original, locale),
    quote: advice.quote,
    reference: advice.reference,
    itemNote: advice.itemNow.version === null ? words.itemGone : advice.itemNow.changed ? words.changed : null,
    thread: advice.replies.map((reply) => ({
      who: `${cityName(reply.city)}${reply.author ? ` · ${reply.author}` : ''}`,
      when: day(reply.madeAt, locale),
      act: words.acts[reply.act],
      text: shown(reply.texts, reply.original, locale),
    })),
    learning: outcome
      ? {
          text: shown(outcome.texts, outcome.original, locale),
          commitments: outcome.commitments.map((uid) => {
            const commitment = findCommitment(db, outcome.city, uid);
            return commitment ? commitment.texts[locale].title || commitment.texts[commitment.original].title : uid;
          }),
        }
      : null,
  };
}
