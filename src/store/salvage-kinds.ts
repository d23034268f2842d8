// The kinds of record a salvage reads, in the order of a backup file. On its own so the app can
// name them without loading the salvage itself.

/** Every workspace has these stores. */
export const CORE_KINDS = [
  'projects',
  'documents',
  'segments',
  'revisions',
  'versions',
  'settings',
] as const;

/** Parts added later (termbases, QA data), each kept in the store of the same name. */
export const PART_KINDS = [
  'termbases',
  'termEntries',
  'projectTermbases',
  'qaIgnored',
  'qaSettings',
] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const SALVAGE_KINDS = [...CORE_KINDS, ...PART_KINDS] as const;
export type SalvageKind = (typeof SALVAGE_KINDS)[number];
