// A document's confirmed rows into the project's write TM, for the memory service (memory.ts):
// on request (the Matches tab's button), and offered in a notice when a project made from a
// checked alignment opens. A row goes into the TM when it is confirmed; rows that were confirmed
// already when the project met the TM — an aligned text's checked rows, a file opened with its
// translations, a TM chosen later — are never there otherwise.
import type { TmLinks, TmRecord } from '../store/index.js';
import type { DocumentService } from './document.js';
import type { MemoryState } from './memory.js';
import type { NoticeService } from './notices.js';

/** What the memory service lends these functions. */
export interface RowsHost {
  doc: DocumentService;
  notices: NoticeService;
  state(): MemoryState;
  subscribe(listener: () => void): () => void;
  tm(id: string): TmRecord | undefined;
  importFile(tmId: string, name: string, bytes: Uint8Array, swap: boolean): Promise<void>;
  closed(): boolean;
}

/**
 * The open document's confirmed rows into the write TM as one import (progress in `importing`;
 * a pair already there is kept once, the newest). The notice sums it up.
 */
export async function addConfirmedRows(host: RowsHost): Promise<void> {
  const cur = host.doc.current;
  const { links, importing } = host.state();
  const tm = links && host.tm(links.write);
  if (!cur || !tm || importing.status === 'running') return;
  const { confirmedRowsFile } = await import('./memory-import.js');
  const file = await confirmedRowsFile(cur);
  if (file.rows === 0) {
    host.notices.info('memory.addRows.none');
    return;
  }
  // A TM serves both directions: one kept the other way round takes the rows swapped.
  await host.importFile(tm.id, file.name, file.bytes, tm.sourceLang !== cur.project.sourceLang);
  const after = host.state();
  if (after.importing.status === 'done' && after.imported?.file === file.name)
    host.notices.info(
      after.imported.duplicates ? 'memory.addRows.doneKept' : 'memory.addRows.done',
      {
        tm: tm.name,
        count: file.rows,
        added: after.imported.added,
        duplicates: after.imported.duplicates,
      },
    );
  else if (after.importing.status === 'failed')
    host.notices.show({ kind: 'error', key: 'memory.addRows.failed', params: { tm: tm.name } });
}

/**
 * After a project made from a checked alignment opens, its `count` confirmed rows: offered (a
 * notice with an action) to the TM new units go to, since an aligner's pairs are most often
 * meant for one. Nothing is written unless the user takes the offer.
 */
export async function offerConfirmedRows(host: RowsHost, count: number): Promise<void> {
  const project = host.doc.current?.project;
  if (!project || count === 0) return;
  // The links are set early while the project's TMs load; the offer waits for them only.
  const links = await new Promise<TmLinks | undefined>((resolve) => {
    const check = () => {
      const l = host.state().links;
      const gone = host.doc.current?.project !== project || host.closed();
      if (l?.projectId !== project.id && !gone) return;
      off();
      resolve(gone ? undefined : l);
    };
    const off = host.subscribe(check);
    check();
  });
  const tm = links && host.tm(links.write);
  if (!tm) return;
  host.notices.info(
    'memory.addRows.offer',
    { count, tm: tm.name },
    { key: 'memory.addRows.offerAction', run: () => addConfirmedRows(host) },
  );
}
