"""A PySpark job that analyses JSON Lines records with koen, and loses none of them.

    spark-submit koen_job.py --koen /path/to/koen INPUT.jsonl OUTPUT_DIR

Each input line is one record with a "text" field. The output folder holds koen's output
lines, one per input line, in order (part-00000, part-00001, ...); the job prints a summary.

What each step is for:
- The records are read as raw lines (`textFile`), not with `spark.read.json`, which would
  rewrite them first (numbers turned into strings, bad lines into `_corrupt_record`);
  koen reads each line itself, and a line it cannot use comes out with `koen_error`.
- `pipe(..., checkCode=True)`: without it, a koen that exits non-zero (a mistyped option,
  a binary that does not run there) gives an empty partition and the job succeeds.
- The command is an explicit path: PySpark starts it with an empty environment, so a bare
  `koen` is looked up on the shell's default PATH, not the executor's.
- koen is shipped with `addFile`. On a cluster each executor's copy is `./koen` in its
  working directory; `SparkFiles.get` names the driver's copy, which is the executor's
  only in local mode.
- Ship a koen built with `swift build -c release --static-swift-stdlib` (Scripts/release.sh
  builds and checks it): it needs only libc, libstdc++ and the system ICU on the executors.
- The piped lines are persisted and read with an explicit schema, so the pipe runs once per
  partition: without them, reading JSON first infers a schema by running the whole pipe.
"""

import argparse
import json
import os
import sys
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StringType, StructField, StructType

ANALYZE = "analyze --jsonl-in --field text --into koen"

# The part of koen's record the summary reads; the saved lines keep everything.
COUNTS = ("lines", "content", "chrome", "untranslated", "blank", "fragments")
SUMMARY_SCHEMA = StructType(
    [
        StructField(
            "koen",
            StructType([StructField("dominant", StringType())] + [StructField(name, LongType()) for name in COUNTS]),
        ),
        StructField("koen_error", StringType()),
    ]
)


def koen_command(spark, koen_path, arguments=ANALYZE):
    """Ships koen to every executor and returns the command line that runs its copy there."""
    sc = spark.sparkContext
    sc.addFile(koen_path)
    name = os.path.basename(koen_path)
    if sc.master == "local" or sc.master.startswith("local["):
        # One process: the executors' copy is the driver's.
        program = SparkFiles.get(name)
    else:
        # Executors fetch added files into their working directory.
        program = "./" + name
    return f"{program} {arguments}"


def analyze_lines(lines, command):
    """The records as koen writes them back: one line per input line, in order."""
    return lines.pipe(command, checkCode=True)


def summarize(spark, analyzed):
    """Counts of the analysed records, read with an explicit schema (no inference pass)."""
    frame = spark.read.schema(SUMMARY_SCHEMA).json(analyzed)
    row = frame.agg(
        F.count(F.lit(1)).alias("records"),
        F.count("koen_error").alias("errors"),
        F.sum(F.when(F.col("koen.dominant") == "ko", 1).otherwise(0)).alias("korean"),
        F.sum(F.when(F.col("koen.dominant") == "en", 1).otherwise(0)).alias("english"),
        F.sum("koen.chrome").alias("chrome_lines"),
        F.sum("koen.untranslated").alias("untranslated_lines"),
    ).first()
    return row.asDict()


def run(spark, input_path, output_path, koen_path, partitions=2, arguments=ANALYZE):
    """Analyses INPUT into OUTPUT and returns the summary; raises if any koen fails."""
    started = time.monotonic()
    command = koen_command(spark, koen_path, arguments)
    lines = spark.sparkContext.textFile(input_path, minPartitions=partitions)
    analyzed = analyze_lines(lines, command).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        analyzed.saveAsTextFile(output_path)
        summary = summarize(spark, analyzed)
    finally:
        analyzed.unpersist()
    summary["partitions"] = lines.getNumPartitions()
    summary["seconds"] = round(time.monotonic() - started, 2)
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(description="Analyse JSON Lines records with koen in Spark.")
    parser.add_argument("input", help="JSON Lines records with a 'text' field")
    parser.add_argument("output", help="folder for koen's output lines (must not exist)")
    parser.add_argument("--koen", required=True, help="the statically linked koen to ship")
    parser.add_argument("--partitions", type=int, default=2)
    options = parser.parse_args(argv)
    spark = SparkSession.builder.appName("koen-records").getOrCreate()
    try:
        summary = run(spark, options.input, options.output, os.path.abspath(options.koen), options.partitions)
    finally:
        spark.stop()
    print(json.dumps(summary))


if __name__ == "__main__":
    sys.exit(main())
