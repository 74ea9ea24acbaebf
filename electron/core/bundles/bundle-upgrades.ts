/**
 * The steps that read an older bundle format: each turns a manifest of version `from` into one of
 * `from + 1`, applied in order until the current version. Version 1 is the first format, so the list
 * is empty; a change to the format adds its step here, a test of it, and a section in
 * docs/bundle-format.md — never an edit of an earlier step.
 */
export interface ManifestUpgrade {
  from: number;
  upgrade(manifest: unknown): unknown;
}

export const manifestUpgrades: readonly ManifestUpgrade[] = [];

export function upgradeManifest(manifest: unknown, version: number, steps: readonly ManifestUpgrade[] = manifestUpgrades): unknown {
  let current = manifest;
  let at = version;
  for (const step of steps) {
    if (step.from !== at) continue;
    current = step.upgrade(current);
    at += 1;
  }
  return current;
}
