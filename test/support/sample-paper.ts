import type { Labels } from '../../shared/domain/labels';
import type { CitationAnswer, CitedFigure } from '../../shared/domain/narrative';
import { PaperContent } from '../../shared/domain/priority-paper';
import type { MeasureFacts, PaperOutlineInput } from '../../shared/paper/paper-outline';
import type { UiLocale } from '../../shared/domain/locales';

/**
 * A realistic priority paper for the outline, diff and DOCX tests: three priorities in English,
 * French and Arabic, live figures (one of them no longer answerable, one malformed), a link, lists,
 * a quote, a rule, text that looks like markup, the measures and the validation meeting.
 */

export const priorityUids = {
  housing: '11111111-1111-4111-8111-111111111111',
  health: '22222222-2222-4222-8222-222222222222',
  youth: '33333333-3333-4333-8333-333333333333',
} as const;

export const commitmentUids = {
  desk: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  clinic: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  deleted: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
} as const;

const blank = { en: '', fr: '', ar: '' };

/** Parsed by the schema, so the sample holds only what a saved paper can hold. */
export const samplePaper: PaperContent = PaperContent.parse({
  context: {
    en: 'Tunis counts {{POP_TOTAL 2024}} residents; refugees are {{MIG_SHARE 2024 status=REF}} of them.\n\nSee the [city plan](https://example.org/plan?a=1&b=2) & the <script>alert(1)</script> "notes".',
    fr: 'Tunis compte {{POP_TOTAL 2024}} habitants.',
    ar: 'يبلغ عدد سكان تونس {{POP_TOTAL 2024}} نسمة، ويشكّل اللاجئون {{MIG_SHARE 2024 status=REF}} منهم.\n\nانظر [خطة المدينة](https://example.org/plan?a=1&b=2).',
  },
  priorities: [
    {
      uid: priorityUids.housing,
      title: { en: 'Access to housing', fr: 'Accès au logement', ar: 'الحصول على السكن' },
      problem: {
        en: 'Migrant households wait **two years** for social housing; *most* rent informally.',
        fr: 'Les ménages migrants attendent **deux ans**.',
        ar: 'تنتظر الأسر المهاجرة **سنتين** للحصول على سكن اجتماعي.',
      },
      evidence: {
        en: '- {{HOUSING_WAIT 2024}} households on the waiting list\n- a figure no longer collected: {{OLD_CODE 2019}}\n- a typo: {{POP_TOTAL 20x}}',
        fr: '',
        ar: '- {{HOUSING_WAIT 2024}} أسرة على قائمة الانتظار\n- رقم لم يعد يُجمع: {{OLD_CODE 2019}}',
      },
      targetGroups: ['refugees', 'women'],
      measures: [commitmentUids.desk, commitmentUids.deleted],
      actors: { en: '1. Housing department\n2. `Dar Al Amal` association', fr: '', ar: '1. إدارة السكن\n2. جمعية دار الأمل' },
      timeline: { en: '2025–2027', fr: '2025–2027', ar: '٢٠٢٥–٢٠٢٧' },
      risks: { en: '> Funding may not follow.\n\n---\n\nLandlords refuse tenants.', fr: '', ar: '> قد لا يتوفر التمويل.' },
    },
    {
      uid: priorityUids.health,
      title: { en: 'Health coverage', fr: 'Couverture santé', ar: 'التغطية الصحية' },
      problem: { en: 'Irregular migrants avoid clinics.', fr: 'Les migrants irréguliers évitent les cliniques.', ar: 'يتجنب المهاجرون غير النظاميين العيادات.' },
      evidence: blank,
      targetGroups: ['irregular'],
      measures: [commitmentUids.clinic],
      actors: { en: 'Regional health directorate', fr: '', ar: 'المديرية الجهوية للصحة' },
      timeline: blank,
      risks: blank,
    },
    {
      uid: priorityUids.youth,
      // Written in French only: the English and Arabic papers fall back to it.
      title: { en: '', fr: 'Emploi des jeunes', ar: '' },
      problem: { en: '', fr: 'Les jeunes migrants restent sans emploi.', ar: '' },
      evidence: blank,
      targetGroups: [],
      measures: [],
      actors: blank,
      timeline: blank,
      risks: blank,
    },
  ],
  validation: {
    date: '2025-03-14',
    participants: [
      { organisation: 'Municipality of Tunis', people: 6 },
      { organisation: 'UNHCR', people: 2 },
      { organisation: 'جمعية دار الأمل', people: 4 },
    ],
    decisions: { en: 'The group adopted the three priorities.', fr: 'Le groupe a adopté les trois priorités.', ar: 'اعتمدت المجموعة الأولويات الثلاث.' },
  },
});

function figure(key: string, indicator: string, unit: CitedFigure['unit'], value: number): CitedFigure {
  return {
    key,
    indicator,
    name: { en: indicator, fr: indicator, ar: indicator },
    unit,
    period: '2024',
    value,
    flags: { estimate: false, provisional: false, confidential: false },
    source: { citation: 'INS census', publisher: 'INS', year: 2024, kind: 'census', titles: { en: '', fr: 'Recensement INS', ar: 'تعداد المعهد الوطني للإحصاء' } },
  };
}

export const sampleAnswers: ReadonlyMap<string, CitationAnswer> = new Map<string, CitationAnswer>([
  ['POP_TOTAL 2024', figure('POP_TOTAL 2024', 'POP_TOTAL', 'count', 12400)],
  ['MIG_SHARE 2024 status=REF', figure('MIG_SHARE 2024 status=REF', 'MIG_SHARE', 'percent', 3.5)],
  ['HOUSING_WAIT 2024', { ...figure('HOUSING_WAIT 2024', 'HOUSING_WAIT', 'count', 860), flags: { estimate: true, provisional: false, confidential: false } }],
  ['OLD_CODE 2019', { key: 'OLD_CODE 2019', problem: 'unknown_indicator' }],
]);

const measureFacts: Record<UiLocale, Map<string, MeasureFacts>> = {
  en: new Map([
    [commitmentUids.desk, { title: 'One-stop housing desk', status: 'In progress', progress: 'On track' }],
    [commitmentUids.clinic, { title: 'Mobile clinic', status: 'Planned', progress: 'Not started' }],
  ]),
  fr: new Map([
    [commitmentUids.desk, { title: 'Guichet unique du logement', status: 'En cours', progress: 'Dans les temps' }],
    [commitmentUids.clinic, { title: 'Clinique mobile', status: 'Prévu', progress: 'Pas commencé' }],
  ]),
  ar: new Map([
    [commitmentUids.desk, { title: 'شباك موحد للسكن', status: 'قيد التنفيذ', progress: 'في الموعد' }],
    [commitmentUids.clinic, { title: 'عيادة متنقلة', status: 'مخطط', progress: 'لم يبدأ' }],
  ]),
};

const targetGroups: ReadonlyMap<string, Labels> = new Map([
  ['refugees', { en: 'Refugees and asylum seekers', fr: 'Réfugiés et demandeurs d’asile', ar: 'اللاجئون وطالبو اللجوء' }],
  ['women', { en: 'Women', fr: 'Femmes', ar: 'النساء' }],
  ['irregular', { en: 'Irregular migrants', fr: 'Migrants irréguliers', ar: 'المهاجرون غير النظاميين' }],
]);

const cityNames: Record<UiLocale, string> = { en: 'Tunis', fr: 'Tunis', ar: 'تونس' };

/** The outline's input for the sample paper in one language. */
export function sampleOutlineInput(locale: UiLocale, content: PaperContent = samplePaper): PaperOutlineInput {
  return {
    content,
    locale,
    city: cityNames[locale],
    date: '2025-04-01',
    answers: sampleAnswers,
    countsPeople: (indicator) => indicator === 'POP_TOTAL' || indicator === 'HOUSING_WAIT',
    commitments: measureFacts[locale],
    targetGroups,
  };
}
