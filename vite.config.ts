// index.html's Content-Security-Policy allows connect-src 'self' (Vite's dev client) and the team
// server, so the dev server needs no change to it.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * Modules the entry imports statically (transitively): what every visit loads first. They go
 * into one chunk. Left to itself, the bundler cut them into some 35 chunks, one per set of lazy
 * chunks sharing a module (many of a few hundred bytes), and a cold open spent its first 200 ms
 * on those requests; one chunk also compresses better (79.4 → 70.2 KB gzip).
 */
const firstVisit = new Set<string>();
function firstVisitModules(): Plugin {
  return {
    name: 'bt-first-visit',
    apply: 'build',
    buildEnd() {
      firstVisit.clear();
      const entry = [...this.getModuleIds()].find((id) => /\/src\/main\.ts$/.test(id));
      const stack = entry ? [entry] : [];
      while (stack.length) {
        const id = stack.pop()!;
        if (firstVisit.has(id)) continue;
        firstVisit.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    // Report sizes ourselves (scripts/bundle-size.mjs) with the gzip figure of what a first visit loads.
    reportCompressedSize: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'app', test: (id: string) => firstVisit.has(id) }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  plugins: [
    firstVisitModules(),
    // A service worker (Workbox) keeps the app's files, so the page opens and reloads with no
    // network: the data is in IndexedDB already. The app registers it after its first paint.
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json}'],
        globIgnores: ['**/*.map'],
        // The alignment lexicon (3 MB) is kept the first time an alignment fetches it.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /\.(tsv|bin)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'bt-lexicon', expiration: { maxEntries: 4 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new version waits until every tab of the old one is closed: an open tab never mixes
        // the code of two builds.
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
});
