export interface ContentIssue {
  /** Where in the file's data the problem is, like "questions.3.answer"; empty for the whole file. */
  path: string;
  message: string;
}

/** A content file that cannot be used, with every problem found in it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly ContentIssue[],
  ) {
    super(issues.map((issue) => `${file}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join('\n'));
    this.name = 'ContentError';
  }
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
