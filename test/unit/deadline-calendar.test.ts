import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../electron/core/commitments/deadline-calendar';
import type { Commitment, CommitmentTask } from '../../shared/domain/commitment';
import { commitmentWords } from '../../shared/domain/commitment-words';
import type { UiLocale } from '../../shared/domain/locales';

/**
 * The deadline calendar read back by ical.js — Thunderbird's own parser, written independently of
 * ical-generator — and its raw bytes checked against RFC 5545's line rules.
 */

const housingUid = '11111111-1111-4111-8111-111111111111';
const healthUid = '22222222-2222-4222-8222-222222222222';
const surveyUid = '33333333-3333-4333-8333-333333333333';
const councilUid = '44444444-4444-4444-8444-444444444444';
const draftUid = '55555555-5555-4555-8555-555555555555';

function task(uid: string, fields: Partial<CommitmentTask>): CommitmentTask {
  return { uid, kind: 'task', title: 'A task', due: null, done: false, ...fields };
}

function commitment(fields: Partial<Commitment>): Commitment {
  return {
    city: 'tunis',
    uid: housingUid,
    original: 'en',
    texts: { en: { title: 'Open a welcome desk', description: '' }, fr: { title: '', description: '' }, ar: { title: '', description: '' } },
    needsTranslation: [],
    domains: ['housing'],
    targetGroups: [],
    tags: [],
    owner: 'Social affairs',
    start: '2026-01-01',
    due: '2026-06-30',
    status: 'in_progress',
    statusReason: '',
    tasks: [],
    targets: [],
    notes: [],
    revision: 3,
    updatedAt: Date.UTC(2026, 2, 1, 9, 30),
    ...fields,
  };
}

const plan: Commitment[] = [
  commitment({
    tasks: [
      task(surveyUid, { title: 'Survey the neighbourhoods', due: '2026-03-15', done: true }),
      task(councilUid, { kind: 'milestone', title: 'Council vote', due: '2026-05-31' }),
      task(draftUid, { title: 'An undated task' }),
    ],
  }),
  commitment({ uid: healthUid, texts: { en: { title: 'Health cards', description: '' }, fr: { title: 'Cartes de santé', description: '' }, ar: { title: '', description: '' } }, due: '2026-12-31', status: 'planned', owner: '', revision: 1 }),
];

function exportCalendar(commitments: Commitment[], locale: UiLocale = 'en', cityName = 'Tunis'): string {
  return deadlineCalendar({ commitments, city: { code: 'tunis', name: cityName }, locale, labels: commitmentWords[locale] });
}

function read(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function eventByUid(events: ICAL.Event[], uid: string): ICAL.Event {
  const event = events.find((e) => e.uid === uid);
  if (!event) throw new Error(`No event ${uid}`);
  return event;
}

/** The file's lines as bytes, split at CRLF, before any unfolding. */
function rawLines(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const lines: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf('\r\n', 0); at !== -1; at = bytes.indexOf('\r\n', from)) {
    lines.push(bytes.subarray(from, at));
    from = at + 2;
  }
  expect(from, 'the file ends with CRLF').toBe(bytes.length);
  return lines;
}

describe('the deadline calendar', () => {
  it('has one all-day event per dated commitment, task and milestone, each as a calendar reads it', () => {
    const { calendar, events } = read(exportCalendar(plan));
    expect(events).toHaveLength(4);
    const raw = calendar.getFirstPropertyValue('x-wr-calname');
    expect(typeof raw === 'string' ? ICAL.design.icalendar.value.text.fromICAL(raw) : raw).toBe('Tunis — commitment deadlines');

    const due = eventByUid(events, `${housingUid}@tunis.focal`);
    expect(due.summary).toBe('Due: Open a welcome desk');
    expect(due.description).toBe('Status: In progress\nOwner: Social affairs');
    expect(due.sequence).toBe(3);
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-06-30');
    expect(due.endDate.toString()).toBe('2026-07-01');
    expect(due.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T09:30:00Z');
    expect(due.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(due.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    const survey = eventByUid(events, `${surveyUid}@tunis.focal`);
    expect(survey.summary).toBe('✓ Task: Survey the neighbourhoods (Open a welcome desk)');
    expect(survey.description).toBe('Done\nCommitment: Open a welcome desk\nStatus: In progress\nOwner: Social affairs');
    expect(survey.startDate.toString()).toBe('2026-03-15');
    expect(survey.sequence).toBe(3);

    const council = eventByUid(events, `${councilUid}@tunis.focal`);
    expect(council.summary).toBe('Milestone: Council vote (Open a welcome desk)');
    expect(council.description.startsWith('Open\n')).toBe(true);
    expect(council.startDate.toString()).toBe('2026-05-31');

    const health = eventByUid(events, `${healthUid}@tunis.focal`);
    expect(health.summary).toBe('Due: Health cards');
    expect(health.description).toBe('Status: Planned');
    expect(health.sequence).toBe(1);
  });

  it('writes every date as a whole day (VALUE=DATE), whatever the machine’s time zone', () => {
    const text = exportCalendar(plan);
    const dated = text.split('\r\n').filter((line) => /^DT(START|END)/.test(line));
    expect(dated).toHaveLength(8);
    for (const line of dated) expect(line).toMatch(/^DT(START|END);VALUE=DATE:\d{8}$/);
    for (const event of read(text).events) expect(event.startDate.isDate && event.endDate.isDate).toBe(true);
  });

  it('gives the same UIDs and the same bytes when exported twice, in any order, on machines in any time zone', () => {
    const first = exportCalendar(plan);
    const second = exportCalendar([...plan].reverse());
    expect(second).toBe(first);
    expect(read(second).events.map((e) => e.uid)).toEqual(read(first).events.map((e) => e.uid));
    const zone = process.env.TZ;
    try {
      // Node reads TZ again when it changes: the far ends of the world's clocks, a day apart.
      for (const elsewhere of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = elsewhere;
        expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), `${elsewhere} is in force`).not.toBe(0);
        expect(exportCalendar(plan), elsewhere).toBe(first);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('raises SEQUENCE and DTSTAMP after a change, so a re-import updates the events it added', () => {
    const before = read(exportCalendar(plan)).events;
    const changed = plan.map((c) => (c.uid === housingUid ? { ...c, due: '2026-07-15', revision: c.revision + 1, updatedAt: c.updatedAt + 60_000 } : c));
    const after = read(exportCalendar(changed)).events;
    const was = eventByUid(before, `${housingUid}@tunis.focal`);
    const now = eventByUid(after, `${housingUid}@tunis.focal`);
    expect(now.sequence).toBeGreaterThan(was.sequence);
    expect(now.startDate.toString()).toBe('2026-07-15');
    expect(now.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T09:31:00Z');
    expect(eventByUid(after, `${healthUid}@tunis.focal`).sequence).toBe(eventByUid(before, `${healthUid}@tunis.focal`).sequence);
  });

  it('keeps commas, semicolons, backslashes, quotes and line breaks in texts', () => {
    const tricky = 'Housing, phase 1; "pilot" \\ C:\\plans\nsecond line';
    const { events, calendar } = read(
      exportCalendar([commitment({ texts: { en: { title: tricky, description: '' }, fr: { title: '', description: '' }, ar: { title: '', description: '' } }, owner: 'Lamine; Sara, team', statusReason: 'a\\b' })], 'en', 'Tunis, Medina; old town'),
    );
    const event = eventByUid(events, `${housingUid}@tunis.focal`);
    expect(event.summary).toBe(`Due: ${tricky}`);
    expect(event.description).toBe('Status: In progress\na\\b\nOwner: Lamine; Sara, team');
    // X- properties are TEXT unless said otherwise (RFC 5545 §3.8.8.2); ical.js hands them over undecoded.
    const name = calendar.getFirstPropertyValue('x-wr-calname');
    expect(typeof name === 'string' ? ICAL.design.icalendar.value.text.fromICAL(name) : name).toBe('Tunis, Medina; old town — commitment deadlines');
  });

  it('keeps Arabic text whole, folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const arabicTitle = 'فتح مكتب استقبال للمهاجرين في المدينة العتيقة، مع خدمات الصحة والسكن والتعليم والتشغيل 🏠';
    const text = exportCalendar(
      [commitment({ original: 'ar', texts: { en: { title: '', description: '' }, fr: { title: '', description: '' }, ar: { title: arabicTitle, description: '' } }, owner: 'إدارة الشؤون الاجتماعية', tasks: [task(surveyUid, { kind: 'milestone', title: 'تصويت المجلس البلدي على الخطة', due: '2026-05-31' })] })],
      'ar',
      'تونس',
    );
    const lines = rawLines(text);
    expect(lines.some((line) => line[0] === 0x20), 'long lines are folded').toBe(true);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(Buffer.byteLength(strict.decode(line), 'utf8')).toBeLessThanOrEqual(75);
      expect(line.length).toBeLessThanOrEqual(75);
    }
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const { events } = read(text);
    expect(eventByUid(events, `${housingUid}@tunis.focal`).summary).toBe(`الموعد النهائي: ${arabicTitle}`);
    expect(eventByUid(events, `${housingUid}@tunis.focal`).description).toBe('الحالة: قيد التنفيذ\nالمسؤول: إدارة الشؤون الاجتماعية');
    expect(eventByUid(events, `${surveyUid}@tunis.focal`).summary).toBe(`مرحلة رئيسية: تصويت المجلس البلدي على الخطة (${arabicTitle})`);
  });

  it('shows a title in the export’s language, else in the original one', () => {
    const { events } = read(exportCalendar(plan, 'fr'));
    expect(eventByUid(events, `${healthUid}@tunis.focal`).summary).toBe('Échéance\u00a0: Cartes de santé');
    expect(eventByUid(events, `${housingUid}@tunis.focal`).summary).toBe('Échéance\u00a0: Open a welcome desk');
  });

  it('marks a finished commitment and cancels the deadlines of a dropped one', () => {
    const { events } = read(exportCalendar([commitment({ status: 'done' }), commitment({ uid: healthUid, status: 'dropped', tasks: [task(councilUid, { due: '2026-02-01' })] })]));
    expect(eventByUid(events, `${housingUid}@tunis.focal`).summary).toBe('✓ Due: Open a welcome desk');
    expect(eventByUid(events, `${housingUid}@tunis.focal`).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(eventByUid(events, `${healthUid}@tunis.focal`).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(eventByUid(events, `${councilUid}@tunis.focal`).component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('is a valid calendar with no events when nothing has a date', () => {
    const text = exportCalendar([commitment({ due: null })]);
    expect(read(text).events).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const { calendar } = read(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });
});
