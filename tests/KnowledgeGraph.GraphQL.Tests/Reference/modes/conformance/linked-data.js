// Turns a conformance data file into the object graph resolvers read: every object with an "id" is
// indexed, and each {"$ref": id} is replaced by that very object, so relations may form cycles.
// The C# side (Conformance/Bindings/LinkedData.cs) links the same file the same way.
'use strict';

function isReference(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof value.$ref === 'string';
}

function index(value, entities) {
  if (Array.isArray(value)) {
    value.forEach((item) => index(item, entities));
  } else if (value !== null && typeof value === 'object' && !isReference(value)) {
    if (typeof value.id === 'string') {
      if (entities.has(value.id)) {
        throw new Error(`Duplicate id in conformance data: ${value.id}`);
      }
      entities.set(value.id, value);
    }
    Object.values(value).forEach((entry) => index(entry, entities));
  }
}

function link(value, entities) {
  if (isReference(value)) {
    if (!entities.has(value.$ref)) {
      throw new Error(`Unknown reference in conformance data: ${value.$ref}`);
    }
    return entities.get(value.$ref);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      value[i] = link(value[i], entities);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      value[key] = link(value[key], entities);
    }
  }
  return value;
}

exports.linkData = function linkData(data) {
  const entities = new Map();
  index(data, entities);
  return link(data, entities);
};
