/** A stretch of one paragraph's text, as offsets: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A span in a given paragraph of an article; `paragraph` is the index into `article.paragraphs`. */
export interface ParagraphSpan extends TextSpan {
  paragraph: number;
}
