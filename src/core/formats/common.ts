// Small helpers shared by several formats.
import { CONFIRMED, STATUSES, type Pair, type Status } from '../model.js';
import type { Bitext, ExportOptions, ImportedDocument } from './types.js';
import { stripForbidden } from './xml-safety.js';

/** The documents to export, honouring `confirmedOnly`. */
export function exportedDocuments(doc: Bitext, opts: ExportOptions): ImportedDocument[] {
  if (!opts.confirmedOnly) return doc.documents;
  return doc.documents.map((d) => ({
    name: d.name,
    pairs: d.pairs.filter((p) => CONFIRMED.includes(p.status ?? 'new')),
  }));
}

/** A pair's text made safe for XML, with a warning per field that lost characters. */
export function xmlSafePair(p: Pair, where: string, warnings?: string[]): Pair {
  return {
    ...p,
    source: stripForbidden(p.source, { part: 'source', row: where }, warnings),
    target: stripForbidden(p.target, { part: 'target', row: where }, warnings),
    note:
      p.note === undefined
        ? undefined
        : stripForbidden(p.note, { part: 'note', row: where }, warnings),
  };
}

export function isStatus(s: string | undefined): s is Status {
  return (STATUSES as readonly string[]).includes(s ?? '');
}

/** Default status of an imported pair when the file says nothing. */
export function defaultStatus(target: string): Status {
  return target.trim() ? 'translated' : 'new';
}

/** TMX dates: YYYYMMDDThhmmssZ, always UTC. */
export function tmxDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function parseTmxDate(s: string | undefined): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se] = m.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}
