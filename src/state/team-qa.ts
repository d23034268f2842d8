// A team project's quality-check settings are the project's, kept on its server and set by its
// owner (server/settings.ts). The checks run in the browser, offline too, so each device keeps a
// copy in its own store, which the QA service reads as it reads a local project's.
import {
  cleanQaSettings,
  sameQaSettings,
  type QaProjectSettings,
} from '../core/qa/project-settings.js';
import type { TeamLink } from '../store/team-links.js';
import type { Workspace } from '../store/index.js';
import { callProject } from './team-api.js';

/**
 * Brings the server's settings to this device; true when they differed (the store announces the
 * change, and the QA service follows). Throws offline, having changed nothing.
 */
export async function pullQaSettings(ws: Workspace, link: TeamLink): Promise<boolean> {
  const theirs = cleanQaSettings(await callProject<unknown>(link, '/qa-settings'));
  const ours = await ws.qa.settings(link.projectId);
  if (sameQaSettings(ours, theirs)) return false;
  await ws.qa.setSettings(link.projectId, theirs);
  return true;
}

/** The owner's change, on the server first (then for everyone); the settings as it kept them. */
export async function pushQaSettings(
  link: TeamLink,
  settings: QaProjectSettings,
): Promise<QaProjectSettings> {
  const kept = await callProject<unknown>(link, '/qa-settings', {
    method: 'PUT',
    body: JSON.stringify(settings),
  });
  return cleanQaSettings(kept);
}
