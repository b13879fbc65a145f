// The same pipe from Scala, for spark-shell:
//   KOEN=/path/to/koen RECORDS=records.jsonl OUT=out-dir spark-shell --master 'local[2]' -i koen_pipe.scala
// KOEN_ARGS replaces the koen arguments (a mistyped option shows the job failing, exit status 1).
// Scala's RDD.pipe always fails the task when the program exits non-zero; raw lines in
// (textFile) and an explicit path to the shipped koen apply as in koen_job.py.
import org.apache.spark.SparkFiles

val koen = sys.env("KOEN")
sc.addFile(koen)
// One machine: the executors' copy is the driver's; on a cluster it is in their working directory.
val program = if (sc.master == "local" || sc.master.startsWith("local[")) SparkFiles.get("koen") else "./koen"
val arguments = sys.env.getOrElse("KOEN_ARGS", "analyze --jsonl-in --field text --into koen").split(" ").toSeq
val lines = sc.textFile(sys.env("RECORDS"), 4)
val analyzed = lines.pipe(program +: arguments)
val started = System.nanoTime
val status =
  try {
    analyzed.saveAsTextFile(sys.env("OUT"))
    println(f"koen_pipe: ${lines.getNumPartitions} partitions in ${(System.nanoTime - started) / 1e9}%.2f s")
    0
  } catch {
    case e: Exception =>
      val causes = Iterator.iterate[Throwable](e)(_.getCause).takeWhile(_ != null).map(c => String.valueOf(c.getMessage))
      println("koen_pipe: the job failed: " + causes.flatMap(_.linesIterator).find(_.contains("exited")).getOrElse(e.getMessage.take(200)))
      1
  }
System.exit(status)
