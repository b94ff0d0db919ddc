import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { compression } from 'vite-plugin-compression2';

// The public portal is served by the server at `/`; in development the API and the
// attachment downloads are proxied to a locally running server.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // each text file also as .br and .gz beside it, served as they are to browsers that take them
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  define: {
    // Every component uses the Composition API; leaving the Options API out makes the bundle smaller.
    __VUE_OPTIONS_API__: 'false',
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
      // open data and the columns' feeds
      '/data': { target: api, changeOrigin: true },
      '/feeds': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One small bundle: fewer round trips matter more than splitting on a slow phone.
    assetsInlineLimit: 4096,
    rolldownOptions: {
      // The shared package holds constants and pure functions only: a page that imports nothing from
      // one of its modules does not load it (the labels of a lazily loaded page travel with that page).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]shared[\\/]src[\\/]/.test(id) },
      output: {
        // what several pages share travels in one chunk with the entry's, not in a handful of small ones
        // (a phone pays per request); ECharts stays with the chart pages alone
        codeSplitting: { groups: [{ name: 'portal', test: (id: string) => !/[\\/](echarts|zrender)[\\/]/.test(id), minShareCount: 2 }] },
      },
    },
  },
});
