#!/usr/bin/env python3
"""Run actorgraph over a JSONL corpus with Apache Spark (PySpark).

Duplicates first, as one process would find them: every partition is fingerprinted on the
executors (``actorgraph dedup fingerprints``), and the driver decides, in corpus order, which
documents copy an earlier one (``actorgraph dedup decide``). Then each partition, without
those copies, is piped through ``actorgraph extract --jsonl - --format json
--keep-duplicates``, and the partial graphs are reduced pairwise, on the executors, with
``actorgraph merge`` (a tree reduce), plus the count of dropped copies. Merging is exact,
associative and commutative, so the result is the graph of extracting the whole corpus in one
process, byte for byte. (``--keep-duplicates`` after ``--`` skips the duplicate pass.)

    python3 scripts/spark_extract.py corpus.jsonl -o graph.json \
        --binary target/release/actorgraph --partitions 8 --master 'local[2]'

On a cluster, pass ``--master yarn`` (or ``spark://…``) and an HDFS/S3 path; the binary is
shipped to the executors with ``SparkContext.addFile``, so build it for their platform.
Extra ``extract`` options (``--since``, ``--until``, ``--actors``…) go after ``--``.
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", help="JSONL corpus (local path, hdfs://, s3a://…)")
    p.add_argument("-o", "--output", required=True, help="graph JSON to write")
    p.add_argument("--binary", default=os.environ.get("ACTORGRAPH_BIN", "target/release/actorgraph"))
    p.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--max-evidence", type=int, default=10, help="evidence kept per edge (as extract)")
    p.add_argument("extra", nargs="*", help="more `actorgraph extract` options, after --")
    return p.parse_args(argv)


def _binary(name):
    """The shipped actorgraph binary on this executor, made executable."""
    from pyspark import SparkFiles

    path = SparkFiles.get(name)
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _run(cmd, stdin_lines=None):
    """Runs cmd, streaming stdin_lines into it; returns stdout (text). Fails loudly."""
    # Output goes to a file, not a pipe: a command that writes while it reads (dedup
    # fingerprints) would otherwise block on a full pipe while we block feeding it.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=err)
        for line in stdin_lines or ():
            proc.stdin.write(line.encode("utf-8"))
            proc.stdin.write(b"\n")
        proc.stdin.close()
        code = proc.wait()
        if code != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} exited with {code}: {err.read().decode('utf-8', 'replace')}")
        out.seek(0)
        return out.read().decode("utf-8")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("actorgraph").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    binary = os.path.abspath(args.binary)
    sc.addFile(binary)
    name = os.path.basename(binary)
    cap = str(args.max_evidence)
    extra = list(args.extra)

    keep_duplicates = "--keep-duplicates" in extra
    # The date range decides which documents can be duplicates, as in one run.
    date_range = []
    for i, a in enumerate(extra):
        if a in ("--since", "--until") and i + 1 < len(extra):
            date_range += [a, extra[i + 1]]
        elif a.startswith(("--since=", "--until=")):
            date_range.append(a)

    def fingerprints(index, lines):
        out = _run([_binary(name), "dedup", "fingerprints", "-"] + date_range, lines)
        return [f"{index}:{line}" for line in out.splitlines()]

    corpus = sc.textFile(args.corpus, minPartitions=args.partitions) if args.partitions else sc.textFile(args.corpus)
    work = tempfile.mkdtemp(prefix="actorgraph-spark-")
    dropped_graph = None
    drop = sc.broadcast(frozenset())
    if not keep_duplicates:
        keys = os.path.join(work, "fingerprints.tsv")
        with open(keys, "w", encoding="utf-8") as f:
            # toLocalIterator: one partition at a time, in corpus order.
            for line in corpus.mapPartitionsWithIndex(fingerprints).toLocalIterator():
                f.write(line + "\n")
        dropped_graph = os.path.join(work, "dropped.json")
        decided = _run([binary, "dedup", "decide", keys, "--graph", dropped_graph])
        drop = sc.broadcast(frozenset(decided.split()))

    def extract(index, lines):
        dropped = drop.value
        kept = (line for n, line in enumerate(lines, 1) if f"{index}:{n}" not in dropped)
        first = next(kept, None)
        if first is None:
            return []
        cmd = [_binary(name), "extract", "--jsonl", "-", "--format", "json", "--quiet", "--max-evidence", cap,
               "--keep-duplicates"] + [a for a in extra if a != "--keep-duplicates"]

        def chained():
            yield first
            yield from kept

        return [_run(cmd, chained())]

    def merge(a, b):
        with tempfile.TemporaryDirectory() as d:
            pa, pb = os.path.join(d, "a.json"), os.path.join(d, "b.json")
            with open(pa, "w", encoding="utf-8") as f:
                f.write(a)
            with open(pb, "w", encoding="utf-8") as f:
                f.write(b)
            return _run([_binary(name), "merge", pa, pb, "--max-evidence", cap])

    partials = corpus.mapPartitionsWithIndex(extract)
    parts = corpus.getNumPartitions()
    if partials.isEmpty():
        graph = _run([binary, "extract", "--jsonl", "-", "--format", "json", "--quiet", "--max-evidence", cap] + extra, [])
    else:
        graph = partials.treeReduce(merge, depth=2)
    spark.stop()
    if dropped_graph is not None:
        whole = os.path.join(work, "graph.json")
        with open(whole, "w", encoding="utf-8") as f:
            f.write(graph)
        graph = _run([binary, "merge", whole, dropped_graph, "--max-evidence", cap])
    shutil.rmtree(work, ignore_errors=True)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(graph)
    os.replace(tmp, args.output)
    print(f"spark_extract: {parts} partitions -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
