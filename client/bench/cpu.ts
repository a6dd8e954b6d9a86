/**
 * CPU time spent by the Chromium this process launched, read from /proc
 * (Linux): the renderer main threads (where the page's JavaScript, style,
 * layout and Cytoscape's canvas drawing run) and the GPU process (where
 * SwiftShader rasterises WebGL on a machine without a GPU). On a shared
 * machine wall-clock times swing with other people's work; CPU time much less.
 * Only processes descended from this one are counted, so other browsers on
 * the machine do not leak in. Returns null where /proc is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
  /** utime + stime of the process's main thread (tid = pid), ms. */
  mainMs: number;
  /** utime + stime of all its threads, ms. */
  totalMs: number;
}

function ms(stat: string, from: number): number {
  // Fields after "(comm) ": state is field 3; utime/stime are 14/15, cutime/cstime 16/17.
  const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(f[from]) + Number(f[from + 1])) * 1000) / TICKS_PER_SECOND;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const main = readFileSync(`/proc/${d}/task/${d}/stat`, 'utf8');
      out.push({ pid: Number(d), ppid, cmdline, mainMs: ms(main, 11), totalMs: ms(stat, 11) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

export interface BrowserCpu {
  /** Renderer main threads, ms. */
  rendererMainMs: number;
  /** The GPU process, all threads, ms. */
  gpuMs: number;
}

/** Per process of the browsers this process started: its kind and CPU so far. */
export type CpuReading = Map<number, { kind: 'renderer' | 'gpu'; ms: number }>;

/** CPU used so far by the browsers this process started, or null off Linux. */
export function readCpu(): CpuReading | null {
  if (!existsSync('/proc/self/stat')) return null;
  const all = processes();
  const parent = new Map(all.map((p) => [p.pid, p.ppid]));
  const mine = (pid: number) => {
    for (let at = parent.get(pid); at !== undefined && at > 1; at = parent.get(at)) if (at === process.pid) return true;
    return false;
  };
  const out: CpuReading = new Map();
  for (const p of all) {
    if (!p.cmdline.includes('--type=') || !mine(p.pid)) continue;
    if (p.cmdline.includes('--type=renderer')) out.set(p.pid, { kind: 'renderer', ms: p.mainMs });
    else if (p.cmdline.includes('--type=gpu-process')) out.set(p.pid, { kind: 'gpu', ms: p.totalMs });
  }
  return out;
}

/**
 * CPU used since an earlier reading by the processes alive now (a process
 * started since counts from zero; one that ended is left out: read before
 * closing pages).
 */
export function cpuSince(before: CpuReading | null): BrowserCpu | null {
  const now = readCpu();
  if (!before || !now) return null;
  const used: BrowserCpu = { rendererMainMs: 0, gpuMs: 0 };
  for (const [pid, p] of now) {
    const d = p.ms - (before.get(pid)?.ms ?? 0);
    if (p.kind === 'renderer') used.rendererMainMs += d;
    else used.gpuMs += d;
  }
  return used;
}
