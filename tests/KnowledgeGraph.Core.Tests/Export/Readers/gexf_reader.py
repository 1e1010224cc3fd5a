#!/usr/bin/env python3
"""Loads GEXF 1.3 files with networkx and reports nodes and edges with their time bounds, spells and attributes.

Usage: gexf_reader.py REPORT.json FILE.gexf...
networkx 2.8 knows the GEXF 1.1 and 1.2 namespaces only; the 1.3 namespace (http://gexf.net/1.3) is registered the
way networkx 3 does, and parsing is networkx's own. The meta description is read with ElementTree, since networkx
ignores it.
"""
import xml.etree.ElementTree as ElementTree

import networkx as nx
from networkx.readwrite import gexf

import reader_report

GEXF_13 = "http://gexf.net/1.3"
gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": GEXF_13,
    "NS_VIZ": GEXF_13 + "/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": GEXF_13 + " " + GEXF_13 + "/gexf.xsd",
    "VERSION": "1.3",
})


def read(path):
    graph = nx.read_gexf(path, version="1.3")
    root = ElementTree.parse(path).getroot()
    graph_element = root.find(f"{{{GEXF_13}}}graph")
    description = root.find(f"{{{GEXF_13}}}meta/{{{GEXF_13}}}description")
    return {
        "directed": graph.is_directed(),
        "mode": graph.graph.get("mode"),
        "timeformat": graph_element.get("timeformat"),
        "description": description.text if description is not None else None,
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": {
            key: dict(data, source=source, target=target)
            for source, target, key, data in (graph.edges(keys=True, data=True) if graph.is_multigraph()
                                              else ((s, t, d["id"], d) for s, t, d in graph.edges(data=True)))
        },
    }


if __name__ == "__main__":
    reader_report.run(read)
