// Quality checks: ids are a contract (the command line prints them), findings are plain data
// worded by the UI from `qa.message.<check>` in locales/ and by the CLI in English.

export const CHECK_IDS = [
  'empty',
  'same-as-source',
  'untranslated-text',
  'number',
  'punctuation-width',
  'end-punctuation',
  'brackets',
  'quotes',
  'spacing',
  'repeated-word',
  'inconsistent-translation',
  'inconsistent-source',
  'tags',
  'term',
  'length',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning';

export interface QaRow {
  /** The segment's stable id (empty for rows that have none, e.g. on the command line). */
  id: string;
  source: string;
  target: string;
}

export interface Finding {
  /** 0-based index of the row in the rows checked. */
  row: number;
  rowId: string;
  check: CheckId;
  severity: Severity;
  /** Names what differs, for the message (e.g. { source: '1.2亿', target: '12 million' }). */
  params: Record<string, string | number>;
  /** Where in the target (UTF-16 offsets, end exclusive), when the finding has a place. */
  span?: [number, number];
}
