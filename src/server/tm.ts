// The TM a project was shared with, for its members. The server keeps the TMX as it came and
// never parses it: each member's device imports it with its own TMX reader, as any TMX file.
import type { SharedTm } from '../core/team/index.js';
import { HttpError, type ApiDeps } from './http.js';

/** Null when the project was shared without one (not a 404: having none is no failure). */
export async function sharedTm(d: ApiDeps, project: string): Promise<SharedTm | null> {
  const [p] = await d.sql.query<{
    tm_name: string | null;
    tm_units: number | null;
    tm_tmx: string | null;
  }>('SELECT tm_name, tm_units, tm_tmx FROM team_projects WHERE id = $1', [project]);
  if (!p) throw new HttpError(404, 'no such project');
  if (p.tm_tmx === null) return null;
  return { name: p.tm_name ?? '', units: Number(p.tm_units ?? 0), tmx: p.tm_tmx };
}
