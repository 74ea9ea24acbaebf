import type { VerifiedBundle } from './read-bundle';

/**
 * The space of a peer city in this store: the only value the importer's writers take, made only
 * from a bundle that passed verification and trust. Nothing else in the core can name a peer's
 * space to write in, as nothing but the store can make an OwnCity (docs/data-model.md, rule 5).
 */
export class PeerSpace {
  private constructor(readonly code: string) {}

  static ofAdmitted(bundle: VerifiedBundle): PeerSpace {
    return new PeerSpace(bundle.manifest.sender.city);
  }
}
