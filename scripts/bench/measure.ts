/**
 * Runs one command and measures it: wall time, CPU time (user + system of the whole process
 * tree), the largest resident set of any one process, and the peak of the tree's summed resident
 * set. CPU and largest RSS come from GNU time when it is installed (`/usr/bin/time`), else from
 * the shell's `times` and /proc; the summed RSS is always sampled from /proc (Linux only).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 50;

export interface Measurement {
  exitCode: number;
  wallMs: number;
  /** User + system CPU of every process in the tree. */
  cpuMs: number;
  /** Peak resident set of the largest single process (what GNU time calls "Maximum resident set size"). */
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
  /** The executable's name (/proc/<pid>/comm), e.g. "node" or "pagefind". */
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
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  const useGnuTime = existsSync(GNU_TIME);
  const [program, programArgs] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]]
    : // `times` prints the shell's own CPU times, then its children's: "0m1.2s 0m0.3s".
      ['/bin/sh', ['-c', '"$@"; status=$?; times > "$0"; exit $status', timeFile, command, ...args]];
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(program, programArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
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
      const sampledMax = Math.max(0, ...[...processes.values()].map((process) => process.peakRssBytes));
      let cpuMs: number;
      let maxRss = sampledMax;
      const text = readFileSync(timeFile, 'utf8');
      rmSync(timeFile, { force: true });
      if (useGnuTime) {
        // GNU time may print a note ("Command exited with non-zero status") before the figures.
        const [, user, system, maxKib] = text.trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = (user! + system!) * 1000;
        maxRss = Math.max(sampledMax, maxKib! * 1024);
      } else {
        const seconds = (time: string) => {
          const [, minutes, secs] = /(\d+)m([\d.]+)s/.exec(time) ?? [];
          return Number(minutes) * 60 + Number(secs);
        };
        const [user, system] = (text.trim().split('\n')[1] ?? '').split(' ');
        cpuMs = (seconds(user ?? '') + seconds(system ?? '')) * 1000;
      }
      resolve({
        exitCode: code ?? 1,
        wallMs,
        cpuMs,
        maxRssBytes: maxRss,
        peakTreeRssBytes: Math.max(peakTreeRss, maxRss),
        logFile: options.logFile,
        processes: [...processes.values()],
      });
    });
  });
}
