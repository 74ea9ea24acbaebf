import { describe, expect, it } from 'vitest';
import { issuePlaces, issuesAt, paperProblemCodes } from '../../renderer/src/features/paper/issue-places';
import en from '../../renderer/src/i18n/locales/paper/en.json';
import fr from '../../renderer/src/i18n/locales/paper/fr.json';
import ar from '../../renderer/src/i18n/locales/paper/ar.json';

const uids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

describe('where a refused save puts each problem', () => {
  it('puts a measure that is no commitment beside the measures of its priority, found by the order saved', () => {
    const places = issuePlaces([{ path: 'priorities.1.measures.0', message: 'x', problem: { code: 'unknown_commitment', params: { uid: 'abc' } } }], uids);
    expect(places).toEqual([{ part: `priority:${uids[1]}`, field: 'measures', code: 'unknown_commitment', params: { uid: 'abc' } }]);
    expect(issuesAt(places, `priority:${uids[1]}`, 'measures')).toHaveLength(1);
    expect(issuesAt(places, `priority:${uids[0]}`)).toHaveLength(0);
  });

  it('reads target groups, repeated priorities, the validation record and zod paths under `content.`', () => {
    const places = issuePlaces(
      [
        { path: 'priorities.0.targetGroups.2', message: 'x', problem: { code: 'unknown_target_group', params: { value: 'ZZ' } } },
        { path: 'priorities.0.uid', message: 'x', problem: { code: 'part_repeated', params: {} } },
        { path: 'content.validation.participants.3.organisation', message: 'Name the organisation.' },
        { path: 'content.context.ar', message: 'Too long' },
      ],
      uids,
    );
    expect(places[2]?.params).toEqual({ row: 4 });
    expect(places.map((p) => [p.part, p.field, p.code])).toEqual([
      [`priority:${uids[0]}`, 'targetGroups', 'unknown_target_group'],
      [`priority:${uids[0]}`, 'uid', 'part_repeated'],
      ['validation', 'participants', 'organisation_missing'],
      ['context', 'context', 'invalid'],
    ]);
  });

  it('shows an unknown code as the generic problem, and a priority it cannot find under the context', () => {
    const [place] = issuePlaces([{ path: 'priorities.7.title', message: 'x', problem: { code: 'something_new', params: {} } }], uids);
    expect(place).toEqual({ part: 'context', field: 'title', code: 'invalid', params: {} });
  });

  it('words every problem code in English, French and Arabic', () => {
    for (const words of [en, fr, ar]) {
      const problems: Record<string, string> = words.paper.problems;
      for (const code of paperProblemCodes) expect(problems[code]?.trim(), code).toBeTruthy();
    }
  });
});
