/** Builds the explorer into client/dist (npm run build:client); the API server serves it at /. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // No CDN, no remote fonts: everything ships in dist.
    assetsInlineLimit: 0,
  },
  server: {
    // `vite --config client/vite.config.ts` during development: the API runs separately.
    proxy: { '/graphql': process.env.ZONEGRAPH_API ?? 'http://127.0.0.1:4000' },
  },
});
