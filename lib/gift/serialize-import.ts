import { Document, isMap, isSeq } from 'yaml';

import { SCHEMA_COMMENT } from '@/lib/check';

import type { GiftImport } from './import-gift';

/**
 * The imported set as a question-set file: the schema line, a comment that
 * says where it came from and what is left to do, then YAML with every string
 * in double quotes (so no colon, "#" or "true" is misread) and, above each
 * question, the GIFT line it came from and what to check.
 */
export function serializeImport({ set, imported }: Pick<GiftImport, 'set' | 'imported'>, giftFile: string): string {
  const doc = new Document(set);
  const questions = doc.get('questions', true);
  if (isSeq(questions)) {
    questions.items.forEach((item, i) => {
      const from = imported[i];
      if (!isMap(item) || !from) return;
      item.commentBefore = [` ${giftFile} line ${from.line}`, ...from.notes.map((note) => ` Check: ${note}`)].join('\n');
      item.spaceBefore = i > 0;
    });
  }
  const header = [
    `# Imported from the Moodle GIFT file ${giftFile} by \`npm run content:import-gift\`.`,
    '# No question has evidence yet: quote the article under evidence: in each one, deal with every "# Check:",',
    '# then run `npm run content:check`.',
  ];
  return `${SCHEMA_COMMENT}\n${header.join('\n')}\n${doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`;
}
