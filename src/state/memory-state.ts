// What the memory service (memory.ts) shows its readers: the TMs, the open project's links and
// serving, the active row's matches, the import, concordance, analysis and unit editor.
import type { Analysis } from '../core/tm/analyze.js';
import type { TmLinks, TmRecord } from '../store/index.js';
import type { TmConcordanceHit } from '../workers/tm-client.js';
import type { Job } from './jobs.js';
import type { MatchView } from './memory-fill.js';
import type { TmImportProblem, TmImportReport } from './memory-import.js';
import type { MatchOptions } from './memory-options.js';
import type { TmUnitSearch } from './memory-units.js';

/** How far the open project's TMs are from serving matches. */
export interface Serving {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Units handed to the Worker so far, of `total`. */
  loaded: number;
  total: number;
  /** From opening the project to the first match served, once ready. */
  ms: number;
}

export interface MemoryState {
  tms: readonly TmRecord[];
  /** What the open project reads and writes. */
  links?: TmLinks;
  serving: Serving;
  /** The active row's matches, best first. */
  matches: { rowId?: string; list: readonly MatchView[] };
  options: MatchOptions;
  importing: Job & {
    tm?: string;
    /** The TM's name as the import last saw it: the job still names a TM deleted meanwhile. */
    tmName?: string;
    units?: number;
    problem?: ImportProblem;
    file?: string;
  };
  imported?: TmImportReport;
  /** The last concordance search: the phrase, its hits (up to 100) and whether there are more. */
  concordance?: { phrase: string; hits: readonly TmConcordanceHit[]; more: boolean; ms: number };
  /** The last analysis of the open document. */
  analysis?: { docId: string; result: Analysis };
  /** The TM page's unit editor: the last search of one TM's units (memory-units.ts). */
  units?: TmUnitSearch;
}

/** Why an import stopped: the file's problems, or its TM deleted in another tab meanwhile. */
export type ImportProblem = TmImportProblem | { kind: 'tmDeleted' };
