/**
 * A photo caption line: "CAPTION TEXT. PHOTO: CREDIT", "Caption (Photo: Credit)"
 * or "Photo: Credit" alone. The keyword must be written "PHOTO", "Photo",
 * "PHOTOGRAPH" or "Photograph" (optionally followed by "credit") and end in a
 * colon, so a sentence that merely mentions a photo is not taken for a caption.
 * The caption's words are kept as written.
 */
export interface ImageCaption {
  /** Empty when the line holds only a credit. */
  caption: string;
  credit: string;
}

const CAPTION = /^(.*?)\s*\(?\b(?:PHOTO(?:GRAPH)?|Photo(?:graph)?)(?:\s+(?:CREDIT|[Cc]redit))?\s*:\s*([^()]+?)\s*\)?$/;

export function readCaption(line: string): ImageCaption | null {
  const match = CAPTION.exec(line.trim());
  if (!match) return null;
  const caption = (match[1] ?? '').trim();
  const credit = (match[2] ?? '').trim();
  if (credit.length === 0 || credit.length > 80 || credit.split(/\s+/).length > 10) return null;
  return { caption, credit };
}
