// Builds the web workspace into dist/web, which `communique serve` serves at `/`.
// No inline scripts (the server's CSP forbids them), no module-preload polyfill, nothing from a CDN.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: '/',
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: {
    // `vite` in web/ during development: the API comes from a running `communique serve`.
    proxy: { '/api': process.env.COMMUNIQUE_API ?? 'http://127.0.0.1:8080' },
  },
})
