import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The API server the dev server forwards /api to (`npm run dev -w server` listens on 3000). */
const API_TARGET = process.env.ROUNDS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Compile the shared contracts from source, so the client never waits for `npm run build -w shared`.
    alias: { '@rounds/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
      '/socket.io': { target: API_TARGET, changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json lists each chunk's static imports: tests/api/first-load.spec.ts sums the first load from it.
    manifest: true,
    // The call room's chunk carries LiveKit's client (about 180 kB gzipped); it loads only when a room opens.
    chunkSizeWarningLimit: 800,
  },
});
