/**
 * Runs one command and measures it from /proc (Linux): wall time, CPU time (user + system of
 * every process in its tree), the peak resident set of the largest process, and the peak of the
 * tree's summed resident sets. The tree is sampled every 50 ms. Sampling, rather than GNU time or
 * getrusage, also counts processes that outlive their parent: the Pagefind binary is never
 * waited for by Node, so rusage-based tools leave out its CPU and memory.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 50;

export interface Measurement {
  exitCode: number;
  wallMs: number;
  /** User + system CPU of every process in the tree (each to within one sampling interval). */
  cpuMs: number;
  /** Peak resident set of the largest single process (its VmHWM, what GNU time calls "Maximum resident set size"). */
  maxRssBytes: number;
  /** Peak of the summed resident sets of all the tree's processes at one moment (sampled). */
  peakTreeRssBytes: number;
  /** Where stdout and stderr went. */
  logFile: string;
  /** Every process of the tree seen while sampling, e.g. to time the Pagefind binary. */
  processes: ProcessSample[];
}

export interface ProcessSample {
  pid: number;
  /** The name /proc gives it: "MainThread" for Node 24, "pagefind_extend" for Pagefind (cut to 15 characters). */
  name: string;
  /** When it was first and last seen, in ms since the command started (to within the sampling interval). */
  firstSeenMs: number;
  lastSeenMs: number;
  /** User + system CPU at the last sample. */
  cpuMs: number;
  peakRssBytes: number;
}

/** Every descendant of `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.pop()!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean)) {
        found.push(Number(child));
        queue.push(Number(child));
      }
    }
  }
  return found;
}

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux the benchmark runs on. */
const TICKS_PER_SECOND = 100;

/** Name, resident set now and at its peak, and CPU so far of a process; undefined once it has exited. */
function readProcess(pid: number): { name: string; rss: number; hwm: number; cpuMs: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    // Fields after the parenthesised name: state is the 3rd field, utime the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return {
      name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
      rss: kib('VmRSS') * 1024,
      hwm: kib('VmHWM') * 1024,
      cpuMs: (ticks * 1000) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Measurement> {
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  let peakTreeRss = 0;
  const processes = new Map<number, ProcessSample>();
  const sample = () => {
    if (child.pid === undefined) return;
    const now = performance.now() - started;
    let total = 0;
    for (const pid of [child.pid, ...descendants(child.pid)]) {
      const state = readProcess(pid);
      if (!state) continue;
      total += state.rss;
      const seen = processes.get(pid);
      if (seen) {
        // A child first seen between fork and exec still bears its parent's name.
        seen.name = state.name;
        seen.lastSeenMs = now;
        seen.cpuMs = state.cpuMs;
        seen.peakRssBytes = Math.max(seen.peakRssBytes, state.hwm);
      } else {
        processes.set(pid, {
          pid,
          name: state.name,
          firstSeenMs: now,
          lastSeenMs: now,
          cpuMs: state.cpuMs,
          peakRssBytes: state.hwm,
        });
      }
    }
    peakTreeRss = Math.max(peakTreeRss, total);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      closeSync(log);
      const seen = [...processes.values()];
      resolve({
        exitCode: code ?? 1,
        wallMs,
        cpuMs: seen.reduce((sum, process) => sum + process.cpuMs, 0),
        maxRssBytes: Math.max(0, ...seen.map((process) => process.peakRssBytes)),
        peakTreeRssBytes: peakTreeRss,
        logFile: options.logFile,
        processes: seen,
      });
    });
  });
}
