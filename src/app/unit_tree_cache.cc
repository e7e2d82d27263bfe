#include "app/unit_tree_cache.h"

namespace thidua::app {

UnitTreeCache::Tree UnitTreeCache::get(int64_t counter, const std::string& scope_key) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (counter_ != counter) return nullptr;
  auto it = trees_.find(scope_key);
  return it == trees_.end() ? nullptr : it->second;
}

void UnitTreeCache::put(int64_t counter, const std::string& scope_key, Tree tree) {
  if (!tree || tree->size() > max_nodes_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (counter_ != counter || nodes_ + tree->size() > max_nodes_) {
    trees_.clear();
    nodes_ = 0;
    counter_ = counter;
  }
  auto [it, added] = trees_.try_emplace(scope_key, tree);
  if (added) {
    nodes_ += tree->size();
  } else {
    nodes_ = nodes_ - it->second->size() + tree->size();
    it->second = std::move(tree);
  }
}

void UnitTreeCache::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  trees_.clear();
  nodes_ = 0;
  counter_.reset();
}

}  // namespace thidua::app
