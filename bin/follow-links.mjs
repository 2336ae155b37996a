// Follows the served linked data as a real client does: Comunica's link traversal, with its default
// settings, starting from one authority's identifier on a running server. Prints each judgement and
// grade it reached, then the count. Run through bin/follow-links, which installs Comunica.
import { createRequire } from 'node:module';

const [modules, start, query] = process.argv.slice(2);
const require = createRequire(modules + '/');
const { QueryEngine } = require('@comunica/query-sparql-link-traversal');

const engine = new QueryEngine();
const bindings = await engine.queryBindings(query, { sources: [start] });
const rows = await bindings.toArray();
const seen = new Set();
for (const row of rows) {
  const line = row.get('judgement').value + ' ' + row.get('grade').value;
  if (!seen.has(line)) {
    seen.add(line);
    console.log(line);
  }
}
console.log('reached ' + seen.size);
