import type { UiLocale } from '../domain/locales';

/**
 * The few words of the priority paper itself — section headings, table columns, the figure's
 * detail — in each interface language. They live in shared/ rather than in the renderer's locale
 * files because the core writes the DOCX and cannot read those; the screens use the same table so
 * the paper reads the same on screen, on paper and in Word.
 */
export interface PaperWords {
  title: string;
  context: string;
  /** "Priority 2" for a priority not yet given a title. */
  untitledPriority: string;
  problem: string;
  evidence: string;
  targetGroups: string;
  measures: string;
  actors: string;
  timeline: string;
  risks: string;
  validation: string;
  validationDate: string;
  participants: string;
  decisions: string;
  organisation: string;
  people: string;
  total: string;
  commitment: string;
  status: string;
  progress: string;
  /** A measure whose commitment no longer exists (deleted since the paper named it). */
  unknownCommitment: string;
  notWritten: string;
  noDate: string;
  none: string;
  /** Said beside a text shown in another language because it has none in this one. */
  notTranslated: string;
  /** A cited figure the data cannot answer, in place of its value: visible, never a blank. */
  figureMissing: string;
  withheld: string;
  fewerThan: string;
  provisional: string;
  estimate: string;
  confidential: string;
  yes: string;
  partial: string;
  no: string;
  /** The language's list comma (", " or "، "). */
  listSeparator: string;
  /** The interface languages' names, as "not translated: shown in …" names them. */
  languages: Readonly<Record<UiLocale, string>>;
}

export const paperWords: Readonly<Record<UiLocale, PaperWords>> = {
  en: {
    title: 'Priority paper',
    context: 'Context',
    untitledPriority: 'Priority {number}',
    problem: 'Problem',
    evidence: 'Evidence',
    targetGroups: 'Target groups',
    measures: 'Measures',
    actors: 'Responsible actors',
    timeline: 'Timeline',
    risks: 'Risks',
    validation: 'Validation',
    validationDate: 'Date of the validation meeting',
    participants: 'Participants',
    decisions: 'Decisions',
    organisation: 'Organisation',
    people: 'People',
    total: 'Total',
    commitment: 'Commitment',
    status: 'Status',
    progress: 'Progress',
    unknownCommitment: 'Commitment no longer recorded',
    notWritten: 'Not written yet.',
    noDate: 'Not yet held',
    none: 'None',
    notTranslated: 'Not translated: shown in {language}',
    figureMissing: '[figure not available]',
    withheld: 'withheld',
    fewerThan: 'fewer than {threshold}',
    provisional: 'provisional',
    estimate: 'estimate',
    confidential: 'confidential',
    yes: 'yes',
    partial: 'partly',
    no: 'no',
    listSeparator: ', ',
    languages: { en: 'English', fr: 'French', ar: 'Arabic' },
  },
  fr: {
    title: 'Note de priorités',
    context: 'Contexte',
    untitledPriority: 'Priorité {number}',
    problem: 'Problème',
    evidence: 'Données probantes',
    targetGroups: 'Groupes cibles',
    measures: 'Mesures',
    actors: 'Acteurs responsables',
    timeline: 'Calendrier',
    risks: 'Risques',
    validation: 'Validation',
    validationDate: 'Date de la réunion de validation',
    participants: 'Participants',
    decisions: 'Décisions',
    organisation: 'Organisation',
    people: 'Personnes',
    total: 'Total',
    commitment: 'Engagement',
    status: 'Statut',
    progress: 'Avancement',
    unknownCommitment: 'Engagement qui n’existe plus',
    notWritten: 'Pas encore rédigé.',
    noDate: 'Pas encore tenue',
    none: 'Aucun',
    notTranslated: 'Non traduit : affiché en {language}',
    figureMissing: '[chiffre indisponible]',
    withheld: 'non diffusé',
    fewerThan: 'moins de {threshold}',
    provisional: 'provisoire',
    estimate: 'estimation',
    confidential: 'confidentiel',
    yes: 'oui',
    partial: 'en partie',
    no: 'non',
    listSeparator: ', ',
    languages: { en: 'anglais', fr: 'français', ar: 'arabe' },
  },
  ar: {
    title: 'ورقة الأولويات',
    context: 'السياق',
    untitledPriority: 'الأولوية {number}',
    problem: 'المشكلة',
    evidence: 'الأدلة',
    targetGroups: 'الفئات المستهدفة',
    measures: 'التدابير',
    actors: 'الجهات المسؤولة',
    timeline: 'الجدول الزمني',
    risks: 'المخاطر',
    validation: 'المصادقة',
    validationDate: 'تاريخ اجتماع المصادقة',
    participants: 'المشاركون',
    decisions: 'القرارات',
    organisation: 'الجهة',
    people: 'عدد الأشخاص',
    total: 'المجموع',
    commitment: 'الالتزام',
    status: 'الحالة',
    progress: 'التقدّم',
    unknownCommitment: 'التزام لم يعد مسجلًا',
    notWritten: 'لم يُكتب بعد.',
    noDate: 'لم يُعقد بعد',
    none: 'لا يوجد',
    notTranslated: 'غير مترجم: معروض باللغة {language}',
    figureMissing: '[الرقم غير متاح]',
    withheld: 'محجوب',
    fewerThan: 'أقل من {threshold}',
    provisional: 'مؤقّت',
    estimate: 'تقديري',
    confidential: 'سرّي',
    yes: 'نعم',
    partial: 'جزئيًا',
    no: 'لا',
    listSeparator: '، ',
    languages: { en: 'الإنجليزية', fr: 'الفرنسية', ar: 'العربية' },
  },
};

/** Fills `{name}` placeholders; a placeholder without a value stays as written, visibly. */
export function fillWords(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
