#!/usr/bin/env python3
"""Loads Cytoscape.js JSON exports with networkx's cytoscape_graph and reports the graph it builds.

Usage: cytoscape_networkx_reader.py REPORT.json FILE.cyjs...
The report maps each file to {"directed", "multigraph", "nodes": {node: data}, "edges": {edge key: data + source,
target}} or {"error": message}. networkx builds an undirected simple graph unless the document says otherwise, and
keys parallel edges by each edge's "key" (0 when it has none), so a lost edge shows in the counts.
"""
import json

import networkx as nx

import reader_report


def read(path):
    with open(path, encoding="utf-8") as source:
        graph = nx.cytoscape_graph(json.load(source))
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((s, t, None, d) for s, t, d in graph.edges(data=True))
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {str(node): data for node, data in graph.nodes(data=True)},
        "edges": {str(key): dict(data, source=source, target=target) for source, target, key, data in edges},
    }


if __name__ == "__main__":
    reader_report.run(read)
