// The organisation tree as each reader sees it (app::unit_tree), kept by a
// server between requests: a drop-down of every unit on each list page would
// otherwise read and build every unit the reader sees on every request (tens
// of thousands at national scale). Entries are keyed by the reader's scopes
// and labelled with the units' change counter (store/change_counters.h): a
// write to units by any server or command raises it, and the next request
// that finds another counter drops every entry. Staleness: none beyond the
// one-row read each use costs.
// Thread-safe; holds at most `max_nodes` units over all entries (then starts
// afresh); entries are shared read-only with the requests using them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/org.h"

namespace thidua::app {

class UnitTreeCache {
 public:
  using Tree = std::shared_ptr<const std::vector<UnitNode>>;

  explicit UnitTreeCache(size_t max_nodes = 200000) : max_nodes_(max_nodes) {}

  // The tree stored for `scope_key` at `counter`; null when none is.
  Tree get(int64_t counter, const std::string& scope_key);
  // Stores a tree read at `counter`. Entries of any other counter go first
  // (higher or lower: a restored database may count from lower again); a tree
  // larger than max_nodes is not stored.
  void put(int64_t counter, const std::string& scope_key, Tree tree);
  void clear();

 private:
  size_t max_nodes_;
  std::mutex mutex_;
  std::optional<int64_t> counter_;
  size_t nodes_ = 0;
  std::unordered_map<std::string, Tree> trees_;
};

}  // namespace thidua::app
