// Usage: node audit.mjs <url>. Prints one JSON array: every audit's id, name and status (ok, warn or error).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
const out = [];
for (const result of results) {
  out.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? null : String(result.reason),
  });
}
console.log(JSON.stringify(out));
