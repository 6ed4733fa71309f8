/** A stretch of one paragraph's text, as offsets: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}
