import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The gateway embeds `dist/` and serves `/assets/*` as immutable: every asset name carries a
// content hash. No inline script (the CSP allows only `script-src 'self'`), so no module preload
// polyfill.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.OSTOJA_WEB_OUT ?? "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: "es2020",
    // GraphiQL (`GET /graphql` in development) is a page of its own: none of it reaches the app.
    rollupOptions: { input: { app: "index.html", graphiql: "graphiql.html" } },
  },
  server: {
    // `npm run dev` against a local `ostoja serve --demo`.
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8080", ws: true },
      "/auth": "http://127.0.0.1:8080",
    },
  },
});
