import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Codelist, Framework, Indicator, PolicyDomain, ProfileSection, TargetGroup } from '../../../shared/domain/catalogue';

export const CatalogueManifest = z.object({ format: z.literal(1), version: z.number().int().positive(), released: z.string() });

/** The built-in catalogue exactly as shipped in resources/catalogue, validated. */
export interface CatalogueFiles {
  manifest: z.infer<typeof CatalogueManifest>;
  domains: PolicyDomain[];
  codelists: Codelist[];
  targetGroups: TargetGroup[];
  frameworks: Framework[];
  indicators: Indicator[];
  profileSections: ProfileSection[];
  countries: string[];
}

function readJson<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
  const file = join(dir, name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The built-in catalogue file ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new Error(`The built-in catalogue file ${file} is not valid: ${z.prettifyError(result.error)}`);
  return result.data;
}

function assertUnique(what: string, codes: string[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new Error(`The built-in catalogue repeats the ${what} code "${code}".`);
    seen.add(code);
  }
}

/** Reads and cross-checks every catalogue file; a shipping mistake fails loudly at start. */
export function readCatalogueFiles(resourcesDir: string): CatalogueFiles {
  const dir = join(resourcesDir, 'catalogue');
  const files: CatalogueFiles = {
    manifest: readJson(dir, 'manifest.json', CatalogueManifest),
    domains: readJson(dir, 'domains.json', z.array(PolicyDomain)),
    codelists: readJson(dir, 'codelists.json', z.array(Codelist)),
    targetGroups: readJson(dir, 'target-groups.json', z.array(TargetGroup)),
    frameworks: readJson(dir, 'frameworks.json', z.array(Framework)),
    indicators: readJson(dir, 'indicators.json', z.array(Indicator)),
    profileSections: readJson(dir, 'profile-sections.json', z.array(ProfileSection)),
    countries: readJson(dir, 'countries.json', z.array(z.string().regex(/^[A-Z]{2}$/))),
  };
  assertUnique('domain', files.domains.map((d) => d.code));
  assertUnique('indicator', files.indicators.map((i) => i.code));
  assertUnique('framework item', files.frameworks.flatMap((f) => f.items.map((i) => i.code)));
  const domains = new Set(files.domains.map((d) => d.code));
  const items = new Set(files.frameworks.flatMap((f) => f.items.map((i) => i.code)));
  for (const indicator of files.indicators) {
    if (!domains.has(indicator.domain)) throw new Error(`Indicator ${indicator.code} names an unknown domain "${indicator.domain}".`);
    for (const item of indicator.frameworks) {
      if (!items.has(item)) throw new Error(`Indicator ${indicator.code} names an unknown framework item "${item}".`);
    }
  }
  return files;
}
