import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { compression } from 'vite-plugin-compression2';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const api = process.env.GONGKAI_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [
    vue(),
    // each text file also as .br and .gz beside it, served as they are to browsers that take them
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
    // Element Plus components (and their styles) are imported on demand, per use.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false, dirs: [] }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
  },
  optimizeDeps: {
    // Pre-bundle what on-demand imports would otherwise discover one page at a time in dev.
    include: [
      'vue',
      'vue-router',
      'pinia',
      'vue-i18n',
      '@urql/vue',
      '@casl/vue',
      '@casl/ability',
      '@casl/ability/extra',
      '@element-plus/icons-vue',
      'element-plus/es',
      'element-plus/es/components/*/style/css',
    ],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/files': { target: api, changeOrigin: false },
      // the printable .docx of an issued document
      '^/documents/[^/]+/docx$': { target: api, changeOrigin: false },
      // the written notice (.docx) of a meeting's invitee
      '^/meetings/invitees/[^/]+/notice$': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The shared package holds constants and pure functions only: what no page of a chunk uses is not
      // in it (the catalogue of error codes is fetched on first need, see src/api/client.ts).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]shared[\\/]src[\\/]/.test(id) },
      output: {
        // The messages fetched apart are each one chunk of those files only: what they import (the shared
        // labels) stays where the pages have it. (Element Plus's English is its built-in default.)
        codeSplitting: {
          groups: [
            // what the entry needs before the first page (Vue, the router, the client, Chinese, Element
            // Plus's core) is one chunk, which compresses better than the dozens it would otherwise be
            { name: 'app', tags: ['$initial'] },
            // the words of the modules' pages in Chinese, fetched in one request before the first opens
            { name: 'messages-zh', includeDependenciesRecursively: false, test: /[\\/]messages\.zh\.ts$/ },
            // English, in one request when a user chooses it
            { name: 'messages-en', includeDependenciesRecursively: false, test: /([\\/]i18n[\\/]en|[\\/](import-)?messages\.en)\.ts$/ },
          ],
        },
      },
    },
  },
});
