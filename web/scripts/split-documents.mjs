// After codegen writes `graphql.ts`: each typed document moves to a module of its own under
// `documents/`, and `graphql.ts` re-exports it. The babel optimizer (vite.config.ts) turns every
// `graphql(`…`)` into an import of its document from `graphql.ts`; with the documents in their
// own modules, the bundler places each in the chunk of the screen that uses it, instead of every
// screen's documents sitting in the sign-in screen's script.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

for (const file of process.argv.slice(2)) {
  if (basename(file) !== "graphql.ts") continue;
  const dir = join(dirname(file), "documents");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const line = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<(\w+), (\w+)>;$/;
  const out = readFileSync(file, "utf8")
    .split("\n")
    .map((text) => {
      const m = line.exec(text);
      if (!m) return text;
      const [, name, ast, result, variables] = m;
      const types = [result, variables].filter((t) => t !== "unknown");
      writeFileSync(
        join(dir, `${name}.ts`),
        [
          "/* eslint-disable */",
          "import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';",
          `import type { ${types.join(", ")} } from '../graphql';`,
          "",
          `export const ${name} = ${ast} as unknown as DocumentNode<${result}, ${variables}>;`,
          "",
        ].join("\n"),
      );
      return `export { ${name} } from './documents/${name}';`;
    })
    .join("\n");
  // The typed-document import is the documents' now.
  const kept = /DocumentNode</.test(out.replace(/^import type \{ TypedDocumentNode.*$/m, ""))
    ? out
    : out.replace(/^import type \{ TypedDocumentNode as DocumentNode \} from .*\n/m, "");
  writeFileSync(file, kept);
}
