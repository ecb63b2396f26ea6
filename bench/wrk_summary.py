"""bench/pages.sh's arithmetic: one wrk run to a TSV line, the lines to a table.

    wrk ... --latency URL | wrk_summary.py LABEL WAY STATUS   -> one TSV line
    wrk_summary.py --table < results.tsv                     -> the table

The table gives requests/s, p50 and p99 for each run, and requests/s as a
percentage of the two references measured in the same run: nginx serving the
article's HTML as a file (the ceiling) and the trivial Django view through the
same gunicorn. Then the issue's three targets, met or not. Asserts nothing.
"""

import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
STATIC = "static article (nginx)"
TRIVIAL = "trivial view (/healthz/live)"


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def summarise(wrk_output, label, way, status):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk_output).group(1))
    # The distribution's own lines: "     50%  160.47ms" ("62.50%" ends others).
    p50 = milliseconds(re.search(r"^\s+50%\s+(\S+)\s*$", wrk_output, re.M).group(1))
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)\s*$", wrk_output, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", wrk_output)
    socket_errors = "socket errors" in wrk_output
    note = "socket errors" if socket_errors else ""
    return "\t".join(
        [label, way, status, f"{rps:.0f}", f"{p50:.2f}", f"{p99:.2f}", note]
        + ([f"non-2xx: {errors.group(1)}"] if errors and status < "400" else [])
    )


def read_rows(lines):
    rows = []
    for line in lines:
        label, way, status, rps, p50, p99, *notes = line.rstrip("\n").split("\t")
        rows.append(
            {
                "label": label,
                "way": way,
                "status": status,
                "rps": float(rps),
                "p50": float(p50),
                "p99": float(p99),
                "notes": " ".join(note for note in notes if note),
            }
        )
    return rows


def percent(part, whole):
    return f"{100 * part / whole:.1f} %" if whole else "-"


def table(rows):
    static = next(row for row in rows if row["label"] == STATIC)
    trivial = next(row for row in rows if row["label"] == TRIVIAL)
    lines = [
        "| page | way | status | req/s | p50 ms | p99 ms | of nginx static "
        "| of trivial view | p50 vs trivial | notes |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['label']} | {row['way']} | {row['status']} | {row['rps']:.0f} "
            f"| {row['p50']:.2f} | {row['p99']:.2f} "
            f"| {percent(row['rps'], static['rps'])} "
            f"| {percent(row['rps'], trivial['rps'])} "
            f"| {row['p50'] / trivial['p50']:.1f}x | {row['notes']} |"
        )
    lines.append("")
    lines.extend(targets(rows, static, trivial))
    return "\n".join(lines)


def targets(rows, static, trivial):
    def find(label, way):
        return next(r for r in rows if r["label"] == label and r["way"] == way)

    article = "exosome article"
    checks = [
        ("HTTP cache hit >= 90 % of static nginx", find(article, "cached, Varnish"),
         static, 0.90),
        ("cached through gunicorn >= 80 % of the trivial view",
         find(article, "cached, gunicorn"), trivial, 0.80),
        ("uncached >= 10 % of the trivial view", find(article, "uncached, gunicorn"),
         trivial, 0.10),
    ]  # fmt: skip
    return [
        f"- {name}: {percent(row['rps'], ref['rps'])} "
        f"({'met' if row['rps'] >= share * ref['rps'] else 'NOT met'})"
        for name, row, ref, share in checks
    ]


def main():
    if sys.argv[1:] == ["--table"]:
        print(table(read_rows(sys.stdin)))
    else:
        label, way, status = sys.argv[1:4]
        print(summarise(sys.stdin.read(), label, way, status))


if __name__ == "__main__":
    main()
