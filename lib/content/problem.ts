export type Severity = 'error' | 'warning';

/** One thing wrong with a content file, where it is, and how bad. */
export interface ContentProblem {
  /** The file's path from the repository root, like "content/sets/my-set.yaml". */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  severity: Severity;
  message: string;
  /** The field at fault, like "questions[3].answer", when there is one. */
  field?: string;
}

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

/** `path:line:column: severity: message`, as compilers and editors expect. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

export function byPosition(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

export const problem = (file: string, at: Position, severity: Severity, message: string, field?: string): ContentProblem =>
  field ? { file, ...at, severity, message, field } : { file, ...at, severity, message };

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
