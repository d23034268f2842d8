// Who is told when the document service opens (or closes) a document: the review, QA, TM,
// termbase and team services reset their views then. Several of them load after the first
// paint, so one that comes late is told of the document already open.
import type { OpenDocument } from './document.js';

export type OpenListener = (doc: OpenDocument | undefined) => Promise<void> | void;

export class OpenListeners {
  private readonly listeners = new Set<OpenListener>();
  /** The document the listeners were last told of, and whether they are being told now. */
  private told?: OpenDocument;
  private telling = false;

  /**
   * Adds a listener; it is told at once of the document last told of when that is still the one
   * open (`openId`), unless the listeners are being told now (it is reached then anyway).
   */
  add(listener: OpenListener, openId: string | undefined): () => void {
    this.listeners.add(listener);
    const told = this.told;
    if (!this.telling && told && openId === told.doc.id) void listener(told);
    return () => this.listeners.delete(listener);
  }

  async tell(doc: OpenDocument | undefined): Promise<void> {
    this.told = doc;
    this.telling = true;
    try {
      // A listener added while this runs is reached too (a Set's iteration sees additions).
      for (const l of this.listeners) await l(doc);
    } finally {
      this.telling = false;
    }
  }
}
