import type { ImageCaption } from './read-page-lines';

/** What readPlainArticle reads from a pasted article, each field with the line it came from. */
export interface SourceLine {
  /** 1-based line number in the text. */
  line: number;
  text: string;
}

export interface Doubt {
  line: number;
  note: string;
  /** A doubt about the date that another line of the text may settle: dropped once a full date is read. */
  untilDated?: boolean;
}

export interface PlainArticle {
  /** Empty when the text is empty or no line reads as a headline. */
  title: string;
  dek?: string;
  author?: string;
  /** YYYY-MM-DD. */
  published?: string;
  publication?: string;
  url?: string;
  /** The line a date was read from, whether or not it could be used. */
  dateLine?: SourceLine & { ambiguous: boolean };
  image?: ImageCaption;
  /** A name the text points to without a byline, like "Follow Rachel Cheung on Twitter". */
  authorHint?: string;
  paragraphs: string[];
  /** Where each field was read, and the line each paragraph starts on. */
  lines: { title?: number; dek?: number; author?: number; publication?: number; url?: number; paragraphs: number[] };
  dropped: (SourceLine & { reason: string })[];
  doubts: Doubt[];
}
