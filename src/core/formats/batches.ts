// What the XML formats hand out as they read: pairs in batches, each pair finished (labels counted,
// copies of the source unmarked) before it leaves, and a summary at the end.
import type { Pair } from '../model.js';
import { ImportFinisher } from './langs.js';
import type { FormatId, ImportResult, ImportedDocument } from './types.js';
import { xmlReader, type XmlSink } from './xml.js';

/** A run of pairs of one document; `document` is its index in the summary's documents. */
export interface DocumentPairs {
  document: number;
  name: string;
  pairs: Pair[];
  /**
   * The languages the file names for these pairs as it writes them ('' for none), before the
   * summary checks them against the text: a TM import refuses a wrong pair at the first batch
   * by these names (fr-CA, ja-JP), not by a guess from the script (French reads as English).
   */
  sourceLang?: string;
  targetLang?: string;
}
/** The pairs read since the last batch, in file order, grouped into runs by document. */
export type PairBatch = DocumentPairs[];

/** An ImportResult without the pairs, which went out in batches. */
export interface StreamSummary extends Omit<ImportResult, 'documents' | 'encoding'> {
  documents: { name: string; pairs: number }[];
}

export interface BatchOptions {
  /** Receives the pairs, about `batchSize` at a time; the last batch comes before the summary. */
  onBatch(batch: PairBatch): void;
  /** Default 1000. */
  batchSize?: number;
}

/** A format's reader: an XmlSink that turns elements into pairs, then a summary. */
export interface FormatReader extends XmlSink {
  /** After the document's end: the last batch out, the summary back. */
  finish(): StreamSummary;
}

export type ReaderFactory = (out: BatchOptions) => FormatReader;

export const DEFAULT_BATCH = 1000;

/** Collects the pairs of a format into batches. */
export class PairOutput {
  readonly documents: { name: string; pairs: number }[] = [];
  private batch: DocumentPairs[] = [];
  private size = 0;
  private readonly batchSize: number;
  private langs?: { sourceLang: string; targetLang: string };

  constructor(
    private readonly opts: BatchOptions,
    private readonly finisher: ImportFinisher,
  ) {
    this.batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  }

  /** Declares a document; returns its index. */
  addDocument(name: string): number {
    this.documents.push({ name, pairs: 0 });
    return this.documents.length - 1;
  }

  /** The languages the file names for the pairs pushed from now on. */
  declare(sourceLang: string, targetLang: string): void {
    if (this.langs?.sourceLang === sourceLang && this.langs.targetLang === targetLang) return;
    this.langs = { sourceLang, targetLang };
  }

  push(document: number, pair: Pair): void {
    this.finisher.add(pair);
    const doc = this.documents[document] as { name: string; pairs: number };
    doc.pairs++;
    let run = this.batch[this.batch.length - 1];
    if (
      run?.document !== document ||
      run.sourceLang !== this.langs?.sourceLang ||
      run.targetLang !== this.langs?.targetLang
    ) {
      run = { document, name: doc.name, pairs: [], ...this.langs };
      this.batch.push(run);
    }
    run.pairs.push(pair);
    if (++this.size >= this.batchSize) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.size = 0;
    this.opts.onBatch(batch);
  }

  /** The last batch out, the labels corrected: the summary of what was read. */
  finish(format: FormatId, sourceLang: string, targetLang: string, warnings: string[]) {
    this.flush();
    const summary: StreamSummary = {
      format,
      sourceLang,
      targetLang,
      warnings,
      documents: this.documents,
    };
    return this.finisher.finish(summary);
  }
}

/** Reads a whole text with a format's reader into one ImportResult. */
export function readWhole(text: string, file: string, reader: ReaderFactory): ImportResult {
  const documents: ImportedDocument[] = [];
  const format = reader({
    batchSize: Infinity,
    onBatch(batch) {
      for (const run of batch) {
        const doc = documents[run.document];
        if (!doc) documents[run.document] = { name: run.name, pairs: run.pairs };
        else for (const p of run.pairs) doc.pairs.push(p);
      }
    },
  });
  const xml = xmlReader(file, format);
  xml.write(text);
  xml.close();
  const summary = format.finish();
  return {
    ...summary,
    documents: summary.documents.map((d, i) => documents[i] ?? { name: d.name, pairs: [] }),
  };
}
