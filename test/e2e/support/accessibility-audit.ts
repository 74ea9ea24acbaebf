import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { Result } from 'axe-core';

/** The impacts that fail a test: a person using a screen reader, a keyboard or low vision is blocked or seriously hindered. */
const failingImpacts: ReadonlySet<string> = new Set(['serious', 'critical']);

/** How long the screen must stay unchanged before it is checked, and the longest wait for that. */
const quietMs = 250;
const settleLimitMs = 3_000;

/** One serious or critical axe finding, with the screen it was seen on. */
export interface AccessibilityFinding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on each distinct screen a test shows: whenever the address (the hash route) or the
 * interface language changes, once the screen has settled, and again on the final state at the
 * end of the test. Tests may also call check() at a state worth a look of its own (an open dialog,
 * a step of a form) that changes neither.
 */
export class AccessibilityAudit {
  readonly findings: AccessibilityFinding[] = [];
  private readonly seen = new Set<string>();
  private readonly reported = new Set<string>();
  // Checks run one after another: axe refuses to run twice at once in the same page.
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly page: Page) {}

  /** Starts watching the page for new screens; call before the test opens its first address. */
  async watch(): Promise<void> {
    this.page.on('framenavigated', (frame) => {
      if (frame === this.page.mainFrame()) this.schedule();
    });
    // The language switch changes no address: the page reports a new lang on <html> itself.
    await this.page.exposeBinding('__focalLanguageChanged', () => this.schedule());
    await this.page.addInitScript(() => {
      const announce = () => {
        const report: unknown = Reflect.get(window, '__focalLanguageChanged');
        if (typeof report === 'function') report();
      };
      new MutationObserver(announce).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
  }

  /** Checks the page as it is now under the given name, even if an equal address was checked before. */
  check(screen: string): Promise<void> {
    return this.enqueue(async () => {
      await this.settle();
      await this.analyze(screen);
    });
  }

  /** Waits for the checks still running, then checks the state the test ends on. */
  async finish(): Promise<void> {
    if (this.page.isClosed()) return this.queue;
    await this.enqueue(async () => {
      await this.settle();
      await this.analyze(`${await this.screenName()} (end of test)`);
    });
  }

  private schedule(): void {
    void this.enqueue(async () => {
      await this.settle();
      const screen = await this.screenName();
      if (this.seen.has(screen)) return;
      this.seen.add(screen);
      await this.analyze(screen);
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step).catch((error: unknown) => {
      // The test moved on while a check ran (a reload, a closed page): that screen is gone, the next one is checked.
      if (!isGoneError(error)) throw error;
    });
    // A real failure reaches the caller of check(); the queue itself stays usable.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async screenName(): Promise<string> {
    return this.page.evaluate(() => `${document.documentElement.lang || '?'} ${window.location.hash.split('?')[0] || '#/'}`);
  }

  /** Waits for the document to load and for the interface to stop changing (data arriving, React rendering). */
  private async settle(): Promise<void> {
    if (this.page.isClosed()) throw new Error('Target page, context or browser has been closed');
    await this.page.waitForLoadState('load');
    await this.page.evaluate(
      ({ quiet, limit }) =>
        new Promise<void>((resolve) => {
          let timer = setTimeout(done, quiet);
          const observer = new MutationObserver(() => {
            clearTimeout(timer);
            timer = setTimeout(done, quiet);
          });
          const deadline = setTimeout(done, limit);
          function done() {
            observer.disconnect();
            clearTimeout(timer);
            clearTimeout(deadline);
            resolve();
          }
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }),
      { quiet: quietMs, limit: settleLimitMs },
    );
  }

  private async analyze(screen: string): Promise<void> {
    // Legacy mode runs axe inside the page itself. The default mode opens a blank page in the
    // browser context for every check, which tests counting pages or waiting for a new one would see;
    // Focal draws no frames, so the cross-frame support the default mode adds is not needed.
    const results = await new AxeBuilder({ page: this.page }).setLegacyMode(true).analyze();
    for (const violation of results.violations) this.record(screen, violation);
  }

  private record(screen: string, violation: Result): void {
    const impact = violation.impact ?? 'unknown';
    if (!failingImpacts.has(impact)) return;
    const targets = violation.nodes.map((node) => node.target.map(String).join(' >> '));
    // The same element failing the same rule on several screens is one problem: report it once.
    const fresh = targets.filter((target) => !this.reported.has(`${violation.id} ${target}`));
    if (fresh.length === 0) return;
    for (const target of fresh) this.reported.add(`${violation.id} ${target}`);
    this.findings.push({ screen, rule: violation.id, impact, help: violation.help, targets: fresh });
  }
}

function isGoneError(error: unknown): boolean {
  return error instanceof Error && /closed|Execution context was destroyed|navigat|Target crashed/i.test(error.message);
}

/** The findings as lines a person can act on, the longest target lists shortened. */
export function describeFindings(findings: readonly AccessibilityFinding[]): string[] {
  return findings.map((finding) => {
    const shown = finding.targets.slice(0, 5).join(', ');
    const more = finding.targets.length > 5 ? ` and ${finding.targets.length - 5} more` : '';
    return `[${finding.screen}] ${finding.rule} (${finding.impact}): ${finding.help} — ${shown}${more}`;
  });
}

/** Attaches the full findings to the test report, where every target is listed. */
export async function attachFindings(testInfo: TestInfo, findings: readonly AccessibilityFinding[]): Promise<void> {
  if (findings.length === 0) return;
  await testInfo.attach('accessibility-findings.json', { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
}
