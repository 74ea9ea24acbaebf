import type { Services } from 'i18next';
import { directionOf } from '../../../shared/domain/locales';

type NamedFormat = (value: unknown, lng: string | undefined, options: Record<string, unknown>) => string;

const firstIsolate = /^[\u2066\u2067\u2068]/;
const lastIsolate = /\u2069$/;

/**
 * Wraps a value in Unicode isolates (FSI … PDI) for a right-to-left language: inside an Arabic
 * sentence a number, a period such as 2024-S1, a code or a file name then keeps its own order
 * ("(1 234,5)" stays readable) instead of being reordered with the words around it. A value that
 * already carries its isolates (written by hand in a locale file or by `isolated()`) is left alone.
 */
export function isolatedFor(lng: string | undefined, value: string): string {
  if (lng === undefined || directionOf(lng) !== 'rtl' || value === '') return value;
  if (firstIsolate.test(value) && lastIsolate.test(value)) return value;
  return `\u2068${value}\u2069`;
}

/**
 * The formatter i18next runs on every interpolated value (with `interpolation.alwaysFormat`): the
 * one place where values are isolated, so no sentence can forget it. Named formats (`{{n, name}}`)
 * still work when added; the translations use none today.
 */
export function isolatingFormatter() {
  const formats = new Map<string, NamedFormat>();
  return {
    type: 'formatter' as const,
    init(_services: Services, _options: object): void {},
    add(name: string, format: NamedFormat): void {
      formats.set(name.toLowerCase().trim(), format);
    },
    addCached(name: string, make: (lng: string | undefined, options: Record<string, unknown>) => (value: unknown) => string): void {
      formats.set(name.toLowerCase().trim(), (value, lng, options) => make(lng, options)(value));
    },
    // Undefined stays undefined, so i18next still reports a value the caller forgot to give.
    format(value: unknown, format: string | undefined, lng: string | undefined, options: Record<string, unknown> = {}): string | undefined {
      if (value === undefined || value === null) return undefined;
      let text: unknown = value;
      for (const name of format?.split(',').map((f) => f.toLowerCase().trim()) ?? []) {
        const named = formats.get(name);
        if (named) text = named(text, lng, options);
      }
      if (typeof text !== 'string' && typeof text !== 'number') return typeof text === 'boolean' ? String(text) : undefined;
      return isolatedFor(lng, String(text));
    },
  };
}
