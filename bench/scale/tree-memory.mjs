// @ts-check
/**
 * Samples the resident memory of a process and all its descendants from
 * /proc every 100 ms (Linux only). `peakKb` is the highest total seen (what
 * the machine had to hold at once, shared pages counted once per process);
 * `largestKb` is the highest VmHWM of any one process, which the kernel keeps
 * between samples. Without /proc both are null.
 */
import fs from 'node:fs';

const read = (/** @type {string} */ file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** Every live pid in the tree under `root`, root included. @param {number} root */
function treeOf(root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = read(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)?.push(Number(entry));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(/** @type {number} */ (tree[i])) ?? []));
  return tree;
}

const kb = (/** @type {string} */ status, /** @type {string} */ field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/**
 * @param {number} pid
 * @param {number} [intervalMs]
 * @returns {{ stop(): { peakKb: number | null, largestKb: number | null } }}
 */
export function watchTreeMemory(pid, intervalMs = 100) {
  if (!fs.existsSync('/proc/self/status')) return { stop: () => ({ peakKb: null, largestKb: null }) };
  let peakKb = 0;
  let largestKb = 0;
  const sample = () => {
    let total = 0;
    for (const member of treeOf(pid)) {
      const status = read(`/proc/${member}/status`);
      total += kb(status, 'VmRSS');
      largestKb = Math.max(largestKb, kb(status, 'VmHWM'));
    }
    peakKb = Math.max(peakKb, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakKb, largestKb };
    },
  };
}
