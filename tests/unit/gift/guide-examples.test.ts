import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatProblem } from '@/lib/content';
import { importGift } from '@/lib/gift';

import { loadSeedArticle, ROOT } from '../support/seed';

const guide = fs.readFileSync(path.join(ROOT, 'docs', 'authoring.md'), 'utf8');
const quoted = [...guide.matchAll(/^([\w-]+\.gift):\d+:\d+: warning: .*$/gm)].map((m) => [m[1] as string, m[0]] as const);

describe('docs/authoring.md on importing from Moodle', () => {
  it('quotes some warnings', () => {
    expect(quoted.length).toBeGreaterThan(0);
  });

  it.each(quoted)('%s: the warning quoted is the one the import gives', (file, line) => {
    const source = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'gift', file), 'utf8');
    const { warnings } = importGift(source, { article: loadSeedArticle(), file });
    expect(warnings.map((w) => formatProblem({ file, ...w.at, severity: 'warning', message: w.message }))).toContain(line);
  });
});
