// Runs graphql-http's GraphQL-over-HTTP audit against a server and prints each result, then one
// JSON line with the counts. Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
const counts = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
const failed = [];
for (const r of results) {
  const level = r.name.split(' ')[0];
  const ok = r.status === 'ok';
  counts[level][ok ? 0 : 1] += 1;
  if (ok) {
    console.log(`ok      ${r.id} ${r.name}`);
  } else {
    console.log(`${r.status.padEnd(7)} ${r.id} ${r.name}: ${r.reason}`);
    failed.push({ id: r.id, name: r.name, reason: r.reason });
  }
}
for (const [level, [ok, bad]] of Object.entries(counts)) {
  console.log(`${level}: ${ok}/${ok + bad}`);
}
console.log(JSON.stringify({ summary: counts, failed }));
