import fs from 'node:fs';
import path from 'node:path';

import type { ContentFile } from './check-library';

/** Every file in the content folders, as bytes, with paths from the repository root. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const folder of ['articles', 'sets']) {
    const dir = path.join(root, 'content', folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isFile()) files.push({ path: `content/${folder}/${name}`, bytes: fs.readFileSync(full) });
    }
  }
  return files;
}
