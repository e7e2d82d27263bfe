#!/usr/bin/env python3
"""Per-route latency of a soak (bench/soak.sh), minute by minute.

Reads the server's access log (JSON lines with method, path, status, time and
duration_ms) and the start time of each wrk run (one ISO time per line in
MARKS), and prints a Markdown table: for each route (method and path with
numeric ids folded to {id}) and each run, the number of requests, p50 and p99
of the server's own time (from the request's start to the last byte written).
The server's time leaves out the wait in wrk and in the kernel's queues, so a
route that slows here slows in the server.

Usage: soak_routes.py ACCESS_LOG MARKS
"""
import json
import re
import sys
from collections import defaultdict
from datetime import datetime


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, int(round(p / 100.0 * (len(sorted_values) - 1))))
    return sorted_values[k]


def main():
    log_path, marks_path = sys.argv[1], sys.argv[2]
    with open(marks_path) as f:
        marks = [parse_time(line.strip()) for line in f if line.strip()]
    if not marks:
        sys.exit("soak_routes: no run marks")
    samples = defaultdict(lambda: defaultdict(list))  # route -> run -> [ms]
    with open(log_path) as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue
            if "duration_ms" not in r or "time" not in r:
                continue
            t = parse_time(r["time"])
            run = 0
            for i, m in enumerate(marks):
                if t >= m:
                    run = i + 1
            if run == 0:
                continue  # set-up before the first run
            route = r.get("method", "") + " " + re.sub(r"/\d+(?=/|$)", "/{id}", r.get("path", ""))
            samples[route][run].append(float(r["duration_ms"]))
    runs = range(1, len(marks) + 1)
    print("| route | " + " | ".join(f"run {n}: n, p50 / p99 ms" for n in runs) + " |")
    print("|---|" + "---:|" * len(marks))
    for route in sorted(samples, key=lambda k: -sum(len(v) for v in samples[k].values())):
        cells = []
        for n in runs:
            v = sorted(samples[route].get(n, []))
            cells.append(f"{len(v)}, {percentile(v, 50):.2f} / {percentile(v, 99):.2f}" if v else "-")
        print(f"| {route} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
