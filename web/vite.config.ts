import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";

/**
 * The staff application renders with Preact's React compatibility layer (about a tenth of React
 * DOM's size); GraphiQL, a page of its own, keeps React. Everything GraphiQL's page imports, and
 * what that imports in turn, is on React's side; an ES module both pages use (react-aria, through
 * GraphiQL's Headless UI) is loaded once for each, marked `?react-side` on React's.
 */
function preactForTheApp(): Plugin {
  const compat: Record<string, string> = {
    react: "preact/compat",
    "react-dom": "preact/compat",
    "react-dom/client": "preact/compat/client",
    "react-dom/test-utils": "preact/test-utils",
    "react/jsx-runtime": "preact/jsx-runtime",
    "react/jsx-dev-runtime": "preact/jsx-dev-runtime",
  };
  const mark = "?react-side";
  const reactSide = new Set<string>();
  const graphiqlPage = /graphiql\.html$|[\\/]src[\\/]graphiql[\\/]/;
  return {
    name: "ostoja-preact-for-the-app",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (importer.endsWith(mark) || reactSide.has(importer) || graphiqlPage.test(importer)) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!resolved || resolved.external) return resolved;
        // CommonJS is left as it is (its plugin reads no marked name): none is on both sides.
        if (/\.mjs$/.test(resolved.id)) return { ...resolved, id: resolved.id + mark };
        reactSide.add(resolved.id);
        return resolved;
      }
      const target = compat[source];
      return target ? this.resolve(target, importer, { ...options, skipSelf: true }) : null;
    },
    // A module reached from both sides holds one of them for both: GraphiQL's page loads no
    // Preact, every other page no React DOM.
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === "chunk" ? [[c.fileName, c] as const] : [])));
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const page = !!entry.facadeModuleId && graphiqlPage.test(entry.facadeModuleId);
        const wrong = page ? /[\\/]node_modules[\\/]preact[\\/]/ : /[\\/]node_modules[\\/]react-dom[\\/]/;
        const seen = new Set<string>();
        const visit = (name: string) => {
          const chunk = chunks.get(name);
          if (!chunk || seen.has(name)) return;
          seen.add(name);
          const found = Object.keys(chunk.modules).find((id) => wrong.test(id));
          if (found) this.error(`${entry.fileName} loads ${found} through ${name}`);
          chunk.imports.forEach(visit);
        };
        visit(entry.fileName);
      }
    },
  };
}

/**
 * Each script and stylesheet also brotli- and gzip-compressed beside it (`x.js.br`, `x.js.gz`),
 * at the highest levels once at build time; the gateway answers the one the browser accepts.
 * The same input gives the same bytes, so the committed build stays checkable.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "ostoja-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = join(outDir, "assets");
      // A failed build wrote nothing: its own error is the one to see.
      if (!existsSync(assets)) return;
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const data = readFileSync(join(assets, name));
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
        );
        writeFileSync(join(assets, `${name}.gz`), gzipSync(data, { level: 9 }));
      }
    },
  };
}

// The gateway embeds `dist/` and serves `/assets/*` as immutable: every asset name carries a
// content hash. No inline script (the CSP allows only `script-src 'self'`), so no module preload
// polyfill.
export default defineConfig({
  // Each `graphql(`…`)` becomes an import of its own typed document from `src/gql/graphql.ts`,
  // so a screen's documents load with the screen (lazily) instead of every screen's documents
  // sitting in the first screen's bundle through `src/gql/gql.ts`.
  plugins: [
    react({ babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }]] } }),
    preactForTheApp(),
    precompress(),
  ],
  build: {
    outDir: process.env.OSTOJA_WEB_OUT ?? "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // The first screen's own chunks are preloaded from index.html; a lazily loaded screen's
    // shared script chunks are not listed in the app's chunk (the list would grow the sign-in
    // screen's script with every screen): the browser asks for them as the screen's chunk
    // imports them. A screen's stylesheet stays listed: nothing else loads it.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === "html" ? deps : deps.filter((d) => d.endsWith(".css")),
    },
    sourcemap: false,
    target: "es2020",
    // The public help pages (`/pomoc…`, Preact) and GraphiQL (`GET /graphql` in development) are
    // pages of their own: neither loads the staff application's script, nor it theirs.
    rollupOptions: { input: { app: "index.html", pomoc: "pomoc.html", graphiql: "graphiql.html" } },
  },
  server: {
    // `npm run dev` against a local `ostoja serve --demo`.
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8080", ws: true },
      "/auth": "http://127.0.0.1:8080",
      "/kalendarz": "http://127.0.0.1:8080",
    },
  },
});
