import { z } from 'zod';
import { breakdownFields } from './observation-record';
import { Labels } from './labels';

/** Shapes of the built-in catalogue (resources/catalogue/*.json) and of what the API returns from it. */

/** The breakdowns (and their codelists): the observation's own list, declared once in observation-record.ts. */
export const dimensionCodes = breakdownFields;
export const Dimension = z.enum(dimensionCodes);
export type Dimension = z.infer<typeof Dimension>;

export const units = ['count', 'percent', 'rate', 'currency', 'ynp'] as const;
export const Unit = z.enum(units);
export type Unit = z.infer<typeof Unit>;

export const Direction = z.enum(['increase', 'decrease', 'none']);
export type Direction = z.infer<typeof Direction>;

export const PolicyDomain = z.object({
  code: z.string(),
  name: Labels,
  description: Labels,
  context: z.boolean(),
});
export type PolicyDomain = z.infer<typeof PolicyDomain>;

export const CodelistValue = z.object({ code: z.string(), name: Labels });
export const Codelist = z.object({
  code: Dimension,
  name: Labels,
  description: Labels,
  open: z.boolean(),
  values: z.array(CodelistValue),
});
export type Codelist = z.infer<typeof Codelist>;

export const TargetGroup = z.object({
  code: z.string(),
  name: Labels,
  description: Labels,
  focus: z.boolean(),
  dimension: z.object({ code: Dimension, value: z.string() }).nullable(),
});
export type TargetGroup = z.infer<typeof TargetGroup>;

export const FrameworkItem = z.object({
  code: z.string(),
  group: z.string().nullable(),
  name: Labels,
  sdgs: z.array(z.string()),
  check: z.boolean(),
});
export type FrameworkItem = z.infer<typeof FrameworkItem>;

export const Framework = z.object({
  code: z.string(),
  name: Labels,
  /** Who publishes the framework, named in every interface language. */
  publisher: Labels,
  description: Labels,
  scoring: z.enum(['absent-partial-complete', 'tag']),
  groups: z.array(z.object({ code: z.string(), name: Labels })),
  items: z.array(FrameworkItem),
});
export type Framework = z.infer<typeof Framework>;

export const Indicator = z.object({
  code: z.string(),
  domain: z.string(),
  unit: Unit,
  dimensions: z.array(Dimension),
  direction: Direction,
  frameworks: z.array(z.string()),
  name: Labels,
  definition: Labels,
  /** False for counts of things (associations, campaigns): only counts of people are suppressed when small. */
  people: z.boolean().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const ProfileSection = z.object({
  code: z.string(),
  name: Labels,
  description: Labels,
  subsections: z.array(z.object({ code: z.string(), name: Labels })),
});
export type ProfileSection = z.infer<typeof ProfileSection>;

/** Everything but the indicators: small, fetched once by the renderer. */
export const CatalogueOverview = z.object({
  version: z.number().int(),
  domains: z.array(PolicyDomain),
  codelists: z.array(Codelist),
  targetGroups: z.array(TargetGroup),
  frameworks: z.array(Framework),
  profileSections: z.array(ProfileSection),
  countries: z.array(z.string()),
  /** How many indicators the built-in catalogue holds in each policy domain: never a city's own. */
  indicatorsByDomain: z.record(z.string(), z.number().int()),
});
export type CatalogueOverview = z.infer<typeof CatalogueOverview>;

export const IndicatorQuery = z.object({
  /** Matched against code, names and definitions in every language, case- and accent-insensitively. */
  text: z.string().trim().max(200).optional(),
  domain: z.string().optional(),
  /** A framework code (`oecd`) or one of its items (`oecd.7`). */
  framework: z.string().optional(),
  /** Whose indicators besides the catalogue: the own city's by default, or a peer city's. */
  city: z.string().min(2).max(40).optional(),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
