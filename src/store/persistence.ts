// Asking the browser to keep our data (exempt from eviction under storage pressure).

export interface PersistenceResult {
  /** False when the browser has no StorageManager (then data may be evicted). */
  supported: boolean;
  persisted: boolean;
}

/** Asks for persistent storage unless already granted; returns what the browser decided. */
export async function requestPersistence(): Promise<PersistenceResult> {
  const sm = globalThis.navigator?.storage;
  if (!sm?.persist || !sm.persisted) return { supported: false, persisted: false };
  try {
    if (await sm.persisted()) return { supported: true, persisted: true };
    return { supported: true, persisted: await sm.persist() };
  } catch {
    return { supported: true, persisted: false };
  }
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const est = await globalThis.navigator?.storage?.estimate?.();
  return est ? { usage: est.usage ?? 0, quota: est.quota ?? 0 } : null;
}
