import { bundleRejections, type BundleRejectionCode } from '../../../shared/bundle/bundle-rejection';

/** A bundle refused, with the stable code of the first fault found and the words for it. */
export class BundleRejected extends Error {
  constructor(
    readonly code: BundleRejectionCode,
    readonly detail = '',
  ) {
    super(bundleRejections[code]);
    this.name = 'BundleRejected';
  }
}
