import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The app is served by the API server from dist/ (one port). `npm run dev -w @chuhai/web` proxies
// /api to a server on 8787.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
})
