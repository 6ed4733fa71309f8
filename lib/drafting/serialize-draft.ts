import { Document, isMap, isSeq } from 'yaml';

import type { DraftResult } from './draft-question-set';

export const SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/question-set.schema.json';
const DRAFT_LINE = '# DRAFT written by `npm run content:draft`: check, fix or delete every question, then rename the file without "-draft".';

/**
 * The draft as a question-set file: the schema line, a line saying it is a
 * draft, then YAML with every string in double quotes (so no quotation,
 * colon or "no" is misread), a blank line between questions and the
 * teacher's notes as comments above them.
 */
export function serializeDraft(draft: DraftResult, schemaLine = SCHEMA_LINE): string {
  const doc = new Document(draft.set);
  const questions = doc.get('questions', true);
  if (isSeq(questions)) {
    questions.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const id = String(item.get('id'));
      const comments: string[] = [];
      if (i === 0 && id.startsWith('who-said')) comments.push(' Who said it: one question per attributed quotation.');
      if (id === 'when-1') comments.push(' When: one question per date or time expression. Keep the ones worth asking.');
      const note = draft.notes[id];
      if (note) comments.push(` Check: ${note}`);
      if (comments.length > 0) item.commentBefore = comments.join('\n');
      item.spaceBefore = i > 0;
    });
  }
  const body = doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `${schemaLine}\n${DRAFT_LINE}\n${body}`;
}
