// Runs sitegen's site search (Templates/assets/search.js, as copied into a built site) in
// Node, without a browser: node Scripts/search-query.js <Output folder> <query>…
// Prints one JSON line per query: how many results, the titles of the first ten (with their
// documents' kinds), and the files the query loaded with their sizes in bytes.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [output, ...queries] = process.argv.slice(2);
if (!output || !queries.length) {
  console.error("usage: node Scripts/search-query.js <Output folder> <query>…");
  process.exit(2);
}
global.window = global;
const engine = fs.readFileSync(path.join(output, "assets", "search.js"), "utf8");
let loaded = [];
// Each query starts afresh, as on a newly opened results page: nothing loaded yet.
function freshEngine() {
  vm.runInThisContext(engine, { filename: "search.js" });
  global.sitegenSearch.loadScript = loadScript;
  return global.sitegenSearch;
}
function loadScript(request, failed) {
  const file = request.split("?")[0];
  let text;
  try {
    text = fs.readFileSync(path.join(output, file), "utf8");
  } catch (error) {
    failed();
    return;
  }
  loaded.push([file, Buffer.byteLength(text)]);
  vm.runInThisContext(text, { filename: file });
}

(async () => {
  for (const query of queries) {
    loaded = [];
    const search = freshEngine();
    const found = await search.search(query);
    const top = await Promise.all(found.results.slice(0, 10).map((r) => search.document(r.id)));
    console.log(JSON.stringify({
      query,
      total: found.results.length,
      top: top.map((d) => d.t),
      kinds: top.map((d) => d.k),
      files: loaded,
      bytes: loaded.reduce((sum, f) => sum + f[1], 0),
    }));
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
