import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkNamer } from './scripts/chunks.mjs';
import { prerenderStart } from './scripts/prerender.mjs';

const buildId = process.env.BUILD_ID ?? new Date().toISOString();
const resolve = {
  // the package's default entry is an ES5 build; the modern one is 40 % smaller
  alias: { 'workbox-window': 'workbox-window/build/workbox-window.prod.mjs' },
};
const define = { __BUILD_ID__: JSON.stringify(buildId) };

export default defineConfig({
  define,
  resolve,
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    manifest: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The first screen is what the entry imports; each screen family loads its own chunk and
        // the shared chunks it needs. Two on-demand tools are named here as wholes.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              // reading, checking and encrypting a backup file: loaded only when one is read or written
              name: 'validate',
              test: /src\/storage\/(backup\/(validate|read|values|crypt|compact)|schema\/(?!fields|clean))|node_modules\/zod\//,
            },
            {
              // the analyst export (table + Parquet writer) loads only when someone chooses it
              name: 'analyst',
              priority: 1,
              test: /src\/(features\/(data\/analyst|export\/(long-csv|parquet))|domain\/long-table)|node_modules\/(hyparquet|hyparquet-writer)\//,
            },
            {
              // the programme view (many networks pooled side by side) loads only when opened
              name: 'programme',
              priority: 1,
              test: /src\/(features\/programme\/|domain\/(programme|suppress)\.ts|content\/ui-programme)/,
            },
            // screen families and the chunks they share, from the import graph (scripts/chunks.mjs)
            { name: chunkNamer(), priority: -1 },
          ],
        },
      },
    },
  },
  plugins: [
    preact(),
    prerenderStart({ define, resolve }),
    {
      name: 'build-id-meta',
      transformIndexHtml: (html) => html.replace('%BUILD_ID%', buildId),
    },
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
      },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: './',
        name: 'Netzwerk-Check – Fachkräftenetzwerke für KMU',
        short_name: 'Netzwerk-Check',
        description:
          'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb? KMU-Check und Schnellcheck für Betriebe, Netzwerk-Selbstcheck für die Koordination – mit Empfehlungen aus Studien, offline, ohne Konto.',
        lang: 'de',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#0b5c63',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
});
