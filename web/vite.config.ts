import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// `npm run dev` serves the UI with hot reload and passes API calls to a running server.
const api = process.env.SAMANVAY_API ?? "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } })],
  server: {
    proxy: {
      "/api": { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Everything as files: the server's Content-Security-Policy allows no data: URLs.
    assetsInlineLimit: 0,
    // Every browser the agencies use supports module preload natively.
    modulePreload: { polyfill: false },
    target: "es2020",
    reportCompressedSize: true,
  },
});
