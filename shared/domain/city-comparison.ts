import { z } from 'zod';
import { Assessment } from './assessment';
import { Unit } from './catalogue';
import { CityCode } from './city';
import { CitedValue } from './dashboard';
import { Labels } from './labels';

/** One city's side of a comparison: its latest figure with year and source, and the focus groups where it reports them. */
export const ComparedCity = z.object({
  city: CityCode,
  names: Labels,
  own: z.boolean(),
  latest: CitedValue,
  /** In the latest period, where the city reports them: women (sex F), youth (age 15–24), refugees (status REF). */
  groups: z.object({ women: z.number().nullable(), youth: z.number().nullable(), refugees: z.number().nullable() }),
});
export type ComparedCity = z.infer<typeof ComparedCity>;

export const IndicatorComparison = z.object({
  indicator: z.object({ code: z.string(), name: Labels, unit: Unit }),
  /** The cities that have the indicator: the own city first, then the peers by code. */
  cities: z.array(ComparedCity),
});
export type IndicatorComparison = z.infer<typeof IndicatorComparison>;

/** What Focal holds from a peer city, as the Exchange page lists it. */
export const PeerHoldings = z.object({
  city: CityCode,
  names: Labels,
  /** Records per kind in the peer's space (tombstones not counted). */
  records: z.record(z.string(), z.number().int()),
  /** The fingerprint of the key trusted for it now, if any. */
  fingerprint: z.string().nullable(),
  lastSequence: z.number().int().nullable(),
  lastReceivedAt: z.string().nullable(),
});
export type PeerHoldings = z.infer<typeof PeerHoldings>;

/** One city's latest self-assessment against each framework it used, for the scores side by side. */
export const AssessedCity = z.object({
  city: CityCode,
  names: Labels,
  own: z.boolean(),
  /** The latest assessment per framework (by date, then by last change), by framework code. */
  latest: z.array(Assessment),
});
export type AssessedCity = z.infer<typeof AssessedCity>;

/** The cities that shared a self-assessment: the own city first, then the peers by code. */
export const AssessmentComparison = z.object({ cities: z.array(AssessedCity) });
export type AssessmentComparison = z.infer<typeof AssessmentComparison>;
