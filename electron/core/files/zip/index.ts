// The one zip reader of the codebase (security.md: hostile files): workbooks and bundles both read through it.
export { readZipDirectory, type ZipEntry } from './zip-directory';
export { streamZipEntry, type InflateBudget } from './zip-entry-stream';
export { ZipError, type ZipErrorCode } from './zip-error';
