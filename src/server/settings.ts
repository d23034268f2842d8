// The project's quality-check settings: one set for the whole team, which its owner changes.
// Every member's device keeps a copy (the checks run in the browser, offline too) and fetches
// it again when told, when it comes back online and when the document opens.
import { cleanQaSettings, type QaProjectSettings } from '../core/qa/project-settings.js';
import type { TeamClaims } from '../core/team/index.js';
import { HttpError, type ApiDeps } from './http.js';
import { announce } from './versions.js';

export async function qaSettings(d: ApiDeps, project: string): Promise<QaProjectSettings> {
  const [p] = await d.sql.query<{ qa_settings: unknown }>(
    'SELECT qa_settings FROM team_projects WHERE id = $1',
    [project],
  );
  if (!p) throw new HttpError(404, 'no such project');
  const raw = typeof p.qa_settings === 'string' ? JSON.parse(p.qa_settings) : p.qa_settings;
  return cleanQaSettings(raw);
}

/**
 * The owner sets the project's checks: kept as cleaned (unknown checks and severities dropped,
 * as a device does when reading its own), written to each document's audit log and announced to
 * everyone in them.
 */
export async function setQaSettings(
  d: ApiDeps,
  c: TeamClaims,
  project: string,
  body: unknown,
): Promise<QaProjectSettings> {
  if (!c.owner) throw new HttpError(403, 'only the project’s owner changes its checks');
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'settings with `enabled` and `severity` are needed');
  const clean = cleanQaSettings(body);
  const updated = await d.sql.query(
    'UPDATE team_projects SET qa_settings = $2 WHERE id = $1 RETURNING id',
    [project, JSON.stringify(clean)],
  );
  if (!updated.length) throw new HttpError(404, 'no such project');
  const names = await d.sql.query<{ name: string }>(
    'SELECT name FROM team_documents WHERE project_id = $1',
    [project],
  );
  for (const { name } of names) {
    d.audit.record(name, { userId: c.sub, name: c.name, role: c.role }, 'qa-settings', {
      ...clean,
    });
    await announce(d, name, { type: 'qa-settings' });
  }
  return clean;
}
