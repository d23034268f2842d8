// The workspace side of import and export: a project read as a Bitext for the writers, and a
// project created from a parsed file. Loaded on demand with the dialogs.
import { bitextOf, importRows } from '../core/exchange.js';
import type { Bitext, ImportResult } from '../core/formats/types.js';
import type { Lang, Project, Segment } from '../core/model.js';
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

export interface ImportRequest {
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  result: ImportResult;
}

/**
 * A new project holding the file's pairs (every document of the file in one list of rows, see
 * importRows). If writing fails half-way the project is deleted again: a failed import leaves
 * the workspace as it was.
 */
export async function createFromImport(ws: Workspace, req: ImportRequest): Promise<string> {
  const rows = importRows(req.result);
  const { project, document } = await ws.projects.create({
    name: req.name,
    sourceLang: req.sourceLang,
    targetLang: req.targetLang,
  });
  try {
    await ws.segments.bulkCreate(document.id, rows);
  } catch (e) {
    await ws.projects.delete(project.id).catch(() => undefined);
    throw e;
  }
  return project.id;
}
