import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: one build served by Electron (file://) and by browser mode (http://127.0.0.1). */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
