/**
 * The benchmark's results model: what one run measured at each corpus size, and the targets
 * judged from it. The CLI (benchmark.ts) fills it, targets.ts judges it, markdownReport.ts renders it, and
 * bench/results/latest.json stores it; this module only declares it, so none of them import
 * each other for the shape of the data.
 */
import type { CorpusSummary } from '../corpus/corpus.ts';
import type { DistStats, PageWeight } from './distStats.ts';
import type { ExtractionStats } from './extraction.ts';
import type { IngestReport } from './ingestLog.ts';
import type { describeMachine } from './machine.ts';
import type { Measurement } from './measure.ts';
import type { LanguageIndex } from './pagefindByLanguage.ts';
import type { ProfileSummary } from './profile.ts';
import type { SearchResult } from './search.ts';

export interface IngestStep extends Measurement {
  report: IngestReport | null;
}

export interface SizeResult {
  releases: number;
  corpus: CorpusSummary;
  ingest: {
    full: IngestStep & { releasesPerSecond: number };
    /** The same sources again: everything should be skipped by hash. */
    unchanged: IngestStep;
    /** One release added to the corpus, then ingest. */
    addOne: IngestStep;
  };
  build: Measurement & {
    articles: number;
    pages: number | null;
    pagefindSeconds: number | null;
    /** Where the Pagefind time came from: the integration's own log line, or a separate run. */
    pagefindSource: 'integration-log' | 'separate-run' | 'unavailable' | 'skipped';
    astroSecondsWithoutPagefind: number | null;
  };
  /**
   * The search index, built after Astro in a process of its own (`npm run search-index -- all`,
   * the site built with ARCHIVE_SEARCH_INDEX=off), so that its time and memory are its own.
   */
  searchIndex?: Measurement & { parts: IndexPartTiming[]; partSize: number | null };
  /** Ingest's reading of the releases against what the generator wrote. */
  extraction: ExtractionStats;
  dist: DistStats | null;
  /** With --pagefind-by-language: each locale's index built on its own. */
  pagefindByLanguage?: LanguageIndex[];
  /** Built without the search index: its projected memory is more than the machine has. */
  searchIndexSkipped?: SearchIndexSkip;
  pages: Record<string, PageWeight | null>;
  search: SearchResult | null;
  pipeline: { seconds: number; secondsPerRelease: number; peakRssMiB: number | null };
  /** With --profile: where the CPU of the full ingest and of the build went. */
  profiles?: { ingest: ProfileSummary | null; build: ProfileSummary | null };
}

/** One part of the search index, from the index step's log (`Indexed part en/03: …`). */
export interface IndexPartTiming {
  part: string;
  pages: number;
  seconds: number;
}

export interface SearchIndexSkip {
  /** The index step at this size (parts indexed at once), projected from `fromReleases`. */
  projectedMiB: number;
  fromReleases: number;
  locale: string;
  machineMiB: number;
}

export type TargetStatus = 'met' | 'missed' | 'not-measured';

export interface Target {
  id: string;
  target: string;
  status: TargetStatus;
  measured: string;
  /** Why it was missed (or why it could not be measured), from the figures. */
  cause?: string;
}

export interface BenchResults {
  generatedAt: string;
  machine: ReturnType<typeof describeMachine>;
  command: string;
  seed: string;
  sizes: SizeResult[];
  targets: Target[];
}
