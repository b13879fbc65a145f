#if canImport(Glibc)
  import Glibc
#endif
import Dispatch
import KoEn

/// A command's work on the text of one record in record mode.
protocol RecordProcessor: Sendable {
  /// KoEn's result for `text`, added to the record. Throws a message that becomes the
  /// record's error field.
  func result(for text: String) throws(RecordFailure) -> JSONValue
}

/// Why one record got an error field instead of a result.
struct RecordFailure: Error, Sendable {
  /// The message.
  let message: String
}

/// Record mode (`--jsonl-in`): reads JSON Lines, adds KoEn's result to each record and writes
/// it out: one line in, one line out, in order, so it can sit behind Spark's `RDD.pipe` or
/// Hadoop Streaming.
///
/// A record that cannot be used is never dropped: it comes out with an error field
/// (`koen_error` for `--into koen`) and, when it was not JSON at all, its text in
/// `koen_input`. Such records do not change the exit status (a non-zero status fails a Spark
/// task); reading and writing failures do (74). Empty lines are copied as they are.
/// Records are processed in parallel in blocks of lines; memory is bounded by the block.
struct RecordRunner {
  /// The inputs (standard input by default).
  let input: InputOptions
  /// The record options.
  let options: RecordOptions
  /// Standard error and the exit status.
  let diagnostics: Diagnostics

  /// Runs `processor` over every record.
  func run(_ processor: some RecordProcessor, sink: OutputSink) throws(WriteFailure) {
    let items = InputItem.enumerate(input)
    let jobs = input.jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    for item in items {
      do {
        var chunker = LineChunker(try ByteReader(item), size: min(input.chunkSize, 1 << 20))
        while let chunk = try chunker.next() {
          let lines = RecordRunner.lines(of: chunk.bytes)
          let outputs = RecordRunner.map(lines, jobs: jobs) { line in
            RecordRunner.process(line, processor, options)
          }
          for line in outputs {
            try sink.write(line)
            try sink.write("\n")
          }
          try sink.flush()
        }
      } catch let failure as ReadFailure {
        diagnostics.report(failure.diagnostic)
      } catch let failure as WriteFailure {
        throw failure
      } catch {
        diagnostics.report(Diagnostic(file: item.name, message: "\(error)", status: .ioError))
      }
    }
    try sink.flush()
  }

  /// The lines of a chunk, without their line breaks (`\n` or `\r\n`).
  static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      var end = i
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      result.append(bytes[start..<end])
      start = i + 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
  }

  /// The output line for one input line.
  static func process(_ line: ArraySlice<UInt8>, _ processor: some RecordProcessor, _ options: RecordOptions) -> String {
    let errorKey = options.into + "_error"
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return String(decoding: line, as: UTF8.self) }
    if let bad = UTF8Validation.firstInvalidOffset(in: line) {
      return JSONValue.object([
        (errorKey, .string("invalid UTF-8 at byte \(bad) of the record")),
        (options.into + "_input", .string(String(decoding: line, as: UTF8.self))),
      ]).serialized()
    }
    let record: JSONValue
    do {
      record = try JSONParser.parse(line)
    } catch {
      return JSONValue.object([
        (errorKey, .string(error.description)),
        (options.into + "_input", .string(String(decoding: line, as: UTF8.self))),
      ]).serialized()
    }
    guard case .object(var fields) = record else {
      return JSONValue.object([
        (errorKey, .string("the record is not a JSON object")),
        (options.into + "_input", record),
      ]).serialized()
    }
    fields.removeAll { $0.0 == options.into || $0.0 == errorKey }
    switch record[options.field] {
    case .string(let text):
      do {
        fields.append((options.into, try processor.result(for: text)))
      } catch {
        fields.append((errorKey, .string(error.message)))
      }
    case nil:
      fields.append((errorKey, .string("the record has no field '\(options.field)'")))
    case .some:
      fields.append((errorKey, .string("the field '\(options.field)' is not a string")))
    }
    return JSONValue.object(fields).serialized()
  }

  /// `transform` applied to every element on `jobs` threads, results in order.
  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 64 || jobs == 1 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    let box = UnsafeBox(results)
    let blocks = min(jobs * 4, items.count)
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      let lower = items.count * block / blocks
      let upper = items.count * (block + 1) / blocks
      for k in lower..<upper { box.buffer[k] = transform(items[k]) }
    }
    return results.map { $0! }
  }
}

/// A buffer whose elements are written by different threads, each element by one thread.
private struct UnsafeBox<R>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<R?>
  init(_ buffer: UnsafeMutableBufferPointer<R?>) { self.buffer = buffer }
}
