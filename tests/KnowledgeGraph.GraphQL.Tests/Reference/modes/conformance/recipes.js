// The resolver recipes a conformance schema's bindings file names, written once here for graphql-js
// and once in C# (Conformance/Bindings/ResolverRecipes.cs). Keep the two in step: README.md in the
// Conformance folder states each recipe's behaviour, including its error messages.
'use strict';

function read(value, path) {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') {
      return undefined;
    }
    current = current[key];
  }
  return current;
}

function isPresent(value) {
  return value !== null && value !== undefined;
}

// Code-unit order, as C#'s string.CompareOrdinal.
function compareOrdinal(left, right) {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}

function fill(template, source) {
  return template.replace(/\{([A-Za-z_.]+)\}/g, (_, path) => String(read(source, path)));
}

function matches(item, criterion, args) {
  const wanted = read(args, criterion.arg);
  if (!isPresent(wanted)) {
    return true;
  }
  const actual = read(item, criterion.path);
  if (!isPresent(actual)) {
    return false;
  }
  switch (criterion.op) {
    case 'eq':
      return String(actual) === String(wanted);
    case 'contains':
      return String(actual).includes(String(wanted));
    case 'gte':
      return typeof actual === 'number' ? actual >= wanted : compareOrdinal(String(actual), String(wanted)) >= 0;
    case 'in':
      return wanted.some((candidate) => String(candidate) === String(actual));
    case 'containsAll':
      return wanted.every((candidate) => actual.some((entry) => String(entry) === String(candidate)));
    default:
      throw new Error(`Unknown filter operator: ${criterion.op}`);
  }
}

function sortKey(recipe, args) {
  if (recipe.sortBy) {
    return recipe.sortBy;
  }
  if (recipe.orderBy) {
    const choice = read(args, recipe.orderBy.arg);
    return isPresent(choice) ? recipe.orderBy.paths[choice] : undefined;
  }
  return undefined;
}

function filter(recipe, source, args, root) {
  const [scope, ...rest] = recipe.source.split('.');
  const items = read(scope === 'root' ? root : source, rest.join('.'));
  if (!Array.isArray(items)) {
    return items;
  }
  let result = items.filter((item) => (recipe.where ?? []).every((criterion) => matches(item, criterion, args)));
  const key = sortKey(recipe, args);
  if (key) {
    // Array.prototype.sort is stable; items without the key go last.
    result = [...result].sort((a, b) => {
      const left = read(a, key);
      const right = read(b, key);
      if (!isPresent(left) || !isPresent(right)) {
        return (isPresent(left) ? 0 : 1) - (isPresent(right) ? 0 : 1);
      }
      return compareOrdinal(String(left), String(right));
    });
  }
  if (recipe.first) {
    const first = read(args, recipe.first);
    if (isPresent(first)) {
      if (first < 0) {
        throw new Error(`Argument "${recipe.first}" must not be negative, got ${first}.`);
      }
      result = result.slice(0, first);
    }
  }
  return result;
}

function lookup(recipe, args, root) {
  const criteria = Object.entries(recipe.match).filter(([, argPath]) => isPresent(read(args, argPath)));
  if (criteria.length === 0) {
    return null;
  }
  for (const collection of recipe.collections) {
    for (const item of root[collection] ?? []) {
      if (criteria.every(([itemPath, argPath]) => isPresent(read(item, itemPath)) && String(read(item, itemPath)) === String(read(args, argPath)))) {
        return item;
      }
    }
  }
  return null;
}

function search(recipe, args, root) {
  const term = read(args, recipe.term);
  if (term === '') {
    throw new Error('The search term must not be empty.');
  }
  const kinds = read(args, recipe.kinds);
  const needle = term.toLowerCase();
  const found = [];
  for (const source of recipe.sources) {
    if (isPresent(kinds) && !kinds.includes(source.kind)) {
      continue;
    }
    for (const item of root[source.collection] ?? []) {
      const text = read(item, source.path);
      if (typeof text === 'string' && text.toLowerCase().includes(needle)) {
        found.push(item);
      }
    }
  }
  return found;
}

function truncate(recipe, source, args) {
  const text = read(source, recipe.path);
  const length = read(args, recipe.arg);
  if (!isPresent(text) || !isPresent(length)) {
    return text;
  }
  if (length < 0) {
    throw new Error(`Argument "${recipe.arg}" must not be negative, got ${length}.`);
  }
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

function resolverFor(recipe, root) {
  switch (recipe.recipe) {
    case 'argument':
      return (source, args) => read(args, recipe.arg);
    case 'arguments':
      return (source, args) => {
        const result = { ...args };
        for (const [key, path] of Object.entries(recipe.extra ?? {})) {
          result[key] = read(root, path.replace(/^root\./, ''));
        }
        return result;
      };
    case 'lookup':
      return (source, args) => lookup(recipe, args, root);
    case 'filter':
      return recipe.async
        ? (source, args) => Promise.resolve().then(() => filter(recipe, source, args, root))
        : (source, args) => filter(recipe, source, args, root);
    case 'search':
      return (source, args) => search(recipe, args, root);
    case 'throw':
      return (source) => {
        throw new Error(fill(recipe.message, source));
      };
    case 'orThrow':
      return (source) => {
        const value = read(source, recipe.path);
        if (!isPresent(value)) {
          throw new Error(fill(recipe.message, source));
        }
        return value;
      };
    case 'scale':
      return (source, args) => {
        const value = read(source, recipe.path);
        return isPresent(value) ? value * recipe.factors[read(args, recipe.arg)] : value;
      };
    case 'truncate':
      return (source, args) => truncate(recipe, source, args);
    case 'count':
      return (source) => {
        const items = read(source, recipe.path);
        return Array.isArray(items) ? items.length : null;
      };
    case 'includes':
      return (source, args) => {
        const items = read(source, recipe.path);
        return Array.isArray(items) && items.includes(read(args, recipe.arg));
      };
    case 'oneOfEcho':
      return (source, args) => {
        const [member, value] = Object.entries(read(args, recipe.arg))[0];
        return { __typename: recipe.types[member], ...value };
      };
    default:
      throw new Error(`Unknown recipe: ${recipe.recipe}`);
  }
}

exports.bindResolvers = function bindResolvers(schema, root, bindings) {
  for (const [coordinate, recipe] of Object.entries(bindings.resolvers)) {
    const [typeName, fieldName] = coordinate.split('.');
    const field = schema.getType(typeName)?.getFields()[fieldName];
    if (!field) {
      throw new Error(`No field ${coordinate} to bind.`);
    }
    const resolve = resolverFor(recipe, root);
    field.resolve = (source, args) => resolve(source, args);
  }
  for (const [typeName, kindPath] of Object.entries(bindings.typeResolvers)) {
    const type = schema.getType(typeName);
    if (!type) {
      throw new Error(`No abstract type ${typeName} to bind.`);
    }
    type.resolveType = (value) => {
      const kind = read(value, kindPath);
      return typeof kind === 'string' ? kind : undefined;
    };
  }
};
