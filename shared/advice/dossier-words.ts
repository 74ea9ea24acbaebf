import type { AdviceActKind, AdviceItemKind, AdviceKind } from '../domain/advice';
import type { AdviceStatus } from '../domain/advice-status';
import type { UiLocale } from '../domain/locales';

/**
 * The words of the advice dossier itself — in the dossier's language, whatever the interface
 * speaks. In shared/ because the core writes the DOCX and cannot read the renderer's locale files;
 * the screen shows the same outline, so the dossier reads the same on screen, on paper and in Word.
 */
export interface DossierWords {
  title: string;
  /** "Sample city · 5 December 2026". */
  allTopics: string;
  topicDomain: string;
  topicPeer: string;
  given: string;
  received: string;
  kinds: Readonly<Record<AdviceKind, string>>;
  statuses: Readonly<Record<AdviceStatus, string>>;
  items: Readonly<Record<AdviceItemKind, string>>;
  acts: Readonly<Record<AdviceActKind, string>>;
  context: string;
  validation: string;
  quote: string;
  reference: string;
  changed: string;
  itemGone: string;
  thread: string;
  noAnswer: string;
  learning: string;
  ledTo: string;
  none: string;
  count: string;
}

export const dossierWords: Readonly<Record<UiLocale, DossierWords>> = {
  en: {
    title: 'Peer advice dossier',
    allTopics: 'All advice given and received',
    topicDomain: 'Policy domain: {topic}',
    topicPeer: 'With {topic}',
    given: 'Given by {from} to {to}',
    received: 'Received by {to} from {from}',
    kinds: { question: 'Question', suggestion: 'Suggestion', good_practice: 'Good practice', risk: 'Risk', data_issue: 'Data issue' },
    statuses: { draft: 'Draft', sent: 'Sent', answered: 'Answered', accepted: 'Accepted', declined: 'Declined', closed: 'Closed' },
    items: { commitment: 'Commitment', paper_section: 'Priority paper', indicator: 'Indicator data' },
    acts: { reply: 'Reply', accept: 'Accepted', decline: 'Declined', close: 'Closed the thread' },
    context: 'Context summary',
    validation: 'Validation by the stakeholder group',
    quote: 'Quoted passage',
    reference: 'Reference',
    changed: 'The item changed after this advice was written.',
    itemGone: 'The item is no longer shared.',
    thread: 'Answers',
    noAnswer: 'No answer yet.',
    learning: 'What changed because of it',
    ledTo: 'Commitments it led to',
    none: 'No advice on this topic.',
    count: '{count} pieces of advice',
  },
  fr: {
    title: 'Dossier des conseils entre pairs',
    allTopics: 'Tous les conseils donnés et reçus',
    topicDomain: 'Domaine d’action : {topic}',
    topicPeer: 'Avec {topic}',
    given: 'Donné par {from} à {to}',
    received: 'Reçu par {to} de {from}',
    kinds: { question: 'Question', suggestion: 'Suggestion', good_practice: 'Bonne pratique', risk: 'Risque', data_issue: 'Problème de données' },
    statuses: { draft: 'Brouillon', sent: 'Envoyé', answered: 'Répondu', accepted: 'Accepté', declined: 'Refusé', closed: 'Clos' },
    items: { commitment: 'Engagement', paper_section: 'Note de priorités', indicator: 'Données d’un indicateur' },
    acts: { reply: 'Réponse', accept: 'Accepté', decline: 'Refusé', close: 'Fil clos' },
    context: 'Résumé du contexte',
    validation: 'Validation par le groupe des parties prenantes',
    quote: 'Passage cité',
    reference: 'Référence',
    changed: 'L’élément a changé après la rédaction de ce conseil.',
    itemGone: 'L’élément n’est plus partagé.',
    thread: 'Réponses',
    noAnswer: 'Pas encore de réponse.',
    learning: 'Ce qui a changé grâce à lui',
    ledTo: 'Engagements qui en découlent',
    none: 'Aucun conseil sur ce thème.',
    count: '{count} conseils',
  },
  ar: {
    title: 'ملف المشورة بين النظراء',
    allTopics: 'كل المشورات المقدَّمة والمتلقّاة',
    topicDomain: 'مجال السياسات: {topic}',
    topicPeer: 'مع {topic}',
    given: 'قدّمتها {from} إلى {to}',
    received: 'تلقّتها {to} من {from}',
    kinds: { question: 'سؤال', suggestion: 'اقتراح', good_practice: 'ممارسة جيدة', risk: 'خطر', data_issue: 'مشكلة في البيانات' },
    statuses: { draft: 'مسودة', sent: 'مُرسَلة', answered: 'تمّ الرد', accepted: 'مقبولة', declined: 'مرفوضة', closed: 'مغلقة' },
    items: { commitment: 'التزام', paper_section: 'ورقة الأولويات', indicator: 'بيانات مؤشر' },
    acts: { reply: 'رد', accept: 'قُبلت', decline: 'رُفضت', close: 'أُغلقت السلسلة' },
    context: 'ملخص السياق',
    validation: 'المصادقة من قبل مجموعة الأطراف المعنية',
    quote: 'مقطع مقتبس',
    reference: 'المرجع',
    changed: 'تغيّر العنصر بعد كتابة هذه المشورة.',
    itemGone: 'لم يعد العنصر متاحًا للمشاركة.',
    thread: 'الردود',
    noAnswer: 'لا رد بعد.',
    learning: 'ما تغيّر بفضلها',
    ledTo: 'الالتزامات الناتجة عنها',
    none: 'لا توجد مشورة في هذا الموضوع.',
    count: 'عدد المشورات: {count}',
  },
};

/** Fills `{name}` in a dossier phrase. */
export function fillDossier(phrase: string, values: Readonly<Record<string, string>>): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
