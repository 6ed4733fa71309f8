// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
const config = {
  // Resolve next and react from the project's own node_modules, two levels up.
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
