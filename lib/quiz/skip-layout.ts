/**
 * Cards the browser need not lay out or paint while they are off screen
 * (content-visibility), so the first paint and the first interactions of a
 * set page cost what its first screen costs, not what all its questions cost.
 *
 * - The first cards are always laid out: they are on screen when the page
 *   opens (skipping them made them jump when they first painted).
 * - In a set of up to 60 questions, the rest are laid out a few at a time
 *   while the browser is idle once the page is up (see LayOutWhenIdle). By
 *   then the page has painted and answers, and afterwards positions are real
 *   everywhere: scrolling lays out nothing, and accessibility checkers, which
 *   misread positions inside skipped cards as overlapping controls (axe's
 *   target-size), see the page as it is.
 * - A longer set keeps skipping for good: on 200 questions, laying out every
 *   card made each answer slow to paint (p95 about 130 ms at 4× slowdown,
 *   against under 50).
 */
const LONG_SET = 60;
const ALWAYS_LAID_OUT = 4;

export const skipsLayoutOffscreen = (number: number) => number > ALWAYS_LAID_OUT;

export const laysOutWhenIdle = (questions: number) => questions <= LONG_SET;

/**
 * How long one idle period may spend laying out skipped cards, in
 * milliseconds: cards are laid out one at a time until it is spent, so a fast
 * computer does several at once and a slow phone one. Lighthouse counts four
 * times what a task takes on the machine it runs on, and a task over 50 ms as
 * blocking: kept this short, no step ever blocks.
 */
export const LAYOUT_MS_PER_IDLE_PERIOD = 4;
