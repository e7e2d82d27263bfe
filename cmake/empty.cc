// An empty translation unit, used while a layer has no sources of its own.
namespace thidua {}
