// The Matches tab's options (lowest score, most matches), kept in this browser.
export interface MatchOptions {
  /** Lowest score shown (default 70). */
  min: number;
  /** Most matches shown (default 5, at most 9: Ctrl+1…9). */
  max: number;
}

const OPTIONS_KEY = 'bt.tm.options';
const DEFAULT_OPTIONS: MatchOptions = { min: 70, max: 5 };

export function loadOptions(): MatchOptions {
  try {
    const o = JSON.parse(
      localStorage.getItem(OPTIONS_KEY) ?? 'null',
    ) as Partial<MatchOptions> | null;
    const min = Number(o?.min);
    const max = Number(o?.max);
    return {
      min: min >= 0 && min <= 100 ? min : DEFAULT_OPTIONS.min,
      max: max >= 1 && max <= 9 ? Math.round(max) : DEFAULT_OPTIONS.max,
    };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export function saveOptions(options: MatchOptions): void {
  try {
    localStorage.setItem(OPTIONS_KEY, JSON.stringify(options));
  } catch {
    // Private mode: the choice lasts for this visit.
  }
}
