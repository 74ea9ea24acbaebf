import { z } from 'zod';
import { Dimension, Direction, Unit } from './catalogue';
import { lineText, longText } from './plain-text';

const optionalName = (max: number) => lineText(max).default('');
const optionalDefinition = (max: number) => longText(max).default('');

/**
 * A city's own indicator, beside the catalogue's. Its code is the city's code, a dot, and the code
 * the city chose (`tunis.LOCAL_DESKS`), so it can never clash with the catalogue or a peer city.
 * A name in one language is enough; the other languages show it until it is translated.
 */
export const CustomIndicatorInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'Use 2 to 40 capital letters, digits or underscores, starting with a letter.'),
    domain: z.string().min(1).max(40),
    unit: Unit,
    direction: Direction.default('none'),
    dimensions: z.array(Dimension).max(5).default([]),
    name: z.object({ en: optionalName(200), fr: optionalName(200), ar: optionalName(200) }).strict(),
    definition: z.object({ en: optionalDefinition(2000), fr: optionalDefinition(2000), ar: optionalDefinition(2000) }).strict().default({ en: '', fr: '', ar: '' }),
  })
  .strict()
  .refine((input) => input.name.en !== '' || input.name.fr !== '' || input.name.ar !== '', { message: 'Give the name in at least one language.', path: ['name'] });
export type CustomIndicatorInput = z.input<typeof CustomIndicatorInput>;
export type CustomIndicator = z.output<typeof CustomIndicatorInput>;
