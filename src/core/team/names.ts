// How team documents and invite links are named, so the server and every client agree.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isTeamId = (s: unknown): s is string => typeof s === 'string' && ID.test(s);

/** The Hocuspocus document name of document `docId` of team project `projectId`. */
export function documentName(projectId: string, docId: string): string {
  if (!isTeamId(projectId) || !isTeamId(docId))
    throw new Error('team ids are 1–64 of A–Z a–z 0–9 _ -');
  return `team.${projectId}.${docId}`;
}

export function parseDocumentName(name: string): { projectId: string; docId: string } | undefined {
  const m = /^team\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{1,64})$/.exec(name);
  return m ? { projectId: m[1], docId: m[2] } : undefined;
}

/**
 * The link an invited person opens: the app at `appUrl`, told which server to join and the
 * invite's code (a random, single-project secret; accepting it gives a token with its role).
 */
export function inviteLink(appUrl: string, serverUrl: string, code: string): string {
  const q = new URLSearchParams({ server: serverUrl, invite: code });
  return `${appUrl.replace(/#.*$/, '')}#/join?${q}`;
}

export function parseInviteLink(link: string): { serverUrl: string; code: string } | undefined {
  const hash = link.indexOf('#/join?');
  if (hash < 0) return undefined;
  const q = new URLSearchParams(link.slice(hash + '#/join?'.length));
  const serverUrl = q.get('server');
  const code = q.get('invite');
  return serverUrl && code ? { serverUrl, code } : undefined;
}
