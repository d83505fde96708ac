import { test } from "node:test";
import assert from "node:assert/strict";
import { bytesOf } from "./download.ts";

test("a file's base64 becomes its bytes, a byte-order mark and Polish letters included", () => {
  const text = "\ufeffWskaźnik;Liczba\r\n";
  const base64 = Buffer.from(text, "utf8").toString("base64");
  const bytes = bytesOf({ fileName: "a.csv", mediaType: "text/csv", base64 });
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), text);
});
