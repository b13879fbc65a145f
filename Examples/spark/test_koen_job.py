"""Runs koen_job.py in Spark and checks that no record is lost and every failure fails.

    python test_koen_job.py --koen .build/release/koen [--master local[2]]

Builds records from the gold documents in Corpora/Documents (each document, and each of its
non-blank lines, as a record) with bad records among them, then checks:
- records in = records out, in order, ids kept; `koen_error` on each bad record;
- the output equals the plain pipe, `koen analyze --jsonl-in ... < records.jsonl`;
- koen ran once per partition (a wrapper that logs each start is shipped in its place),
  and more often when the piped lines go to `spark.read.json` without a schema or persist;
- for comparison, what `spark.read.json` makes of the same records (`_corrupt_record`,
  numbers turned into strings);
- the job fails when koen exits non-zero (a mistyped option) or cannot be started (a
  missing binary, a bare `koen` that is only on the driver's PATH).
Prints one line per check, then what it measured, then 'N passed, N failed'.
"""

import argparse
import glob
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_records import expected_error, make_records  # noqa: E402


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, what, got=None):
        if condition:
            self.passed += 1
            print(f"ok    {what}")
        else:
            self.failed += 1
            print(f"FAIL  {what}" + (f": got {got!r}"[:400] if got is not None else ""))

    def fails(self, action, what):
        """Expects `action` to raise (a failed Spark job)."""
        try:
            action()
        except Exception as error:  # Py4JJavaError, PythonException, ...
            self.expect(True, what)
            return str(error)
        self.expect(False, what, got="the job succeeded")
        return ""


def read_output(folder):
    out = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as file:
            out += file.read().splitlines()
    return out


def counting_wrapper(folder, name, koen, log):
    """A program that logs its start and then runs koen: shipped in koen's place."""
    path = os.path.join(folder, name)
    with open(path, "w") as file:
        file.write(f'#!/bin/sh\necho $$ >> "{log}"\nexec "{koen}" "$@"\n')
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def starts(log):
    if not os.path.exists(log):
        return 0
    with open(log) as file:
        return len(file.read().split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--koen", required=True)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    options = parser.parse_args()
    koen = os.path.abspath(options.koen)
    partitions = options.partitions
    work = tempfile.mkdtemp(prefix="koen-spark-")
    checks = Checks()
    measured = {}

    records = os.path.join(work, "records.jsonl")
    inputs = make_records(records)
    with open(records, "rb") as file:
        plain = subprocess.run([koen, "analyze", "--jsonl-in", "--field", "text", "--into", "koen"], stdin=file, capture_output=True, check=True)
    plain_lines = plain.stdout.decode("utf-8").splitlines()

    # A koen on the driver's PATH only: the pipe's empty environment must not find it.
    bare = os.path.join(work, "bin")
    os.makedirs(bare)
    shutil.copy(koen, os.path.join(bare, "koen"))
    os.environ["PATH"] = bare + os.pathsep + os.environ.get("PATH", "")
    os.environ["PYSPARK_PYTHON"] = sys.executable

    import koen_job
    from pyspark.sql import SparkSession

    started = time.monotonic()
    spark = (
        SparkSession.builder.master(options.master)
        .appName("koen-job-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    measured["spark_start_seconds"] = round(time.monotonic() - started, 1)
    sc = spark.sparkContext

    # The job as written, with the static koen.
    output = os.path.join(work, "analyzed")
    summary = koen_job.run(spark, records, output, koen, partitions)
    out = read_output(output)
    measured.update(records=len(inputs), partitions=summary["partitions"], job_seconds=summary["seconds"])
    checks.expect(summary["partitions"] >= partitions, f"the input is read in {partitions} or more partitions", summary["partitions"])
    checks.expect(os.path.exists(os.path.join(output, "_SUCCESS")), "the job succeeded")
    checks.expect(len(out) == len(inputs), f"records in = records out ({len(inputs)})", len(out))
    checks.expect(out == plain_lines, "the output equals the plain pipe (koen analyze --jsonl-in < records.jsonl)")
    kept, errors, wrong = 0, 0, []
    for line_in, line_out in zip(inputs, out):
        record = json.loads(line_out)
        message = expected_error(line_in)
        if message is None:
            source = json.loads(line_in)
            if record.get("id") == source["id"] and record.get("text") == source["text"] and "koen" in record and "koen_error" not in record:
                kept += 1
            else:
                wrong.append(line_out[:200])
        else:
            if message in record.get("koen_error", "") and "koen" not in record:
                errors += 1
            else:
                wrong.append(line_out[:200])
    bad_count = sum(1 for line in inputs if expected_error(line))
    checks.expect(kept == len(inputs) - bad_count, "every good record keeps its id and text and gains 'koen'", wrong[:3])
    checks.expect(errors == bad_count, f"every bad record ({bad_count}) comes out with its koen_error", wrong[:3])
    checks.expect(summary["records"] == len(inputs) and summary["errors"] == bad_count, "the summary counts every record and error", summary)

    # What spark.read.json would have handed koen instead of the raw lines.
    frame = spark.read.schema("id string, text string, _corrupt_record string").json(records).cache()
    corrupt = frame.where("_corrupt_record is not null").count()
    number = frame.where("id = 'B2'").first()
    measured["read_json_corrupt_records"] = corrupt
    checks.expect(number is not None and number["text"] == "42", "for comparison: spark.read.json turns the number 42 in 'text' into the string '42'", number)
    checks.expect(corrupt > 0, "for comparison: spark.read.json turns lines that are not JSON into _corrupt_record", corrupt)
    frame.unpersist()

    # The pipe runs once per partition: a wrapper that logs each start is shipped as koen.
    log = os.path.join(work, "starts.log")
    wrapper = counting_wrapper(work, "koen-counted", koen, log)
    counted = koen_job.run(spark, records, os.path.join(work, "counted"), wrapper, partitions)
    measured["koen_processes"] = starts(log)
    checks.expect(starts(log) == counted["partitions"], f"koen started once per partition ({counted['partitions']})", starts(log))
    checks.expect(read_output(os.path.join(work, "counted")) == plain_lines, "through the wrapper too, the output equals the plain pipe")

    # For comparison: piped lines read with spark.read.json, no schema, no persist.
    naive_log = os.path.join(work, "naive-starts.log")
    naive = counting_wrapper(work, "koen-naive", koen, naive_log)
    naive_lines = koen_job.analyze_lines(sc.textFile(records, minPartitions=partitions), koen_job.koen_command(spark, naive))
    spark.read.json(naive_lines).count()
    measured["koen_processes_without_schema_or_persist"] = starts(naive_log)
    checks.expect(starts(naive_log) > counted["partitions"], "without a schema or persist, the pipe runs more than once per partition", starts(naive_log))

    # A koen that exits non-zero fails the job.
    mistyped = os.path.join(work, "mistyped")
    message = checks.fails(lambda: koen_job.run(spark, records, mistyped, koen, partitions, arguments="analyze --jsonl-in --feild text"),
                           "a mistyped option (koen exits 2) fails the job")
    checks.expect("PIPE_FUNCTION_EXITED" in message and "error code 2" in message, "the failure names koen's exit status", message[:300])
    checks.expect(not os.path.exists(os.path.join(mistyped, "_SUCCESS")), "the failed job left no _SUCCESS")
    # Without checkCode the same failure is silent: no error and no records.
    lines = sc.textFile(records, minPartitions=partitions)
    silent = lines.pipe(koen_job.koen_command(spark, koen, "analyze --jsonl-in --feild text")).count()
    checks.expect(silent == 0, "without checkCode, the same failure gives 0 records and no error", silent)

    # A binary that is not there fails the job.
    checks.fails(lambda: koen_job.analyze_lines(lines, "/nonexistent/koen " + koen_job.ANALYZE).count(), "a missing binary fails the job")
    if shutil.which("koen", path=os.defpath) is None:
        checks.fails(lambda: koen_job.analyze_lines(lines, "koen " + koen_job.ANALYZE).count(),
                     "a bare 'koen' on the driver's PATH is not found by the pipe (empty environment)")

    spark.stop()
    shutil.rmtree(work, ignore_errors=True)
    print("measured: " + json.dumps(measured))
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
