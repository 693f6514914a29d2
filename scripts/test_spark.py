#!/usr/bin/env python3
"""Runs scripts/spark_extract.py in Spark local mode on a small generated corpus with syndicated
copies spread over partitions and checks the graph equals the single-process `actorgraph
extract --jsonl` graph, byte for byte (duplicates dropped included).

    python3 scripts/test_spark.py        # builds the release binary and the generator first
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    subprocess.run(["cargo", "build", "--release", "--bin", "actorgraph", "--example", "gen_corpus"], cwd=ROOT, check=True)
    binary = os.path.join(target, "release", "actorgraph")
    gen = os.path.join(target, "release", "examples", "gen_corpus")
    with tempfile.TemporaryDirectory() as d:
        corpus = os.path.join(d, "corpus.jsonl")
        # 8 % syndicated copies, most of them in another partition than their original.
        subprocess.run([gen, "--mb", "1.5", "--seed", "5", "--duplicates", "0.08", "-o", corpus], check=True)
        single = os.path.join(d, "single.json")
        subprocess.run([binary, "extract", "--jsonl", corpus, "--quiet", "-o", single], check=True)
        spark = os.path.join(d, "spark.json")
        run = subprocess.run(
            [sys.executable, os.path.join(ROOT, "scripts", "spark_extract.py"), corpus, "-o", spark,
             "--binary", binary, "--partitions", "5", "--master", "local[2]"],
            check=True, stderr=subprocess.PIPE, text=True)
        sys.stderr.write(run.stderr[-2000:])
        parts = int(run.stderr.rsplit("spark_extract: ", 1)[1].split()[0])
        assert parts >= 5, f"only {parts} partitions: the test would not exercise merging"
        with open(single, encoding="utf-8") as f:
            want = f.read()
        with open(spark, encoding="utf-8") as f:
            got = f.read()
        assert '"links"' in want and want.count('"relation"') > 50, "the corpus states relations"
        dropped = json.loads(want)["graph"].get("duplicates_dropped", 0)
        assert dropped > 20, f"only {dropped} duplicates: the test would not exercise the dedup pass"
        if got != want:
            sys.exit(f"FAIL: the Spark graph differs from the single-process graph ({spark} vs {single})")
        print(f"test_spark: ok ({parts} partitions, {dropped} duplicates dropped, {len(want)} bytes of graph, identical)")


if __name__ == "__main__":
    main()
