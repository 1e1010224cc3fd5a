#!/usr/bin/env python3
"""Loads GraphML files with networkx and python-igraph and reports what each library sees.

Usage: graphml_reader.py REPORT.json FILE.graphml...
The report maps each file to {"networkx": graph, "igraph": graph} or {"error": message}; a graph is
{"directed", "graph": attributes, "nodes": {id: attributes}, "edges": {edge id: attributes + source, target}}.
"""
import math

import igraph
import networkx as nx

import reader_report


def plain(value):
    """A JSON-safe value: igraph fills numeric attributes an element lacks with NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def read_networkx(path):
    graph = nx.read_graphml(path, force_multigraph=True)
    return {
        "directed": graph.is_directed(),
        "graph": {k: plain(v) for k, v in graph.graph.items()},
        "nodes": {node: {k: plain(v) for k, v in data.items()} for node, data in graph.nodes(data=True)},
        "edges": {
            key: dict({k: plain(v) for k, v in data.items()}, source=source, target=target)
            for source, target, key, data in graph.edges(keys=True, data=True)
        },
    }


def read_igraph(path):
    graph = igraph.Graph.Read_GraphML(path)

    # igraph gives an empty string to a string attribute an element lacks, so empty and missing read the same.
    def attributes(element, names):
        values = {name: plain(element[name]) for name in names}
        return {k: (None if v == "" else v) for k, v in values.items()}

    return {
        "directed": graph.is_directed(),
        "graph": {name: plain(graph[name]) for name in graph.attributes()},
        "nodes": {vertex["id"]: attributes(vertex, graph.vs.attributes()) for vertex in graph.vs},
        "edges": {
            edge["id"]: dict(attributes(edge, graph.es.attributes()),
                             source=graph.vs[edge.source]["id"], target=graph.vs[edge.target]["id"])
            for edge in graph.es
        },
    }


if __name__ == "__main__":
    reader_report.run(lambda path: {"networkx": read_networkx(path), "igraph": read_igraph(path)})
