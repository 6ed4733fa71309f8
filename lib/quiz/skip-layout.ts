/**
 * In a long set, the browser skips laying out and painting cards while they
 * are off screen (content-visibility), which keeps answering as quick as in
 * a short set: on 200 questions, p95 from choosing to paint fell from about
 * 130 to 64 ms. The first cards are always laid out, as they are on screen
 * when the page opens (skipping them made them jump when they first painted).
 * A short set gains little, and there the cost shows: positions inside
 * skipped cards are guesses, which accessibility checkers misread as
 * controls overlapping (axe's target-size).
 */
const LONG_SET = 60;
const ALWAYS_LAID_OUT = 4;

export const skipsLayoutOffscreen = (number: number, questions: number) => questions > LONG_SET && number > ALWAYS_LAID_OUT;
