import { extname, resolve } from 'node:path';
import { bundleExtension } from '../../shared/bundle/bundle-manifest';

/**
 * `.focal` files named on a command line: a double-click on Windows and Linux starts Focal (or
 * wakes the running one) with the file's path as an argument. Flags and the program's own path
 * are not files to open.
 */
export function bundleFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === bundleExtension)
    .map((arg) => resolve(workingDirectory, arg));
}

/** Where an opened file goes once the app can take it. */
export interface BundleTarget {
  /** The core's id for a file the host names (the interface never sees a path). */
  register(path: string): string;
  /** Shows the Exchange page's import preview for that id. */
  show(hash: string): void;
  /** Says why a file cannot be opened. */
  fail(path: string, message: string): void;
}

/**
 * Files the system asks Focal to open — from the command line, a second launch, or macOS's
 * `open-file`, which can come before the app is ready — are held until the window can show them,
 * then each opens the same verified import preview as a file chosen on the Receive tab. Nothing is
 * imported without the user's confirmation there.
 */
export class BundleOpener {
  private readonly waiting: string[] = [];
  private target: BundleTarget | null = null;

  open(path: string): void {
    if (this.target) this.deliver(this.target, path);
    else this.waiting.push(path);
  }

  ready(target: BundleTarget): void {
    this.target = target;
    for (const path of this.waiting.splice(0)) this.deliver(target, path);
  }

  private deliver(target: BundleTarget, path: string): void {
    let id: string;
    try {
      id = target.register(path);
    } catch (error) {
      target.fail(path, error instanceof Error ? error.message : String(error));
      return;
    }
    target.show(`#/exchange?open=${id}`);
  }
}
