# Entry points. `make demo` installs what is missing, builds, loads the demo into
# data/thidua.db and serves it on http://127.0.0.1:8080. `make test` runs every test.
BUILD ?= build
DB ?= sqlite:data/thidua.db
LISTEN ?= 127.0.0.1:8080

.PHONY: setup build demo serve test bench clean

setup:
	bash scripts/setup

build: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) --target thidua

demo: build
	mkdir -p data
	./$(BUILD)/thidua migrate --db $(DB)
	./$(BUILD)/thidua demo --db $(DB) --if-empty
	./$(BUILD)/thidua serve --db $(DB) --listen $(LISTEN)

serve: build
	./$(BUILD)/thidua serve --db $(DB) --listen $(LISTEN)

test: setup
	bash scripts/test

bench: build
	cmake --build $(BUILD) --target thidua_floor thidua_micro_bench
	bash bench/run.sh
	bash bench/campaign.sh

clean:
	rm -rf $(BUILD) build-test build-asan build-fuzz
