import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * The layers, and what each folder may import. Folders depend one way:
 * app/ → components/ → lib/, and inside lib/ and components/ in the order
 * below; a folder not listed for another may not be imported by it, and
 * import/no-cycle catches any cycle between modules the table lets through.
 * Outside its folder, a lib/ folder is imported only through its entry
 * module (`@/lib/<folder>`); inside, its modules import each other relatively.
 */
const layers = {
  'lib/text': [],
  'lib/ui': [],
  'lib/answers': ['text'],
  'lib/content': ['text', 'answers'],
  'lib/scoring': ['text', 'answers', 'content'],
  'lib/names': ['text'],
  'lib/check': ['text', 'answers', 'content', 'scoring', 'names'],
  'lib/library': ['content', 'check'],
  'lib/http': ['answers', 'content', 'scoring', 'library', 'hand-ins'],
  'lib/lti': ['answers', 'content', 'scoring', 'library', 'http', 'hand-ins'],
  'lib/quiz': ['text', 'answers', 'content'],
  'lib/results': ['text', 'answers', 'content', 'quiz'],
  'lib/hand-ins': ['answers', 'content', 'library', 'results'],
  'lib/reading-aids': ['text', 'answers', 'content', 'quiz', 'results'],
  'lib/authoring': ['text', 'content'],
  'lib/drafting': ['text', 'content', 'names'],
  'lib/gift': ['text', 'answers', 'content', 'check', 'authoring'],
  'components/article': [],
  'components/content': [],
  'components/reading-aids': ['article'],
  'components/site': ['reading-aids'],
  'components/library': ['site'],
  'components/quiz': ['article', 'reading-aids', 'site'],
  'components/reader': ['article', 'quiz'],
  'components/lti': ['site'],
  'components/hand-ins': [],
};

const folders = (root) => Object.keys(layers).filter((folder) => folder.startsWith(`${root}/`)).map((folder) => folder.slice(root.length + 1));

function restrictionsFor(folder) {
  const [root, name] = folder.split('/');
  const allowed = new Set(layers[folder]);
  const forbidden = folders(root).filter((other) => other !== name && !allowed.has(other));
  const patterns = [
    { group: ['@/app', '@/app/*'], message: 'app/ holds routes only: nothing imports from it.' },
    { group: ['@/lib/*/*'], message: 'Import a lib/ folder through its entry module: @/lib/<folder>.' },
    { group: [`@/${folder}`, `@/${folder}/*`], message: 'Inside a folder, import its modules relatively.' },
    ...forbidden.map((other) => ({ group: [`@/${root}/${other}`, `@/${root}/${other}/*`], message: `${folder} may not import ${root}/${other}: layers run one way (see eslint.config.mjs).` })),
  ];
  if (root === 'lib') patterns.push({ group: ['@/components', '@/components/*'], message: 'lib/ never imports components/.' });
  if (root === 'components' && name === 'article') patterns.push({ group: ['@/components/*'], message: 'The article is the lowest component layer.' });
  return { files: [`${folder}/**`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import/no-duplicates': ['error', { 'prefer-inline': true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(test|it|describe)$/]", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/*/*'], message: 'Import a lib/ folder through its entry module: @/lib/<folder>.' }] }],
    },
  },
  ...Object.keys(layers).map(restrictionsFor),
  globalIgnores(['**/.next/**', '**/.next-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/next-env.d.ts']),
]);
