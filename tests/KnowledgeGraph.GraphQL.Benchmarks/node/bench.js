// Measures graphql-js 16 and graphql-jit on the newsroom schema, single-threaded, and prints JSON.
// stdin:  { sdl, data: JSON text, workloads: [{ name, query, variables }], introspectionWorkload, warmupMs, batchMs, batches }
// stdout: { introspectionQuery, results: [{ workload, engine, median, rates, cpuMedian, sample }], parseValidate: { medianMs } }
// graphql-js parses and validates each document once, then executes it repeatedly; graphql-jit compiles
// it once, then runs the compiled query repeatedly. Throughput is the median of the timed batches, by the
// wall clock (median) and by the process's CPU time, user and system (cpuMedian).
'use strict';

const fs = require('fs');
const graphql = require('graphql');
const { compileQuery, isCompiledQuery } = require('graphql-jit');
const { buildNewsroomSchema } = require('./newsroom.js');

const request = JSON.parse(fs.readFileSync(0, 'utf8'));
const { schema, root } = buildNewsroomSchema(graphql, request.sdl, request.data);
const introspectionQuery = graphql.getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const workloads = [...request.workloads, { name: request.introspectionWorkload, query: introspectionQuery, variables: {} }];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(run) {
  const warmupEnd = performance.now() + request.warmupMs;
  while (performance.now() < warmupEnd) {
    run();
  }
  const rates = [];
  const cpuRates = [];
  for (let batch = 0; batch < request.batches; batch++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let count = 0;
    let now;
    do {
      run();
      count++;
      now = performance.now();
    } while (now - start < request.batchMs);
    rates.push(count / ((now - start) / 1000));
    const cpu = process.cpuUsage(cpuStart);
    cpuRates.push(count / ((cpu.user + cpu.system) / 1e6));
  }
  return { median: median(rates), rates, cpuMedian: median(cpuRates) };
}

function checked(result, engine, name) {
  if (result.errors && result.errors.length > 0) {
    throw new Error(`${engine} failed on ${name}: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

const results = [];
for (const workload of workloads) {
  const document = graphql.parse(workload.query);
  const errors = graphql.validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`${workload.name} is invalid: ${errors.map((e) => e.message).join('; ')}`);
  }
  const executeArgs = { schema, document, rootValue: root, variableValues: workload.variables };
  const sample = checked(graphql.execute(executeArgs), 'graphql-js', workload.name);
  results.push({ workload: workload.name, engine: 'graphql-js', ...measure(() => graphql.execute(executeArgs)), sample });

  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) {
    throw new Error(`graphql-jit could not compile ${workload.name}: ${JSON.stringify(compiled)}`);
  }
  const jitSample = checked(compiled.query(root, {}, workload.variables), 'graphql-jit', workload.name);
  results.push({ workload: workload.name, engine: 'graphql-jit', ...measure(() => compiled.query(root, {}, workload.variables)), sample: jitSample });
}

const parseValidate = measure(() => graphql.validate(schema, graphql.parse(introspectionQuery)));
process.stdout.write(JSON.stringify({ introspectionQuery, results, parseValidate: { medianMs: 1000 / parseValidate.median } }));
