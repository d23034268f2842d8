import { defineConfig, type Plugin } from 'vite';

/**
 * The built app connects nowhere, so index.html's Content-Security-Policy has no connect-src;
 * under `npm start` Vite's client needs its websocket and pings back to the dev server ('self'
 * matches ws: to the same host and port).
 */
function devServerConnect(): Plugin {
  const csp = /(http-equiv="Content-Security-Policy"\s+content=")/;
  return {
    name: 'bt-csp-dev-connect',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!csp.test(html)) throw new Error('index.html has no Content-Security-Policy meta');
      return html.replace(csp, "$1connect-src 'self'; ");
    },
  };
}

export default defineConfig({
  plugins: [devServerConnect()],
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
