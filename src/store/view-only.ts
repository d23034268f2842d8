// Which team projects this browser may only read, kept beside the team links in localStorage too,
// because that can be read synchronously: a viewer's document opens read-only from its first
// rows, before the team service (started after the first paint) has read the links.
const key = (workspace: string, projectId: string) => `bt.viewOnly.${workspace}.${projectId}`;

export function rememberViewOnly(workspace: string, projectId: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(key(workspace, projectId), '1');
    else localStorage.removeItem(key(workspace, projectId));
  } catch {
    // Storage full or refused: the team service still makes the document read-only, a moment later.
  }
}

export function viewOnlyHint(workspace: string, projectId: string): boolean {
  try {
    return localStorage.getItem(key(workspace, projectId)) === '1';
  } catch {
    return false;
  }
}
