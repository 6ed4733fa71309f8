import { PLATFORMS_FILE, platformSchema, platformsFileSchema, type Platform, type ContentProblem } from '@/lib/content';

import type { KnownKeys } from './explain-issue';
import { parseYamlSource, validateYaml } from './yaml-source';

const platformKnownKeys: KnownKeys = (path) => (path.length === 0 ? ['platforms'] : path.length === 2 && path[0] === 'platforms' ? Object.keys(platformSchema.shape) : []);

/**
 * Checks content/lti/platforms.yaml, the learning platforms that may launch
 * Close Reader (docs/lti.md): its problems placed like every other file's, and
 * the platforms when the file is sound.
 */
export function checkPlatforms(text: string, file = PLATFORMS_FILE): { platforms: Platform[] | undefined; problems: ContentProblem[] } {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.some((p) => p.severity === 'error')) return { platforms: undefined, problems };
  const { data, problems: schemaProblems } = validateYaml(source, platformsFileSchema, platformKnownKeys);
  return { platforms: data?.platforms, problems: [...problems, ...schemaProblems] };
}
