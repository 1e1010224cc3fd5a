#!/usr/bin/env python3
"""Parses the CSV exports with Python's csv module (RFC 4180 dialect: commas, double quotes, quoted line breaks).

Usage: csv_reader.py REPORT.json zip:FILE.csv.zip... dir:FOLDER...
A ZIP is read with zipfile; a folder holds nodes.csv, edges.csv and metadata.json. The report maps each input to
{"entries": names in the archive, "nodes": rows, "edges": rows, "metadata": object}, a table being a list of rows,
the header first.
"""
import csv
import io
import json
import zipfile

import reader_report


def table(data):
    return [row for row in csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True)]


def read(spec):
    kind, path = spec.split(":", 1)
    if kind == "zip":
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None:
                raise ValueError("a ZIP entry is corrupt")
            names = archive.namelist()
            files = {name: archive.read(name) for name in names}
    else:
        names = ["metadata.json", "nodes.csv", "edges.csv"]
        files = {}
        for name in names:
            with open(f"{path}/{name}", "rb") as source:
                files[name] = source.read()
    return {
        "entries": names,
        "nodes": table(files["nodes.csv"]),
        "edges": table(files["edges.csv"]),
        "metadata": json.loads(files["metadata.json"].decode("utf-8")),
    }


if __name__ == "__main__":
    reader_report.run(read)
