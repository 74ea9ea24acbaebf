// Runs a child process and measures its wall time and peak memory from the outside.
//
// Peak RSS comes from polling /proc/<pid>/status every ~20 ms: VmHWM is the kernel's high-water
// mark of the resident set, so the last value read before the process exits is its peak (short of
// a spike in its very last few milliseconds). This needs nothing but Linux's /proc, unlike
// /usr/bin/time, which CI images often lack. When /usr/bin/time is there it wraps the child too,
// and its %M (the kernel's ru_maxrss, exact) is reported beside the polled figure as a cross-check.
// The VmRSS samples taken along the way are kept as a timeline, to tell flat memory from growth.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const timeBinary = '/usr/bin/time';
export const canPollProc = existsSync('/proc/self/status');

/** VmHWM and VmRSS of a live process in kB, or null once it has gone (a zombie has neither). */
function readMemory(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  const memory = { hwmKb: field('VmHWM'), rssKb: field('VmRSS'), anonKb: field('RssAnon'), fileKb: field('RssFile'), shmemKb: field('RssShmem') };
  return Number.isNaN(memory.hwmKb) || Number.isNaN(memory.rssKb) ? null : memory;
}

/**
 * The process /usr/bin/time started. The kernel lists a task's children in .../children (when
 * built with CONFIG_PROC_CHILDREN); otherwise every process's parent is read from /proc/N/stat.
 */
function childOf(pid) {
  try {
    const listed = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    if (listed !== '') return Number(listed.split(/\s+/)[0]);
  } catch {
    // Fall through to the scan below.
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: the parent pid is the 2nd field after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

/**
 * Runs `command args` to the end. `onLine(line, ms)` sees each stdout line as it arrives, with the
 * milliseconds since the start. Answers { code, wallMs, peakKb, atPeak, timeKb, timeline: [[ms, rssKb]…],
 * stdout, stderr }; peakKb is null where /proc cannot be read, timeKb where /usr/bin/time is absent.
 */
export function runMeasured(command, args, { cwd, env, onLine, intervalMs = 20, crossCheck = true, workDir } = {}) {
  const wrapped = crossCheck && existsSync(timeBinary) && workDir !== undefined;
  const timeOut = wrapped ? join(workDir, `time-${process.hrtime.bigint()}.txt`) : null;
  const [file, argv] = wrapped ? [timeBinary, ['-f', '%M', '-o', timeOut, command, ...args]] : [command, args];

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let target = wrapped ? null : child.pid;
    let peakKb = null;
    // The split of the largest resident set seen: anonymous (heaps: V8's, SQLite's page cache,
    // malloc) versus file-backed (the node binary and libraries, any mapped file).
    let atPeak = null;
    const timeline = [];
    const poll = () => {
      if (!canPollProc) return;
      if (target === null) target = childOf(child.pid);
      if (target === null) return;
      const memory = readMemory(target);
      if (!memory) return;
      peakKb = Math.max(peakKb ?? 0, memory.hwmKb);
      if (!atPeak || memory.rssKb > atPeak.rssKb) atPeak = memory;
      timeline.push([performance.now() - started, memory.rssKb]);
    };
    const timer = setInterval(poll, intervalMs);
    poll();

    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const at = performance.now() - started;
      stdout += chunk;
      if (!onLine) return;
      pending += chunk;
      let newline;
      while ((newline = pending.indexOf('\n')) >= 0) {
        onLine(pending.slice(0, newline), at);
        pending = pending.slice(newline + 1);
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      let timeKb = null;
      if (timeOut && existsSync(timeOut)) {
        // time writes "Command exited with non-zero status N" before the figure when the child fails.
        const figures = readFileSync(timeOut, 'utf8').trim().split('\n');
        const last = Number(figures.at(-1));
        timeKb = Number.isFinite(last) ? last : null;
        rmSync(timeOut, { force: true });
      }
      resolve({ code, signal, wallMs, peakKb, atPeak, timeKb, timeline, stdout, stderr });
    });
  });
}

/** The resident set at each tenth of the run (MB): flat means streaming, a ramp means accumulation. */
export function rssProfile(timeline, wallMs, steps = 10) {
  const points = [];
  for (let step = 1; step <= steps; step += 1) {
    const until = (wallMs * step) / steps;
    const before = timeline.filter(([ms]) => ms <= until);
    const last = before.at(-1);
    points.push(last ? Math.round(last[1] / 1024) : null);
  }
  return points;
}
