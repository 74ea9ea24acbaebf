import { z } from 'zod';

/** A text in every interface language; catalogue names and definitions use it. */
export const Labels = z.object({
  en: z.string().min(1),
  fr: z.string().min(1),
  ar: z.string().min(1),
});
export type Labels = z.infer<typeof Labels>;
