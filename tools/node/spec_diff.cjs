// Compare two OpenAPI documents (JSON files) with api-smart-diff and print its
// classified changes as JSON: [{type, action, path, description}]. The Python
// side (tools/spec_diff.py) decides what the changes mean for a release.
"use strict";
const fs = require("node:fs");
const { apiCompare } = require("api-smart-diff");

const [before, after] = process.argv.slice(2).map((p) => JSON.parse(fs.readFileSync(p, "utf8")));
const { diffs } = apiCompare(before, after);
const out = diffs.map((d) => ({
  type: d.type,
  action: d.action,
  path: d.path.map(String),
  description: d.description ?? null,
}));
process.stdout.write(JSON.stringify(out));
