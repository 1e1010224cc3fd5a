"""The driver the Python readers share: SCRIPT REPORT.json INPUT... reads each input with the script's reader and
writes one JSON report mapping every input to what was read, or to {"error": message}."""
import json
import sys


def run(read):
    report, inputs = sys.argv[1], sys.argv[2:]
    results = {}
    for item in inputs:
        try:
            results[item] = read(item)
        except Exception as error:  # every failure is reported for its input, not as a crash of the batch
            results[item] = {"error": f"{type(error).__name__}: {error}"}
    with open(report, "w", encoding="utf-8") as out:
        json.dump(results, out, ensure_ascii=False)
