/**
 * A small seeded pseudo-random generator (mulberry32) for tests that draw random moments or inputs:
 * print the seed, and a failure reproduces with the same draws.
 */
export interface Prng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** A float in [low, high). */
  between(low: number, high: number): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** The same items in a random order (a new array). */
  shuffle<T>(items: readonly T[]): T[];
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    seed: seed >>> 0,
    next,
    between: (low, high) => low + next() * (high - low),
    below,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = below(i + 1);
        const a = out[i];
        const b = out[j];
        if (a === undefined || b === undefined) continue;
        out[i] = b;
        out[j] = a;
      }
      return out;
    },
  };
}

/**
 * The seed a test uses: the environment variable if set (to reproduce a failure), else `fallback`.
 * Accepts decimal or 0x-prefixed hexadecimal.
 */
export function seedFrom(variable: string, fallback: number): number {
  const raw = process.env[variable]?.trim();
  if (!raw) return fallback >>> 0;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${variable} must be an integer seed, not "${raw}"`);
  return value >>> 0;
}
