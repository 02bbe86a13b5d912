// Deterministic randomness for the hostile suite: the same seed gives the same requests every run,
// so a failure can be replayed exactly.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

export type Seeded = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T; text(length: number, alphabet?: string): string };

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

export function seeded(seed: number): Seeded {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const text = (length: number, alphabet = PRINTABLE) => Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join("");
  return { int, pick, text };
}
