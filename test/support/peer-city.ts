import type { Database } from 'better-sqlite3';

/**
 * A peer city's space as a bundle will bring it: a source, figures (one on an indicator this catalogue
 * does not know, stored with the definition the peer sent), its own indicator, a text, a tombstone.
 * Written with SQL because bundles do not exist yet; the bundle importer will be the only writer of it.
 */
export function addPeerCity(db: Database): void {
  const now = Date.parse('2026-11-01T00:00:00Z');
  db.prepare(
    `INSERT INTO cities (code, names, country, shore, languages, public_key, fingerprint, key_created_at, is_self, created_at, updated_at)
     VALUES ('lyon', '{"en":"Lyon","fr":"Lyon","ar":"ليون"}', 'FR', 'north', '["fr"]', 'cHVibGlj', '11111 22222 33333 44444 55555 66666', '2026-01-01T00:00:00.000Z', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run();
  const source = db
    .prepare(`INSERT INTO sources (city, uid, citation, publisher, year, kind, revision, updated_at) VALUES ('lyon', '0b7f3c1e-5d2a-4c8e-9f10-aa11bb22cc33', 'Recensement 2024', 'INSEE', 2025, 'census', 3, ?) RETURNING id`)
    .pluck()
    .get(now);
  const definition = (code: string, unit: string) =>
    db
      .prepare(
        `INSERT INTO city_indicators (city, code, domain, unit, direction, dimensions, name, definition, position, revision, updated_at)
         VALUES ('lyon', ?, 'governance', ?, 'increase', '["sex"]', '{"en":"${code}","fr":"${code}","ar":"${code}"}', '{"en":"As sent by Lyon","fr":"Tel qu’envoyé par Lyon","ar":"كما أرسلته ليون"}', 1, 2, ?)`,
      )
      .run(code, unit, now);
  definition('lyon.GUICHETS', 'count');
  definition('NEWER_CATALOGUE_CODE', 'percent');
  const observation = db.prepare(
    `INSERT INTO observations (city, indicator, period, sex, age, status, origin, area, value, source, note, revision, updated_at)
     VALUES ('lyon', ?, ?, ?, '', '', '', '', ?, ?, '', 4, ?)`,
  );
  observation.run('POP_TOTAL', '2031', '', 522_000, source, now);
  observation.run('lyon.GUICHETS', '2024', '', 6, source, now);
  observation.run('NEWER_CATALOGUE_CODE', '2024', '', 41.5, source, now);
  observation.run('NEWER_CATALOGUE_CODE', '2024', 'F', 44, source, now);
  db.prepare(
    `INSERT INTO observation_coverage (city, indicator, period, shape, rows) VALUES ('lyon', 'POP_TOTAL', '2031', 0, 1), ('lyon', 'lyon.GUICHETS', '2024', 0, 1),
       ('lyon', 'NEWER_CATALOGUE_CODE', '2024', 0, 1), ('lyon', 'NEWER_CATALOGUE_CODE', '2024', 1, 1)`,
  ).run();
  db.prepare(`INSERT INTO observation_tombstones (city, indicator, period, sex, age, status, origin, area, revision, updated_at) VALUES ('lyon', 'POP_TOTAL', '2030', '', '', '', '', '', 2, ?)`).run(now);
  db.prepare(`INSERT INTO districts (city, code, name, position, revision, updated_at) VALUES ('lyon', 'LYON_1', '{"en":"1st","fr":"1er","ar":"الأول"}', 1, 2, ?)`).run(now);
  db.prepare(`INSERT INTO profile_narratives (city, section, locale, markdown, revision, updated_at) VALUES ('lyon', 'national-context', 'fr', 'Texte de Lyon', 5, ?)`).run(now);
  db.prepare(
    `INSERT INTO commitments (city, uid, original, texts, status, revision, updated_at)
     VALUES ('lyon', '${peerCommitment}', 'fr', '{"en":{"title":"","description":""},"fr":{"title":"Guichet unique","description":""},"ar":{"title":"","description":""}}', 'in_progress', 3, ?)`,
  ).run(now);
  db.prepare(`INSERT INTO priority_papers (city, content, revision, updated_at) VALUES ('lyon', '{"context":{"en":"","fr":"Lyon","ar":""},"priorities":[],"validation":{"date":null,"participants":[],"decisions":{"en":"","fr":"","ar":""}}}', 4, ?)`).run(now);
  db.prepare(`INSERT INTO paper_versions (city, uid, name, content, saved_at, revision, updated_at) SELECT city, '${peerPaperVersion}', 'Version de Lyon', content, ?, 1, ? FROM priority_papers WHERE city = 'lyon'`).run(now, now);
  db.prepare(
    `INSERT INTO activities (city, uid, kind, title, language, date, participants, follow_ups, revision, updated_at)
     VALUES ('lyon', '${peerActivity}', 'study_visit', 'Visite d’étude à Tunis', 'fr', '2026-03-10', '[{"sex":"F","age":"Y15T24","count":3}]',
       '[{"uid":"${peerFollowUp}","text":"Ouvrir un guichet","commitment":null}]', 2, ?)`,
  ).run(now);
  db.prepare(
    `INSERT INTO assessments (city, uid, framework, date, title, scores, revision, updated_at)
     VALUES ('lyon', '${peerAssessment}', 'oecd', '2026-02-01', 'Grille OCDE 2026', '[{"item":"oecd.1","score":"partial","evidence":"","commitments":[]}]', 2, ?)`,
  ).run(now);
  // Advice Lyon gave on the own city's paper, its reply in the thread, a request, and a learning record.
  const texts = '{"en":"","fr":"Texte de Lyon","ar":""}';
  db.prepare(
    `INSERT INTO advice (city, uid, to_city, item_kind, item_id, item_version, item_text, kind, original, texts, author, revision, updated_at)
     VALUES ('lyon', '${peerAdvice}', (SELECT code FROM cities WHERE is_self = 1), 'paper_section', 'context', '${'0'.repeat(64)}', 'context.fr	Texte', 'suggestion', 'fr', ?, 'Claire', 2, ?)`,
  ).run(texts, now);
  db.prepare(
    `INSERT INTO advice_replies (city, uid, advice_city, advice_uid, to_city, act, original, texts, author, made_at, revision, updated_at)
     VALUES ('lyon', '${peerAdviceReply}', 'lyon', '${peerAdvice}', (SELECT code FROM cities WHERE is_self = 1), 'reply', 'fr', ?, 'Claire', ?, 1, ?)`,
  ).run(texts, now, now);
  db.prepare(`INSERT INTO advice_requests (city, uid, to_city, item_kind, item_id, original, texts, author, revision, updated_at) VALUES ('lyon', '${peerAdviceRequest}', NULL, 'commitment', '${peerCommitment}', 'fr', ?, 'Claire', 1, ?)`).run(texts, now);
  db.prepare(`INSERT INTO advice_outcomes (city, advice_city, advice_uid, original, texts, commitments, revision, updated_at) VALUES ('lyon', 'rabat', '${peerAdvice}', 'fr', ?, '[]', 1, ?)`).run(texts, now);
}

/** The ids of the advice Lyon gave, its reply, and Lyon's request for advice. */
export const peerAdvice = 'ad71ce00-1111-4222-8333-444455556666';
export const peerAdviceReply = 'ad71ce00-2222-4222-8333-444455556666';
export const peerAdviceRequest = 'ad71ce00-3333-4222-8333-444455556666';

/** The id of the paper version the peer city sent. */
export const peerPaperVersion = 'c0ffee00-2222-4222-8333-444455556666';

/** The id of the self-assessment the peer city sent. */
export const peerAssessment = 'a55e55ed-1111-4222-8333-444455556666';

/** The id of the activity the peer city sent, and of its follow-up. */
export const peerActivity = 'ac71a17e-1111-4222-8333-444455556666';
export const peerFollowUp = 'f0110a00-1111-4222-8333-444455556666';

/** The id of the commitment the peer city sent. */
export const peerCommitment = 'c0ffee00-1111-4222-8333-444455556666';
