#include "io/read_ahead.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace thidua::io {

namespace {

// Rows travel between the threads in batches, so that the lock is taken
// once per batch rather than once per row.
constexpr std::size_t kBatchRows = 256;
constexpr std::size_t kMaxBatches = kReadAheadRows / kBatchRows;

struct Batch {
  bool is_header = false;  // the file's header row (in `header`), no rows
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
};

// What the two threads share. The parser pushes batches and, last, its
// status; the sink's side pops them. `stopped` tells the parser that the
// sink has failed and nothing more is wanted.
class Channel {
 public:
  // Parser side: false when the sink's side has stopped.
  bool push(Batch&& batch) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return stopped_ || batches_.size() < kMaxBatches; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    ready_.notify_one();
    return true;
  }
  void finish(core::Status status) {
    std::lock_guard lock(mutex_);
    status_ = std::move(status);
    finished_ = true;
    ready_.notify_one();
  }
  bool stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

  // Sink side: the next batch, or nothing once the parser has finished and
  // every batch has been taken.
  std::optional<Batch> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return finished_ || !batches_.empty(); });
    if (batches_.empty()) return std::nullopt;
    Batch b = std::move(batches_.front());
    batches_.pop_front();
    room_.notify_one();
    return b;
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    batches_.clear();
    room_.notify_one();
  }
  core::Status status() {
    std::lock_guard lock(mutex_);
    return status_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::deque<Batch> batches_;
  bool finished_ = false;
  bool stopped_ = false;
  core::Status status_;
};

// The parser thread's sink: gathers rows into batches for the channel.
class BatchingSink : public RowSink {
 public:
  explicit BatchingSink(Channel& channel) : channel_(channel) {}

  core::Status header(const std::vector<std::string>& header) override {
    Batch b;
    b.is_header = true;
    b.header = header;
    return send(std::move(b));
  }
  core::Status row(std::vector<std::string>&& cells, int row_number) override {
    pending_.rows.push_back(std::move(cells));
    pending_.numbers.push_back(row_number);
    if (pending_.rows.size() < kBatchRows) return {};
    return send(std::exchange(pending_, Batch{}));
  }
  core::Status flush() { return pending_.rows.empty() ? core::Status{} : send(std::exchange(pending_, Batch{})); }

 private:
  core::Status send(Batch&& b) {
    if (!channel_.push(std::move(b))) return core::make_error(core::errc::kInternal, "read ahead stopped");
    return {};
  }
  Channel& channel_;
  Batch pending_;
};

}  // namespace

core::Status read_table_rows_ahead(std::string_view bytes, std::string_view filename, RowSink& sink,
                                   const ReadLimits& limits) {
  Channel channel;
  std::thread parser([&] {
    core::Status status;
    try {
      BatchingSink batching(channel);
      status = read_table_rows(bytes, filename, batching, limits);
      // The rows read before a reading error still reach the sink first.
      auto flushed = batching.flush();
      if (status.ok()) status = std::move(flushed);
    } catch (const std::exception& e) {
      status = core::make_error(core::errc::kInternal, e.what());
    }
    channel.finish(std::move(status));
  });
  // However the loop below ends (an error, an exception from the sink), the
  // parser is told to stop and is joined before `bytes` or the channel go.
  struct Join {
    Channel& channel;
    std::thread& thread;
    ~Join() {
      channel.stop();
      thread.join();
    }
  } join{channel, parser};
  core::Status failed;
  while (auto batch = channel.pop()) {
    core::Status st;
    if (batch->is_header) st = sink.header(batch->header);
    for (size_t i = 0; st.ok() && i < batch->rows.size(); ++i) st = sink.row(std::move(batch->rows[i]), batch->numbers[i]);
    if (!st.ok()) {
      failed = std::move(st);
      break;
    }
  }
  if (!failed.ok()) return failed;
  // pop() gave nothing: the parser has finished.
  return channel.status();
}

}  // namespace thidua::io
