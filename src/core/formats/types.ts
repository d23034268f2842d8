// Shared types of the import/export layer. Plain data only, so results cross a Worker boundary.
import type { Pair } from '../model.js';

export type FormatId =
  | 'tmx'
  | 'xliff12'
  | 'xliff2'
  | 'tsv'
  | 'csv'
  | 'html'
  | 'docx'
  | 'docx-target'
  | 'text'
  | 'text-target';

export interface EncodingGuess {
  /** A WHATWG encoding label: utf-8, utf-16le, utf-16be, gb18030, big5. */
  name: string;
  /** 0..1: 1 for a BOM or a declaration, lower for a statistical guess. */
  confidence: number;
  /** True when the caller may re-import with another encoding (no BOM decided it). */
  overridable: boolean;
}

export interface ImportedDocument {
  name: string;
  pairs: Pair[];
}

/** A bilingual document: what importers return and exporters take. */
export interface Bitext {
  /** BCP 47 tags as found in the file, corrected when the text's script contradicts them. */
  sourceLang: string;
  targetLang: string;
  documents: ImportedDocument[];
}

export interface ImportResult extends Bitext {
  format: FormatId;
  /** Things the user should know: skipped units, lying language labels, invalid states… */
  warnings: string[];
  encoding?: EncodingGuess;
}

export interface ImportOptions {
  /** Force a text encoding (a WHATWG label), overriding detection. */
  encoding?: string;
  /** Files above this many bytes are refused. Default 50 MB. */
  maxBytes?: number;
  /** Languages to assume when the file does not say (TSV/CSV/text). */
  sourceLang?: string;
  targetLang?: string;
}

export interface ExportOptions {
  /** Export only rows whose status counts as confirmed (translated, reviewed, approved). */
  confirmedOnly?: boolean;
  /** TSV/CSV/text: start with a UTF-8 BOM so Excel on Chinese Windows reads UTF-8. */
  bom?: boolean;
  /** TSV/CSV: prefix cells that a spreadsheet would run as formulas with `'` (default true). */
  formulaProtection?: boolean;
  /** DOCX bilingual table: add status and note columns (default: two columns only). */
  includeMeta?: boolean;
  /** Written into headers (TMX creationtoolversion…). */
  toolVersion?: string;
  /** Fixed "now" for reproducible output (ms since epoch). */
  now?: number;
  /** Receives one message per thing changed to make the output valid (e.g. removed characters). */
  warnings?: string[];
}

/** Every failure of an import or export: one readable message, the file, and the line if known. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(
      (file ? `${file}` : '') +
        (file && line !== undefined ? `:${line}` : '') +
        (file ? ': ' : '') +
        message,
    );
  }
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
