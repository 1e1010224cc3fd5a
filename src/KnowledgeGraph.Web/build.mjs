// Bundles the two pages the API serves as static files: the graph view (index.html, app.js, app.css) and
// GraphiQL (graphiql.html, graphiql.js, graphiql.css). Everything comes from node_modules at build time: the
// pages load nothing from a CDN, and Monaco's web workers travel inside graphiql.js as source text that is
// started from blob: URLs.
//
// Usage: node build.mjs [--out DIR] [--page app|graphiql]
//   --out   where the files go (default: ../KnowledgeGraph.Api/wwwroot)
//   --page  build one page only (default: both); MSBuild rebuilds each page only when its own sources change
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const outDir = resolve(here, option('--out', '../KnowledgeGraph.Api/wwwroot'));
const page = option('--page', 'all');

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Monaco asks MonacoEnvironment.getWorker for a worker per language; each is bundled on its own first.
const workerEntries = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

async function bundleWorker(entry) {
  const result = await build({
    ...common,
    stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: here },
    write: false,
  });
  return result.outputFiles[0].text;
}

// Resolves `import source from 'monaco-worker:json'` to the worker's bundled source as a string.
function inlineWorkers(sources) {
  return {
    name: 'inline-monaco-workers',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^monaco-worker:/ }, (args) => ({
        path: args.path.slice('monaco-worker:'.length),
        namespace: 'monaco-worker',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'monaco-worker' }, (args) => ({
        contents: `export default ${JSON.stringify(sources[args.path])};`,
        loader: 'js',
      }));
    },
  };
}

async function buildGraphiQL() {
  const names = Object.keys(workerEntries);
  const texts = await Promise.all(names.map((name) => bundleWorker(workerEntries[name])));
  const sources = Object.fromEntries(names.map((name, i) => [name, texts[i]]));
  await build({
    ...common,
    entryPoints: { graphiql: join(here, 'graphiql/main.jsx') },
    outdir: outDir,
    jsx: 'automatic',
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
    plugins: [inlineWorkers(sources)],
  });
  await copyFile(join(here, 'graphiql/graphiql.html'), join(outDir, 'graphiql.html'));
}

async function buildGraphView() {
  await build({
    ...common,
    entryPoints: { app: join(here, 'src/main.js') },
    outdir: outDir,
  });
  await copyFile(join(here, 'src/index.html'), join(outDir, 'index.html'));
}

async function report(files) {
  const rows = await Promise.all(files.map(async (file) => {
    const bytes = await readFile(join(outDir, file));
    return `${file.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(9)} KiB  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(8)} KiB gzip`;
  }));
  console.log(rows.join('\n'));
}

const pages = {
  app: { build: buildGraphView, files: ['index.html', 'app.js', 'app.css'] },
  graphiql: { build: buildGraphiQL, files: ['graphiql.html', 'graphiql.js', 'graphiql.css'] },
};
const chosen = page === 'all' ? Object.values(pages) : [pages[page]];
if (chosen.includes(undefined)) {
  console.error(`Unknown --page ${page}: use app or graphiql.`);
  process.exit(2);
}

const started = performance.now();
await mkdir(outDir, { recursive: true });
await Promise.all(chosen.map((p) => p.build()));
console.log(`KnowledgeGraph.Web: built ${page === 'all' ? 'both pages' : page} into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await report(chosen.flatMap((p) => p.files));
