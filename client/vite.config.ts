import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The local API (`npm start`) answers /graphql and, in development only, /dev/users.
const localApi = process.env.LOCAL_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  // Explicit, so `vite build client` and `vite build --config client/vite.config.ts` agree.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change less often than pages: a chunk of their own stays cached across deployments.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // Not react-dsfr's own dsfr/ scripts: they must run after startReactDsfr sets window.dsfr's mode.
            { name: 'dsfr', test: /node_modules[\\/]@codegouvfr[\\/]react-dsfr[\\/](?!dsfr[\\/])/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': localApi, '/dev': localApi } },
});
