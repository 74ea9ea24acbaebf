import ical, { escape, ICalCalendarMethod, ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { commitmentTitle, type Commitment } from '../../../shared/domain/commitment';
import type { CommitmentWords } from '../../../shared/domain/commitment-words';
import type { UiLocale } from '../../../shared/domain/locales';

export interface DeadlineCalendarInput {
  commitments: readonly Commitment[];
  city: { code: string; name: string };
  locale: UiLocale;
  labels: CommitmentWords;
}

/** One all-day entry of the calendar, before it is written. */
interface Deadline {
  uid: string;
  day: string;
  summary: string;
  description: string;
  sequence: number;
  stamp: Date;
  cancelled: boolean;
}

/** A finished task or commitment: the mark calendars show in the one text every view has, the summary. */
const doneMark = '✓ ';

/**
 * The city's deadlines as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google Calendar
 * import: one all-day event per commitment due date and per dated task or milestone.
 *
 * Re-importing the file updates what an earlier import added instead of adding it twice: each event's
 * UID is the record's own uid with the city (the same on every machine and in every export), its
 * SEQUENCE is the commitment's revision, and its DTSTAMP the commitment's last change — not the time
 * of export — so a plan that did not change gives the same bytes.
 */
export function deadlineCalendar({ commitments, city, locale, labels }: DeadlineCalendarInput): string {
  const deadlines = commitments.flatMap((commitment) => commitmentDeadlines(commitment, city.code, locale, labels));
  // A stable order whatever order the store answered in, so unchanged plans give identical files.
  deadlines.sort((a, b) => (a.day === b.day ? compareText(a.uid, b.uid) : compareText(a.day, b.day)));

  const calendar = ical({
    prodId: { company: 'Focal', product: 'Commitment deadlines', language: locale.toUpperCase() },
    // A published calendar, as Google's own exports say: Outlook then offers to add or update the
    // events instead of treating the file as a meeting request.
    method: ICalCalendarMethod.PUBLISH,
    scale: 'gregorian',
    // ical-generator 10.2 writes NAME and X-WR-CALNAME without escaping them (it does escape event
    // texts): a comma or semicolon in a city's name would otherwise split the value.
    name: escape(labels.calendarName(city.name), false),
  });
  for (const deadline of deadlines) {
    const start = dayStart(deadline.day);
    calendar.createEvent({
      id: deadline.uid,
      sequence: deadline.sequence,
      stamp: deadline.stamp,
      lastModified: deadline.stamp,
      allDay: true,
      start,
      // One day long, said explicitly: some Outlook versions read an all-day event without DTEND as zero-length.
      end: new Date(start.getTime() + 86_400_000),
      summary: deadline.summary,
      description: deadline.description,
      // A deadline takes no time in the day: the event must not show the focal point as busy (Outlook
      // reads its own property for that, the others TRANSP).
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
      // VEVENT has no "completed" status (only VTODO has), and CANCELLED makes Outlook and Google
      // withdraw the event: it is kept for a dropped commitment, whose earlier imported deadlines should
      // go, while finished work stays in the calendar with the ✓ mark in its summary.
      status: deadline.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator leaves the last line without its line break; RFC 5545 ends every line with CRLF.
  return `${calendar.toString()}\r\n`;
}

function commitmentDeadlines(commitment: Commitment, cityCode: string, locale: UiLocale, labels: CommitmentWords): Deadline[] {
  const title = commitmentTitle(commitment, locale);
  const common = {
    sequence: commitment.revision,
    stamp: new Date(commitment.updatedAt),
    cancelled: commitment.status === 'dropped',
  };
  const status = labels.statusLine(labels.statuses[commitment.status]);
  const about = [status, ...(commitment.statusReason ? [commitment.statusReason] : []), ...(commitment.owner ? [labels.ownerLine(commitment.owner)] : [])];
  const deadlines: Deadline[] = [];
  if (commitment.due) {
    deadlines.push({
      ...common,
      uid: eventUid(commitment.uid, cityCode),
      day: commitment.due,
      summary: `${commitment.status === 'done' ? doneMark : ''}${labels.due(title)}`,
      description: about.join('\n'),
    });
  }
  for (const task of commitment.tasks) {
    if (!task.due) continue;
    const name = task.kind === 'milestone' ? labels.milestone(task.title, title) : labels.task(task.title, title);
    deadlines.push({
      ...common,
      uid: eventUid(task.uid, cityCode),
      day: task.due,
      summary: `${task.done ? doneMark : ''}${name}`,
      description: [task.done ? labels.done : labels.open, labels.commitmentLine(title), ...about].join('\n'),
    });
  }
  return deadlines;
}

/** The same on every machine and in every export: a record's uid is unique, the city says whose it is. */
export function eventUid(recordUid: string, cityCode: string): string {
  return `${recordUid}@${cityCode}.focal`;
}

/** Midnight UTC of a `YYYY-MM-DD` day: ical-generator writes all-day dates of a calendar without time zone in UTC, so the day never shifts with the machine's zone. */
function dayStart(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
