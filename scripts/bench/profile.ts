/**
 * Where a step's CPU went, from the V8 CPU profile `node --cpu-prof` writes: the functions with
 * the most self time, and the most inclusive time (a function and what it calls). Enough to
 * name the cause of a slow step in the results; open the .cpuprofile in Chrome DevTools for more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileFrame {
  /** `functionName file:line`, the file shortened to its last three path segments. */
  frame: string;
  seconds: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  seconds: number;
  self: ProfileFrame[];
  inclusive: ProfileFrame[];
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  // tsx appends `?tsx-namespace=…` to module URLs, a different one in each worker thread:
  // without it, one function in several threads adds up to one frame.
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/\?.*$/, '')
    .split('/')
    .slice(-3)
    .join('/');
  // A regular expression's frame is named by its whole source: keep enough to recognise it.
  const name = (functionName || '(anonymous)').slice(0, 100);
  return `${name}${functionName.length > 100 ? '…' : ''} ${file}${file ? `:${lineNumber + 1}` : ''}`;
}

/** Frames that say nothing about the program: the profile's root and Node's module loader. */
const UNINFORMATIVE =
  /^\((root|program|idle)\)|^(evaluate|run) |modules\/esm|^\(anonymous\) $|per_context\/messageport|internal\/event_target/;

export function summariseProfile(profile: CpuProfile, file: string, top = 12): ProfileSummary {
  return summariseProfiles([profile], file, top);
}

/** One summary over several profiles: a process's threads (ingest's workers) each write one. */
export function summariseProfiles(
  profiles: readonly CpuProfile[],
  file: string,
  top = 12,
): ProfileSummary {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const sampleTime = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      sampleTime.set(id, (sampleTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    for (const [id, micros] of sampleTime) {
      total += micros;
      const node = byId.get(id);
      if (!node) continue;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + micros);
      // Each frame once per sample, however deep the recursion.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const ancestor = byId.get(at);
        if (!ancestor) break;
        const ancestorName = frameName(ancestor);
        if (seen.has(ancestorName)) continue;
        seen.add(ancestorName);
        inclusive.set(ancestorName, (inclusive.get(ancestorName) ?? 0) + micros);
      }
    }
  }
  const rank = (table: Map<string, number>): ProfileFrame[] =>
    [...table]
      .filter(([frame]) => !UNINFORMATIVE.test(frame))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, micros]) => ({
        frame,
        seconds: micros / 1e6,
        share: total > 0 ? micros / total : 0,
      }));
  return { file, seconds: total / 1e6, self: rank(self), inclusive: rank(inclusive) };
}

/** Summarise every .cpuprofile in a directory together (one per thread), if any. */
export function summariseProfileDirectory(dir: string): ProfileSummary | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  const profiles = files.map(
    (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile,
  );
  return summariseProfiles(
    profiles,
    `${dir} (${files.length} profile${files.length === 1 ? '' : 's'})`,
  );
}
