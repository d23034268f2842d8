// Analysis of a document against TMs, as CAT tools quote a job: segments and source size per
// band. A row goes to the best band it reaches: context (101 %) and exact (100 %) first, then a
// repetition of an earlier row of the document, then the fuzzy bands by score, else no match.
import { countUnits } from '../text/tokens.js';
import type { LangCode } from '../text/lang.js';
import { normalizeSpaces } from './tokens.js';
import { ANALYSIS_BANDS, type AnalysisBand, type TmMatch } from './types.js';

export interface AnalysisRow {
  source: string;
  prev?: string;
  next?: string;
}

export interface BandFigures {
  band: AnalysisBand;
  segments: number;
  /** Han characters and other words of the sources, counted as the grid header counts them. */
  cjkChars: number;
  words: number;
}

export interface Analysis {
  /** One entry per band of ANALYSIS_BANDS, in that order. */
  bands: BandFigures[];
  total: Omit<BandFigures, 'band'>;
}

/** The fuzzy band of a score (≥ 50), or 'none'. */
export function bandOfScore(score: number): AnalysisBand {
  if (score >= 101) return 'context';
  if (score >= 100) return 'exact';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return 'none';
}

/**
 * `lookupBest` gives a row's best match (any below 50 % counts as none). Empty rows are left out.
 */
export function analyze(
  rows: Iterable<AnalysisRow>,
  lookupBest: (row: AnalysisRow) => TmMatch | undefined,
  lang: LangCode,
): Analysis {
  const bands = new Map<AnalysisBand, BandFigures>(
    ANALYSIS_BANDS.map((band) => [band, { band, segments: 0, cjkChars: 0, words: 0 }]),
  );
  const seen = new Set<string>();
  const total = { segments: 0, cjkChars: 0, words: 0 };
  for (const row of rows) {
    const key = normalizeSpaces(row.source);
    if (!key) continue;
    const best = lookupBest(row);
    let band = bandOfScore(best?.score ?? 0);
    if (band !== 'context' && band !== 'exact' && seen.has(key)) band = 'repetition';
    seen.add(key);
    const { cjkChars, words } = countUnits(row.source, lang);
    const b = bands.get(band) as BandFigures;
    b.segments++;
    b.cjkChars += cjkChars;
    b.words += words;
    total.segments++;
    total.cjkChars += cjkChars;
    total.words += words;
  }
  return { bands: [...bands.values()], total };
}

export const BAND_LABELS_EN: Record<AnalysisBand, string> = {
  context: '101%',
  exact: '100%',
  repetition: 'Repetitions',
  '95-99': '95–99%',
  '85-94': '85–94%',
  '75-84': '75–84%',
  '50-74': '50–74%',
  none: 'No match',
};

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The analysis as CSV: one line per band and a total, with the header given (English default). */
export function analysisCsv(
  a: Analysis,
  labels: Record<AnalysisBand, string> = BAND_LABELS_EN,
  header: [string, string, string, string, string] = [
    'Band',
    'Segments',
    'Chinese characters',
    'Words',
    'Total',
  ],
): string {
  const lines = [header.slice(0, 4).map(cell).join(',')];
  for (const b of a.bands)
    lines.push([cell(labels[b.band]), b.segments, b.cjkChars, b.words].join(','));
  lines.push([cell(header[4]), a.total.segments, a.total.cjkChars, a.total.words].join(','));
  return lines.join('\r\n') + '\r\n';
}
