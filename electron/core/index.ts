/** The core's public face: hosts (main, host, cli) import from here and nowhere else in core. */
export { openCore, type Core, type CoreOptions } from './core';
export type { Dispatch } from './dispatch';
export { StoreOpenError } from './errors';
export { defaultDataDir, dataPaths, type DataPaths } from './paths';
export { newHostToken, rememberedHostAddress, rememberHostAddress, type HostAddress } from './host-address';
export { copyFileAtomic, writeFileAtomic } from './files/atomic-write';
export { BundleRejected } from './bundles/bundle-rejected';
export { openBundle, type VerifiedBundle } from './bundles/read-bundle';
