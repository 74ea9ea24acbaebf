import { describe, expect, it } from 'vitest';
import { pageRules } from '../../renderer/src/features/profile/report/page-rules';

const words: Record<string, string> = { 'report.pageOf': 'Page {{page}} of {{pages}}' };
const t = (key: string, options?: Record<string, string | number>) =>
  (words[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));

describe('the printed page rules', () => {
  it('number every page but the cover in the page footer, with the running header above', () => {
    const css = pageRules('en', t, 'Tunis · Migration profile');
    expect(css).toContain('@bottom-center { content: "Page " counter(page, decimal) " of " counter(pages, decimal);');
    expect(css).toContain('@top-center { content: "Tunis · Migration profile";');
    expect(css).toMatch(/@page :first \{ @top-center \{ content: none; \} @bottom-center \{ content: none; \} \}/);
  });

  it('keep a city name from breaking out of the CSS string or the style element', () => {
    const css = pageRules('en', t, 'A "quoted" \\ city </style><script>');
    expect(css).toContain('content: "A \\"quoted\\" \\\\ city \\3c /style>\\3c script>";');
    expect(css).not.toContain('</style>');
  });

  it('write right to left, with the digits Intl uses for the language', () => {
    const arabic = (key: string, options?: Record<string, string | number>) => (key === 'report.pageOf' ? `الصفحة ${String(options?.page)} من ${String(options?.pages)}` : key);
    const css = pageRules('ar', arabic, 'تونس');
    const digits = new Intl.NumberFormat('ar').resolvedOptions().numberingSystem === 'arab' ? 'arabic-indic' : 'decimal';
    expect(css).toContain(`content: "الصفحة " counter(page, ${digits}) " من " counter(pages, ${digits});`);
    expect(css).toContain('direction: rtl;');
  });
});
