// Types of build-plan.mjs for the tests that check it (scripts/ are plain Node, not compiled).

/** Folders and files whose content decides what dist/ holds. */
export declare const buildInputs: readonly string[];
/** The esbuild bundles: options for esbuild's build(), paths relative to the repository. */
export declare const bundles: readonly import('esbuild').BuildOptions[];
/** What a complete build leaves behind. */
export declare const buildOutputs: readonly string[];
/** dist/.build-stamp, relative to the repository. */
export declare const stampFile: string;
/** Every input file under `root` (paths with forward slashes) with a hash of its content. */
export declare function inputHashes(root: string): Record<string, string>;
/** Whether dist/ under `root` was built from exactly these inputs, and if not, why. */
export declare function buildState(root: string, hashes?: Record<string, string>): { fresh: boolean; reason: string };
/** Records a finished build made from `hashes`. */
export declare function writeStamp(root: string, hashes: Record<string, string>): void;
