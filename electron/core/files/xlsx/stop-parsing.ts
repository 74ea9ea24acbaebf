/**
 * Thrown by a part reader that has read all it needs (the first rows of a sheet for a preview, the
 * shared strings those rows use): the package reader stops inflating the part and returns normally.
 */
export class StopParsing extends Error {
  constructor() {
    super('Enough of this part has been read.');
    this.name = 'StopParsing';
  }
}
