import { formatProblem, type ContentProblem } from './problem';

/** A content file that cannot be used, with every error found in it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}
