// Monaco runs its language services in web workers. The page may load nothing but its own three files, so each
// worker's bundled source is inlined by build.mjs (the `monaco-worker:` imports) and started from a blob: URL.
// This module must be imported before anything that loads Monaco, which reads MonacoEnvironment on first use.
import editorWorker from 'monaco-worker:editor';
import jsonWorker from 'monaco-worker:json';
import graphqlWorker from 'monaco-worker:graphql';

const sources = { json: jsonWorker, graphql: graphqlWorker };
const urls = new Map();

function workerUrl(label) {
  const source = sources[label] ?? editorWorker;
  let url = urls.get(source);
  if (url === undefined) {
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    urls.set(source, url);
  }
  return url;
}

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(workerUrl(label), { name: label });
  },
};
