// The workspace side of export: a project read as a Bitext for the writers. Loaded on demand
// with the export dialog.
import { bitextOf } from '../core/exchange.js';
import type { Bitext } from '../core/formats/types.js';
import type { Project, Segment } from '../core/model.js';
import type { Workspace } from '../store/index.js';

/**
 * Every document of a project, in order. The open document's rows are taken as the editor shows
 * them, so an edit still waiting for autosave is exported too.
 */
export async function projectBitext(
  ws: Workspace,
  project: Project,
  open?: { docId: string; segments: readonly Segment[] },
): Promise<Bitext> {
  const docs = await ws.documents.list(project.id);
  const withRows = await Promise.all(
    docs.map(async (d) => ({
      name: d.name,
      segments: d.id === open?.docId ? open.segments : await ws.segments.all(d.id),
    })),
  );
  return bitextOf(project, withRows);
}
