// The graph's vocabulary as the page shows it: one colour, shape and wording per actor kind and tie type,
// shared by the graph style, the legend and the text alternative so they cannot drift apart.
// Colours are from the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies), and
// kinds also differ by shape and types by line pattern, so colour is never the only cue.

export const ACTOR_KINDS = ['FACTION', 'PERSON', 'GOVERNMENT'];

export const KIND_STYLE = {
  FACTION: { label: 'Faction', colour: '#E69F00', shape: 'diamond' },
  PERSON: { label: 'Person', colour: '#56B4E9', shape: 'ellipse' },
  GOVERNMENT: { label: 'Government', colour: '#009E73', shape: 'round-rectangle' },
};

export const TIE_TYPES = ['LEADS', 'AFFILIATED_WITH', 'MET_WITH', 'ATTACKED'];

export const TYPE_STYLE = {
  LEADS: { label: 'Leads', verb: 'leads', colour: '#0072B2', line: 'solid', directed: true },
  AFFILIATED_WITH: { label: 'Affiliated with', verb: 'is affiliated with', colour: '#CC79A7', line: 'dashed', directed: true },
  MET_WITH: { label: 'Met with', verb: 'met with', colour: '#6B6B6B', line: 'dotted', directed: false },
  ATTACKED: { label: 'Attacked', verb: 'attacked', colour: '#D55E00', line: 'solid', directed: true },
};

/** A relation's id is `source|TYPE|target` (see Relation.id in the schema). */
export function parseRelationId(id) {
  const parts = id.split('|');
  if (parts.length !== 3 || !TYPE_STYLE[parts[1]]) return null;
  return { source: parts[0], type: parts[1], target: parts[2] };
}

export function relationId(source, type, target) {
  return `${source}|${type}|${target}`;
}
