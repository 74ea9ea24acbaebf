import { z } from 'zod';
import { Labels } from '../../../shared/domain/labels';

/** A JSON text column holding a text per language. */
export const labelsColumn = z.string().transform((text) => Labels.parse(JSON.parse(text)));

/** A JSON text column holding a list of codes. */
export const codesColumn = <T extends z.ZodType>(item: T) => z.string().transform((text) => z.array(item).parse(JSON.parse(text)));
