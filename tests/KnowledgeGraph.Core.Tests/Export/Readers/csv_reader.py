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
import sys
import zipfile


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


def main(report, specs):
    results = {}
    for spec in specs:
        try:
            results[spec] = read(spec)
        except Exception as error:  # every failure is reported for its input, not as a crash of the batch
            results[spec] = {"error": f"{type(error).__name__}: {error}"}
    with open(report, "w", encoding="utf-8") as out:
        json.dump(results, out, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
