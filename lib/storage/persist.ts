/**
 * Asks the browser not to evict Rapport's data under storage pressure. With
 * `unlimitedStorage` Chrome already treats it as persistent; Firefox may ask
 * the user. Only pages can ask (not the service worker), so pages call this
 * when they open; it is idempotent and cheap.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
