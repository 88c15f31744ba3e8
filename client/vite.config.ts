import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** The API server the dev server forwards /api to (`npm run dev -w server` listens on 3000). */
const API_TARGET = process.env.ROUNDS_API_URL ?? 'http://localhost:3000';

const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\`)`;
const TEXT = String.raw`${STRING}(?:\s*\+\s*${STRING})*`;

/**
 * The contracts in shared/ carry their API documentation (route summaries, field descriptions) for the OpenAPI
 * document the server serves. The browser never reads it, so the client's bundle leaves that text out: only
 * string literals are dropped, and the server, which builds shared/ with SWC, keeps every word.
 */
function withoutApiDocs(): Plugin {
  const summary = new RegExp(String.raw`summary:\s*${TEXT}\s*,`, 'g');
  const describe = new RegExp(String.raw`\.describe\(\s*${TEXT}\s*,?\s*\)`, 'g');
  return {
    name: 'rounds-without-api-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/shared/src/') || !id.endsWith('.ts')) return null;
      const described = code.replace(describe, '');
      return {
        code: id.endsWith('/shared/src/api/routes.ts') ? described.replace(summary, "summary: '',") : described,
        map: null,
      };
    },
  };
}

export default defineConfig({
  plugins: [withoutApiDocs(), react()],
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
