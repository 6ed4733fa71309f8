// @ts-check
/**
 * A small seeded random source (mulberry32), so a generated library is the
 * same on every machine and every run: no Math.random, no clock.
 */

/** @typedef {ReturnType<typeof createRandom>} Random */

/**
 * Mixes a seed and an index into one 32-bit seed, so article 7 of a library
 * is the same whether 10 or 1,000 articles are generated.
 * @param {number} seed
 * @param {number} index
 */
export function mixSeed(seed, index) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** @param {number} seed */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer from min to max, both included. */
  const int = (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1));
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T[]}
   */
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = /** @type {[T, T]} */ ([copy[j], copy[i]]);
    }
    return copy;
  };
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  const pick = (list) => /** @type {T} */ (list[int(0, list.length - 1)]);
  /**
   * n different items, in random order.
   * @template T
   * @param {readonly T[]} list
   * @param {number} n
   * @returns {T[]}
   */
  const sample = (list, n) => shuffle(list).slice(0, n);
  return { next, int, pick, shuffle, sample };
}
