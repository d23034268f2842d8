// index.html's Content-Security-Policy allows connect-src 'self' (Vite's dev client) and the team
// server, so the dev server needs no change to it.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    // Report sizes ourselves (scripts/bundle-size.mjs) with the gzip figure of what a first visit loads.
    reportCompressedSize: false,
    manifest: true,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
