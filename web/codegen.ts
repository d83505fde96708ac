import type { CodegenConfig } from "@graphql-codegen/cli";

// Types from the committed SDL. `OSTOJA_CODEGEN_OUT` lets the freshness test generate elsewhere
// and compare with the committed `src/gql/`.
const config: CodegenConfig = {
  schema: "../graphql/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    [process.env.OSTOJA_CODEGEN_OUT ?? "src/gql/"]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: "string", DateTime: "string" },
      },
    },
  },
  // Each document in a module of its own, so that it loads with its screen.
  hooks: { afterOneFileWrite: ["node scripts/split-documents.mjs"] },
};

export default config;
