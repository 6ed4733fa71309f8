// @ts-check
/**
 * Runs a command to the end and measures it: wall time, the memory of its
 * process tree (sampled from /proc) and, when GNU time is installed
 * (/usr/bin/time, Debian package "time"), the kernel's own figure for the
 * largest process in the tree ("Maximum resident set size").
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { watchTreeMemory } from './tree-memory.mjs';

const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} Measured
 * @property {number} wallMs
 * @property {number | null} code
 * @property {string} output      stdout and stderr, the last 64 KB
 * @property {number | null} treePeakKb   highest total RSS of the tree, sampled
 * @property {number | null} largestKb    highest RSS of one process: GNU time's, else sampled VmHWM
 */

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, memory?: boolean }} options
 * @returns {Promise<Measured>}
 */
export async function runMeasured(command, args, { cwd, env = process.env, memory = false }) {
  const timeFile = memory && fs.existsSync(GNU_TIME) ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'close-reader-time-')), 'time.txt') : null;
  const [file, argv] = timeFile ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watcher = memory && child.pid !== undefined ? watchTreeMemory(child.pid) : null;
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk.toString()).slice(-65536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  /** @type {number | null} */
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  const sampled = watcher?.stop() ?? { peakKb: null, largestKb: null };
  let largestKb = sampled.largestKb;
  if (timeFile) {
    const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))?.[1];
    if (reported) largestKb = Number(reported);
    fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
  }
  return { wallMs, code, output, treePeakKb: sampled.peakKb, largestKb };
}
