import type { CommitmentStatus } from './commitment';
import type { UiLocale } from './locales';
import type { ProgressStatus } from './progress-rule';

/**
 * The few words that files made in the core (the deadline calendar) show to people. The core cannot
 * read the renderer's translation files, so they live here, in every interface language; keep the
 * table small — anything the window shows belongs in the renderer's locale files.
 */
export interface CommitmentWords {
  /** The calendar's name as the calendar application lists it. */
  calendarName: (city: string) => string;
  /** A commitment's own deadline. */
  due: (title: string) => string;
  task: (task: string, commitment: string) => string;
  milestone: (milestone: string, commitment: string) => string;
  statusLine: (status: string) => string;
  ownerLine: (owner: string) => string;
  commitmentLine: (title: string) => string;
  /** Whether a task or milestone is finished, as a line of its description. */
  done: string;
  open: string;
  statuses: Readonly<Record<CommitmentStatus, string>>;
  /** The progress statuses (progress-rule.ts), and `none` for a commitment without targets. */
  progress: Readonly<Record<ProgressStatus | 'none', string>>;
}

export const commitmentWords: Readonly<Record<UiLocale, CommitmentWords>> = {
  en: {
    calendarName: (city) => `${city} — commitment deadlines`,
    due: (title) => `Due: ${title}`,
    task: (task, commitment) => `Task: ${task} (${commitment})`,
    milestone: (milestone, commitment) => `Milestone: ${milestone} (${commitment})`,
    statusLine: (status) => `Status: ${status}`,
    ownerLine: (owner) => `Owner: ${owner}`,
    commitmentLine: (title) => `Commitment: ${title}`,
    done: 'Done',
    open: 'Open',
    statuses: { planned: 'Planned', in_progress: 'In progress', done: 'Done', blocked: 'Blocked', dropped: 'Dropped' },
    progress: { achieved: 'Achieved', on_track: 'On track', off_track: 'Off track', deteriorating: 'Deteriorating', no_data: 'No data', none: 'No targets' },
  },
  fr: {
    // French puts a no-break space before a colon, as the interface's French texts do.
    calendarName: (city) => `${city} — échéances des engagements`,
    due: (title) => `Échéance\u00a0: ${title}`,
    task: (task, commitment) => `Tâche\u00a0: ${task} (${commitment})`,
    milestone: (milestone, commitment) => `Jalon\u00a0: ${milestone} (${commitment})`,
    statusLine: (status) => `État\u00a0: ${status}`,
    ownerLine: (owner) => `Responsable\u00a0: ${owner}`,
    commitmentLine: (title) => `Engagement\u00a0: ${title}`,
    done: 'Terminé',
    open: 'À faire',
    statuses: { planned: 'Prévu', in_progress: 'En cours', done: 'Terminé', blocked: 'Bloqué', dropped: 'Abandonné' },
    progress: { achieved: 'Atteint', on_track: 'En bonne voie', off_track: 'En retard', deteriorating: 'En recul', no_data: 'Pas de données', none: 'Sans cible' },
  },
  ar: {
    calendarName: (city) => `${city} — مواعيد الالتزامات`,
    due: (title) => `الموعد النهائي: ${title}`,
    task: (task, commitment) => `مهمة: ${task} (${commitment})`,
    milestone: (milestone, commitment) => `مرحلة رئيسية: ${milestone} (${commitment})`,
    statusLine: (status) => `الحالة: ${status}`,
    ownerLine: (owner) => `المسؤول: ${owner}`,
    commitmentLine: (title) => `الالتزام: ${title}`,
    done: 'منجز',
    open: 'قيد الإنجاز',
    statuses: { planned: 'مخطط', in_progress: 'قيد التنفيذ', done: 'منجز', blocked: 'متعثر', dropped: 'ملغى' },
    progress: { achieved: 'تحقق', on_track: 'على المسار الصحيح', off_track: 'متأخر عن المسار', deteriorating: 'في تراجع', no_data: 'لا توجد بيانات', none: 'بلا أهداف' },
  },
};
