import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from the browser host's root and from focal://app/ in Electron: relative
// asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
