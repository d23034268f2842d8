// The service worker (generated at build by vite-plugin-pwa with Workbox) keeps the app's files,
// so the page opens and reloads with no network; the data is in IndexedDB already. Registered
// after the first paint so that its downloads never compete with it; none in development.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
    // Private windows and some embedded browsers refuse it: the app works online as before.
    console.warn('No offline copy of the app:', e);
  });
}
