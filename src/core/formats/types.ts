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

/**
 * Every kind of refused file, with the names of the params it carries. The UI words a failure
 * from these (`formatError.<code>` in locales/, placeholders = params), never from the English
 * message, which is kept for the CLI and logs.
 */
export const FORMAT_ERRORS = {
  empty: [],
  /** Sizes in bytes. */
  'too-large': ['size', 'limit'],
  /** `supported`: the known extensions, comma-separated. */
  'unsupported-type': ['ext', 'supported'],
  /** The extension names one format, the content is another (`found`: ZIP, XML, TMX…). */
  'content-mismatch': ['ext', 'found'],
  /** The extension names an XML format, the content is not XML at all. */
  'not-xml': ['ext'],
  /** XML whose root is neither TMX nor XLIFF. */
  'unknown-xml': [],
  'not-tmx': ['element'],
  'not-xliff': ['element'],
  'not-tbx': ['element'],
  /** A required child is missing: `<parent>` without `<element>`. */
  'missing-element': ['element', 'parent'],
  'no-root': [],
  'malformed-xml': [],
  'xml-control-char': [],
  entity: [],
  doctype: [],
  'too-deep': ['depth'],
  /** An HTML file that is not well-formed XHTML (only the workbench's own tables are read). */
  'not-xhtml': [],
  'no-table': [],
  'not-docx': [],
  /** `limit` in bytes. */
  'zip-bomb': ['limit'],
  'unknown-encoding': ['encoding'],
  'no-bom': ['encoding'],
  'not-text': [],
  'binary-nul': [],
  'binary-control': [],
  'unclosed-quote': [],
  /** `format`: CSV or TSV. */
  'no-target-column': ['format'],
  /** A glossary (TSV/CSV) without a column of terms. */
  'no-term-column': ['format'],
  /** A TMX or XLIFF given where one language's text was asked for (`format`: TMX, XLIFF). */
  'bilingual-file': ['format'],
} as const satisfies Record<string, readonly string[]>;

export type FormatErrorCode = keyof typeof FORMAT_ERRORS;

/** The data a code's message is worded from; one object type per code. */
export type FormatErrorParams<C extends FormatErrorCode = FormatErrorCode> =
  C extends FormatErrorCode ? { [K in (typeof FORMAT_ERRORS)[C][number]]: string | number } : never;

/**
 * Every failure of an import or export: a stable code and its params for the UI, one readable
 * English message for the CLI and logs, the file, and the line if known.
 */
export class FormatError<C extends FormatErrorCode = FormatErrorCode> extends Error {
  override name = 'FormatError';
  constructor(
    readonly code: C,
    readonly params: FormatErrorParams<C>,
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
