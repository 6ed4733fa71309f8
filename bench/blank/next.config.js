// @ts-check
const path = require('node:path');

/** @type {import('next').NextConfig} */
module.exports = {
  // Resolve next and react from the project's own node_modules, one level up.
  turbopack: { root: path.join(__dirname, '..', '..') },
  outputFileTracingRoot: path.join(__dirname, '..', '..'),
};
