import { z } from 'zod';
import { CatalogueOverview, Indicator, IndicatorQuery } from '../domain/catalogue';
import { CityCode, CityDetails, CityProfile, CitySetup, PeerCity } from '../domain/city';
import { CustomIndicatorInput } from '../domain/custom-indicator';
import { ActivityInput, Activity, FollowUpCommitted, FollowUpToCommitment } from '../domain/activity';
import { Assessment, AssessmentInput } from '../domain/assessment';
import { Advice, AdviceFilter, AdviceTexts, AdviceInput, AdviceItemRef, AdviceOutcomeInput, AdviceReplyInput, AdviceRequest, AdviceRequestInput, AdviceSummary } from '../domain/advice';
import { CommitmentInput, IsoDate, RecordUid } from '../domain/commitment';
import { Agenda, CommitmentDetail, CommitmentView } from '../domain/commitment-view';
import { District, DistrictCode, DistrictInput } from '../domain/district';
import { PaperContent, PaperVersion, PaperVersionSummary, PriorityPaper, VersionName } from '../domain/priority-paper';
import { uiLocales } from '../domain/locales';
import { KeyFigure, SourceKind, SourceTitles } from '../domain/observation';
import { CitationAnswer, CitationRequest, NarrativeDraft, NarrativeText, SavePdfAnswer, SavePdfRequest } from '../domain/narrative';
import { DataGaps, IndicatorPanels } from '../domain/dashboard';
import { ExportJob } from '../domain/observation-export';
import { ImportJob, ImportMapping, ImportPreview, MappingTemplate } from '../domain/observation-import';
import { ObservationFilter } from '../domain/observation-filter';
import { ObservationDraft, ObservationKey, ObservationPage, ObservationPageQuery, ObservationRow } from '../domain/observation-table';
import { ObservationRecord } from '../domain/observation-record';
import { BackupInfo, Recovery } from '../domain/store-status';
import { BundleExportJob, BundlePreview, BundleRequest, BundleSummary } from '../bundle/bundle-export';
import { BundleImportJob } from '../bundle/bundle-import';
import { ReceivedBundle, SentBundle } from '../bundle/bundle-log';
import { AssessmentComparison, IndicatorComparison, PeerHoldings } from '../domain/city-comparison';
import { TrustedKey, TrustRequest, Fingerprint } from '../bundle/trust';
import { ExchangeFolderSetting, InboxListing } from '../bundle/exchange-folder';
import { AdviceDossier, DossierRequest } from '../advice/advice-dossier';
import { method } from './method';

const nothing = z.object({}).strict();
/**
 * Which city's space a read looks at: the own city when absent, or a peer city whose bundles
 * arrived. Writes take no city: they only ever change the own city's space (docs/data-model.md).
 */
const scope = { city: CityCode.optional() };
const scoped = z.object(scope).strict();
/** One piece of a file the interface sends (it has no path to give): the first starts an upload, the last ends it. */
const UploadPiece = z
  .object({
    upload: z.string().regex(/^[0-9a-f]{24}$/).nullable(),
    name: z.string().min(1).max(255),
    chunk: z.base64().max(8_000_000),
    done: z.boolean(),
  })
  .strict();
const fileId = z.string().regex(/^[0-9a-f]{24}$/);
const jobId = z.string().regex(/^[0-9a-f]{16}$/);

export const AppStatus = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  city: CityProfile.nullable(),
  /** Peer cities whose records arrived in bundles; their spaces can be read, never written. */
  peers: z.array(PeerCity),
  locale: z.enum(uiLocales).nullable(),
  catalogueVersion: z.number().int(),
  recovery: Recovery.nullable(),
});
export type AppStatus = z.infer<typeof AppStatus>;

/** A source as the Sources tab lists it: its identity (uid), citation, details, titles and how many figures cite it. */
export const SourceSummary = z.object({
  id: z.string(),
  citation: z.string(),
  publisher: z.string(),
  year: z.number().int().nullable(),
  kind: SourceKind,
  titles: SourceTitles,
  revision: z.number().int(),
  observations: z.number().int(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const Preferences = z.object({ locale: z.enum(uiLocales) });
export type Preferences = z.infer<typeof Preferences>;

/**
 * Every method of the core, declared once. Handler and client types are derived from this object;
 * adding an entry without a handler fails to compile.
 */
export const contract = {
  'app.status': method({ input: nothing, output: AppStatus, writes: false }),
  'preferences.update': method({ input: Preferences, output: Preferences, writes: true, duringRecovery: true }),

  'city.setup': method({ input: CitySetup, output: CityProfile, writes: true }),
  'city.update': method({ input: CityDetails, output: CityProfile, writes: true }),
  'city.createSample': method({ input: z.object({ locale: z.enum(uiLocales).optional() }).strict(), output: CityProfile, writes: true }),
  'city.leaveSample': method({ input: nothing, output: z.object({ removed: z.string() }), writes: true, backupBefore: 'before-removal' }),

  'catalogue.overview': method({ input: nothing, output: CatalogueOverview, writes: false }),
  'catalogue.indicators': method({ input: IndicatorQuery, output: z.array(Indicator), writes: false }),
  'indicators.saveCustom': method({ input: CustomIndicatorInput, output: Indicator, writes: true }),
  'indicators.deleteCustom': method({ input: z.object({ code: z.string().min(1).max(120) }).strict(), output: z.object({ deleted: z.string() }), writes: true }),

  'districts.list': method({ input: scoped, output: z.array(District), writes: false }),
  'districts.save': method({ input: DistrictInput, output: District, writes: true }),
  /** Several districts in one change: all are checked before any is written. */
  'districts.saveMany': method({ input: z.object({ districts: z.array(DistrictInput).min(1).max(5000) }).strict(), output: z.array(District), writes: true }),
  'districts.delete': method({ input: z.object({ code: DistrictCode }).strict(), output: z.object({ deleted: z.string() }), writes: true }),

  'commitments.list': method({ input: scoped, output: z.array(CommitmentView), writes: false }),
  'commitments.get': method({ input: z.object({ uid: RecordUid, ...scope }).strict(), output: CommitmentDetail, writes: false }),
  'commitments.save': method({ input: CommitmentInput, output: CommitmentDetail, writes: true }),
  'commitments.delete': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),
  /** What is overdue and what falls due in the next 30 days, by the machine's calendar. */
  'commitments.agenda': method({ input: nothing, output: Agenda, writes: false }),
  /** The programme's 36 months, which the timeline spans: from the month set, else January of the plan's first year. */
  'programme.get': method({ input: nothing, output: z.object({ start: IsoDate, months: z.number().int(), chosen: z.boolean() }), writes: false }),
  'programme.set': method({ input: z.object({ start: IsoDate }).strict(), output: z.object({ start: IsoDate, months: z.number().int(), chosen: z.boolean() }), writes: true }),
  /** The plan as a file the interface offers to save: deadlines as an ICS calendar, or the commitments as CSV. */
  'commitments.exportFile': method({
    input: z.object({ format: z.enum(['ics', 'csv']), locale: z.enum(uiLocales) }).strict(),
    output: z.object({ name: z.string(), mediaType: z.string(), base64: z.string() }),
    writes: false,
  }),

  /** What a bundle with these choices would hold, written nowhere: the preview before export. */
  'bundles.preview': method({ input: BundleRequest, output: BundlePreview, writes: false }),
  /**
   * Makes the signed bundle in the data folder's `bundles/sent/` (docs/bundle-format.md), and a copy
   * in the exchange folder's `outbox/` when one is set. It commits its sequence number before
   * writing the file, so it runs its own transactions.
   */
  'bundles.export': method({ input: BundleRequest, output: BundleSummary, writes: true, outsideTransaction: true }),
  /** The same export on the bundle thread, as a job whose progress (figures written of all) the interface shows. */
  'bundles.exportStart': method({ input: BundleRequest, output: BundleExportJob, writes: false }),
  'bundles.exportJob': method({ input: z.object({ job: jobId }).strict(), output: BundleExportJob, writes: false }),
  /**
   * Verifies a received bundle and imports it into its sender's space on its own thread, after a
   * backup; a dry run answers what it would do and writes nothing. A refusal is a result (status
   * "rejected", a code), not an error. Like a file import, the job writes on its own; other writes
   * wait for it.
   */
  'bundles.importStart': method({
    input: z.object({ file: z.string().regex(/^[0-9a-f]{24}$/), dryRun: z.boolean().default(false), trustKey: z.boolean().default(false) }).strict(),
    output: BundleImportJob,
    writes: false,
  }),
  'bundles.importJob': method({ input: z.object({ job: jobId }).strict(), output: BundleImportJob, writes: false }),
  'bundles.upload': method({
    input: UploadPiece,
    output: z.object({ upload: z.string(), bytes: z.number().int(), file: z.string().nullable() }),
    writes: false,
  }),
  'bundles.sent': method({ input: nothing, output: z.array(SentBundle), writes: false }),
  'bundles.received': method({ input: nothing, output: z.array(ReceivedBundle), writes: false }),
  /** A sent bundle's file, to save or send again. */
  'bundles.take': method({ input: z.object({ bundleId: z.uuid() }).strict(), output: z.object({ name: z.string(), mediaType: z.string(), base64: z.string() }), writes: false }),
  /** The exchange folder a sync tool keeps in step (null when none is set), and whether it is there now. */
  'exchangeFolder.get': method({ input: nothing, output: ExchangeFolderSetting, writes: false }),
  /** An absolute path to an existing, writable folder outside the data folder; makes its inbox/ and outbox/. */
  'exchangeFolder.set': method({ input: z.object({ path: z.string().min(1).max(4096) }).strict(), output: ExchangeFolderSetting, writes: true }),
  // Answered by the desktop app's main process with its folder dialog; the core (any other host) refuses it.
  'exchangeFolder.choose': method({ input: nothing, output: ExchangeFolderSetting, writes: false }),
  'exchangeFolder.clear': method({ input: nothing, output: ExchangeFolderSetting, writes: true }),
  /** The bundles waiting in inbox/; listing imports nothing. */
  'exchangeFolder.inbox': method({ input: nothing, output: InboxListing, writes: false }),
  /** One inbox file as a file id for bundles.importStart (its dry run is the preview). */
  'exchangeFolder.open': method({ input: z.object({ name: z.string().min(1).max(255) }).strict(), output: z.object({ file: z.string(), name: z.string() }), writes: false }),
  'peers.list': method({ input: nothing, output: z.array(PeerHoldings), writes: false }),
  /** Removes everything Focal holds from a peer city (its whole space); the trust in its key and the log stay. */
  'peers.remove': method({ input: z.object({ city: CityCode }).strict(), output: z.object({ removed: z.string() }), writes: true, backupBefore: 'before-removal' }),
  /** One indicator across the own city and the peers that shared it. */
  'compare.indicator': method({ input: z.object({ indicator: z.string().min(1).max(80) }).strict(), output: IndicatorComparison, writes: false }),
  /** Each city's latest self-assessment per framework, the own city's and the peers', for the scores side by side. */
  'compare.assessments': method({ input: nothing, output: AssessmentComparison, writes: false }),
  'trust.list': method({ input: nothing, output: z.array(TrustedKey), writes: false }),
  /** The user trusts a peer's key, having compared its fingerprint with the sender. */
  'trust.add': method({ input: TrustRequest, output: TrustedKey, writes: true }),
  'trust.remove': method({ input: z.object({ fingerprint: Fingerprint }).strict(), output: z.object({ removed: z.string() }), writes: true }),

  'paper.get': method({ input: scoped, output: z.object({ paper: PriorityPaper, versions: z.array(PaperVersionSummary) }), writes: false }),
  'paper.version': method({ input: z.object({ uid: RecordUid, ...scope }).strict(), output: PaperVersion, writes: false }),
  'paper.save': method({ input: z.object({ content: PaperContent, baseRevision: z.number().int().min(0).optional() }).strict(), output: PriorityPaper, writes: true }),
  'paper.saveVersion': method({ input: z.object({ name: VersionName }).strict(), output: PaperVersionSummary, writes: true }),
  /** Goes back to a version; the current text is kept first as a version named `keepCurrentAs`. */
  'paper.restoreVersion': method({ input: z.object({ uid: RecordUid, keepCurrentAs: VersionName }).strict(), output: PriorityPaper, writes: true }),
  /** The paper (or a named version of it) as a Word document in one language, its figures from today's data. */
  'paper.exportDocx': method({
    input: z.object({ locale: z.enum(uiLocales), version: RecordUid.optional() }).strict(),
    output: z.object({ name: z.string(), mediaType: z.string(), base64: z.string() }),
    writes: false,
  }),
  'paper.deleteVersion': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),

  'activities.list': method({ input: scoped, output: z.array(Activity), writes: false }),
  'activities.save': method({ input: ActivityInput, output: Activity, writes: true }),
  'activities.delete': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),
  /** A follow-up becomes a planned commitment, linked from the follow-up, in one step. */
  'activities.followUpToCommitment': method({ input: FollowUpToCommitment, output: FollowUpCommitted, writes: true }),

  'assessments.list': method({ input: scoped, output: z.array(Assessment), writes: false }),
  'assessments.save': method({ input: AssessmentInput, output: Assessment, writes: true }),
  'assessments.delete': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),

  /** Advice the own city gave and received, filtered, each with its thread, status and learning record. */
  'advice.list': method({ input: AdviceFilter, output: z.array(Advice), writes: false }),
  /** An item as a city's space holds it now: what a draft is anchored to. Null when that city shared no such item. */
  'advice.item': method({ input: z.object({ city: CityCode, item: AdviceItemRef }).strict(), output: z.object({ version: z.string(), text: z.string(), title: AdviceTexts }).nullable(), writes: false }),
  'advice.save': method({ input: AdviceInput, output: Advice, writes: true }),
  'advice.delete': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),
  /** A reply, or the owner's answer (accept, decline), or closing the thread: what the status allows this side now. */
  'advice.reply': method({ input: AdviceReplyInput, output: Advice, writes: true }),
  'advice.saveOutcome': method({ input: AdviceOutcomeInput, output: Advice, writes: true }),
  'advice.requests': method({ input: nothing, output: z.object({ asked: z.array(AdviceRequest), received: z.array(AdviceRequest) }), writes: false }),
  'advice.saveRequest': method({ input: AdviceRequestInput, output: AdviceRequest, writes: true }),
  'advice.deleteRequest': method({ input: z.object({ uid: RecordUid }).strict(), output: z.object({ deleted: z.string() }), writes: true }),
  /** Advice given and received per peer city, domain and status, with how much was acted upon. */
  'advice.summary': method({ input: nothing, output: AdviceSummary, writes: false }),
  /** The advice on a topic with its answers and what changed, in one language: the dossier for a peer meeting. */
  'advice.dossier': method({ input: DossierRequest, output: AdviceDossier, writes: false }),
  /** The same dossier as a Word document. */
  'advice.dossierDocx': method({ input: DossierRequest, output: z.object({ name: z.string(), mediaType: z.string(), base64: z.string() }), writes: false }),
  /** How much advice each of the own city's items received: the count shown on the item. */
  'advice.counts': method({ input: nothing, output: z.array(z.object({ kind: AdviceItemRef.shape.kind, id: z.string(), count: z.number().int() })), writes: false }),

  'profile.keyFigures': method({ input: scoped, output: z.array(KeyFigure), writes: false }),
  'narrative.list': method({ input: scoped, output: z.array(NarrativeText), writes: false }),
  'narrative.save': method({ input: NarrativeDraft, output: NarrativeText, writes: true }),
  'narrative.cite': method({ input: CitationRequest, output: z.array(CitationAnswer), writes: false }),
  // Answered by the desktop app's main process (it owns the window that prints); the core refuses it.
  'report.savePdf': method({ input: SavePdfRequest, output: SavePdfAnswer, writes: false }),

  'dashboard.indicator': method({ input: z.object({ indicator: z.string().min(1).max(120), ...scope }).strict(), output: IndicatorPanels, writes: false }),
  'dashboard.gaps': method({ input: scoped, output: DataGaps, writes: false }),

  'observations.page': method({ input: ObservationPageQuery, output: ObservationPage, writes: false }),
  'observations.save': method({
    input: z.object({ original: ObservationKey.nullable(), draft: ObservationDraft }).strict(),
    output: z.object({ row: ObservationRow, replaced: ObservationRecord.nullable() }),
    writes: true,
  }),
  'observations.delete': method({ input: z.object({ keys: z.array(ObservationKey).min(1).max(1000) }).strict(), output: z.object({ removed: z.array(ObservationRecord) }), writes: true }),
  'observations.restore': method({
    input: z.object({ rows: z.array(ObservationRecord).max(1000), remove: z.array(ObservationKey).max(1000).default([]) }).strict(),
    output: z.object({ restored: z.number().int() }),
    writes: true,
  }),
  // Exports are prepared as jobs (on their own thread in the app); the interface polls, then takes the file.
  'exports.start': method({
    input: z.object({ filter: ObservationFilter.default(ObservationFilter.parse({})), format: z.enum(['csv', 'xlsx']), ...scope }).strict(),
    output: ExportJob,
    writes: false,
  }),
  'exports.job': method({ input: z.object({ job: jobId }).strict(), output: ExportJob, writes: false }),
  'exports.take': method({ input: z.object({ job: jobId }).strict(), output: z.object({ name: z.string(), mediaType: z.string(), base64: z.string() }), writes: false }),
  'sources.update': method({
    input: z
      .object({
        id: z.string().min(1).max(64),
        citation: z.string().trim().min(1).max(500),
        publisher: z.string().trim().max(300),
        year: z.number().int().min(1900).max(2100).nullable(),
        kind: SourceKind,
        // Required, so that a client that forgets them cannot blank the titles by accident.
        titles: z.object({ en: z.string().trim().max(500), fr: z.string().trim().max(500), ar: z.string().trim().max(500) }).strict(),
      })
      .strict(),
    output: SourceSummary,
    writes: true,
  }),
  'sources.list': method({ input: scoped, output: z.array(SourceSummary), writes: false }),

  // Imports run as jobs (on a worker thread in the app) and write in their own transaction.
  'imports.upload': method({
    input: UploadPiece,
    output: z.object({ upload: z.string(), bytes: z.number().int(), preview: ImportPreview.nullable() }),
    writes: false,
  }),
  'imports.preview': method({ input: z.object({ file: fileId, sheet: z.string().nullable().default(null) }).strict(), output: ImportPreview, writes: false }),
  'imports.start': method({ input: z.object({ file: fileId, mapping: ImportMapping, dryRun: z.boolean() }).strict(), output: ImportJob, writes: false }),
  'imports.job': method({ input: z.object({ job: jobId }).strict(), output: ImportJob, writes: false }),
  'imports.cancel': method({ input: z.object({ job: jobId }).strict(), output: ImportJob, writes: false }),
  'imports.templates': method({ input: nothing, output: z.array(MappingTemplate), writes: false }),
  'imports.saveTemplate': method({ input: z.object({ name: z.string().trim().min(1).max(120), mapping: ImportMapping }).strict(), output: MappingTemplate, writes: true }),
  'imports.deleteTemplate': method({ input: z.object({ name: z.string().trim().min(1).max(120) }).strict(), output: z.object({ deleted: z.string() }), writes: true }),
  'imports.discard': method({ input: z.object({ file: fileId }).strict(), output: z.object({}), writes: false }),

  'backups.list': method({ input: nothing, output: z.array(BackupInfo), writes: false }),
  'backups.create': method({ input: nothing, output: BackupInfo, writes: true, outsideTransaction: true }),
  'backups.restore': method({
    input: z.object({ file: z.string().min(1) }).strict(),
    output: AppStatus,
    writes: true,
    outsideTransaction: true,
    duringRecovery: true,
  }),
  'recovery.dismiss': method({ input: nothing, output: AppStatus, writes: true, outsideTransaction: true, duringRecovery: true }),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** What each method's handler receives (after parsing, defaults and trimming). */
export type InputMap = { [M in MethodName]: z.output<Contract[M]['input']> };
/** What each method answers. */
export type OutputMap = { [M in MethodName]: z.output<Contract[M]['output']> };
/** What a caller may send to each method. */
export type CallerInputMap = { [M in MethodName]: z.input<Contract[M]['input']> };

export type MethodInput<M extends MethodName> = CallerInputMap[M];
export type ParsedInput<M extends MethodName> = InputMap[M];
export type MethodOutput<M extends MethodName> = OutputMap[M];

/**
 * The contract's schemas seen through the maps above. Written as a mapped type so that generic code
 * indexed by one method name keeps input, handler and output correlated (TypeScript #47109).
 */
export type MethodSchemas = {
  [M in MethodName]: { input: z.ZodType<InputMap[M], unknown>; output: z.ZodType<OutputMap[M], unknown> };
};
export const methodSchemas: MethodSchemas = contract;

export const methodNames: MethodName[] = Object.keys(contract).filter(isMethodName);

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
