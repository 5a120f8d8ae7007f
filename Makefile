# nnplay. Two commands do everything:
#   make run    build the page and serve it on http://127.0.0.1:8080
#   make test   vet, native tests, the pure packages under Node (wasm), browser tests
# Other targets: make (build only: the page and its brotli copies; make all leaves those
# out); make vet, make test-go, make test-wasm, make test-chromium and make test-firefox
# (one stage of make test each); make test-pytorch; make bench, make bench-page, make size,
# make plots, make font, make clean.

GO       ?= go
GOROOT   := $(shell $(GO) env GOROOT)
WASMEXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
JSWASM   := GOOS=js GOARCH=wasm
# Packages without ebiten or syscall/js: they run natively and in the browser, so
# their tests run both ways.
PURE     := ./core/... ./plots/... ./wasm/play/...
ADDR     ?= 127.0.0.1:8080
# What a missing tool's message says to run again; make test's own steps keep it.
GOALS    ?= $(MAKECMDGOALS)
# The stages that run beside the browser tests yield the cores to them.
NICE     := nice -n 10
# go test's own guard against a hang: its default of 10 minutes failed whole packages that
# pass (the browser tests, wasm/play under Node) on a two-core machine with other work.
GOTEST   := $(GO) test -count=1 -timeout=40m
# make test TIME=1 prints each stage's wall time and CPU-seconds (GNU time) as it ends.
TIMED     = $(if $(TIME),/usr/bin/time -f '$@: %e s wall; %U+%S CPU-s')

GOFILES  := $(shell find core plots wasm -name '*.go' -not -name '*_test.go') go.mod go.sum
BUILD    := web/main.wasm web/main.wasm.js web/main.wasm.gz \
            web/plots.wasm web/plots.wasm.js web/plots.wasm.gz \
            web/worker.wasm web/worker.wasm.js web/worker.wasm.gz web/wasm_exec.js
# What make run sends to browsers that take brotli; the browser tests need none of it.
BROTLI   := web/main.wasm.br web/plots.wasm.br web/worker.wasm.br

.PHONY: all run test vet test-native test-wasm bench bench-page size plots chromium node 7zip clean
.PHONY: brotli build

.PHONY: test-firefox firefox xvfb npm torch test-pytorch font fonttools noto-cjk
.PHONY: test-stages tools test-go test-chromium test-browsers

# make builds the page and the brotli copies make run sends (build); the tests load
# the page over gzip and from disk and need only all, so that brotli's minute of CPU
# stays out of make test (wasm/e2e compresses the module itself, quickly, to test
# brotli's path).
build: all $(BROTLI)

all: $(BUILD)

PACKWASM := cmd/packwasm/main.go cmd/packwasm/run.go cmd/packwasm/data.go

# The main module is built against a copy of ebiten (cmd/ebitenpatch) whose built-in
# shaders' template runs on cmd/ebitenpatch/kagetemplate instead of text/template, which
# may call methods by name and so makes the linker keep every exported method of every
# type converted to an interface: 2.8 MB of the module, 281 KB of its brotli. The command
# writes the copy only if both write the same shaders, byte for byte. The copy also takes
# its built-in shaders' programs and their GLSL from Go literals written when it is made
# (cmd/ebitenpatch/shadergen), and only when they equal what ebiten makes at run time:
# the page compiles no Kage when it starts and links no shader compiler or go/parser.
# The page's own shader (wasm/play/kage: its edges) is compiled with them.
# go build -modfile reads .build/main.mod: go.mod with a replace of ebiten by the copy
# (.build/ebiten).
EBITEN := .build/main.mod
$(EBITEN): go.mod go.sum cmd/ebitenpatch/main.go cmd/ebitenpatch/run.go \
           cmd/ebitenpatch/shaders.go cmd/ebitenpatch/gamepad.go \
           cmd/ebitenpatch/buffers.go cmd/ebitenpatch/grow/grow.go \
           cmd/ebitenpatch/pageshaders.go wasm/play/kage/kage.go \
           cmd/ebitenpatch/kagetemplate/template.go \
           cmd/ebitenpatch/golit/golit.go $(wildcard cmd/ebitenpatch/shadergen/*.go)
	$(GO) run ./cmd/ebitenpatch -go $(GO) -out $(@D)

# The page's main module is built with inlining off (-l) in the packages that run only
# at start-up or on a rare click: what the linker keeps of ebiten's shader packages (the
# copy's shaders come compiled; its GLSL writer stays), math/big, regexp, fmt, reflect,
# encoding/json, time, os, compress/... and the like. Inlining's copies of
# small functions and their tables (pc-value tables and inline trees) cost 150 KB of
# brotli there for no gain; everything a frame runs keeps it: core, wasm/play, the
# runtime, math, sync, syscall/js, strconv, encoding/binary (the worker's messages),
# ebiten's drawing packages and x/image. Measured, same runs: the same work per frame
# and the same Go start. With -l everywhere the module was 182 KB smaller again on the wire
# (before the copy of ebiten), but a frame cost 20-60% more. The other modules are built
# as Go builds them, with ebiten as go.mod requires it.
NOINLINE := go/... math/big math/rand regexp/... net/... compress/... \
            archive/zip encoding/json encoding/csv encoding/hex encoding/base64 reflect \
            internal/fmtsort fmt time os io/fs internal/poll path/... unicode/utf16 bufio \
            hash/... context unique weak internal/godebug internal/bisect runtime/debug \
            golang.org/x/text/... golang.org/x/sync/... $(addprefix \
            github.com/hajimehoshi/ebiten/v2/internal/,shader shaderir/... builtinshader/... png \
            gamepaddb file debug)
MAINFLAGS := -modfile=$(EBITEN) $(foreach p,$(NOINLINE),-gcflags=$(p)=-l)

# Each module is linked, then its data segments are merged (cmd/packwasm -merge-data):
# the 100,000 segments Go's linker writes cost 160 KB of gzip in headers alone.
# $(call wasm,PACKAGE[,BUILD FLAGS])
define wasm
	$(JSWASM) $(GO) build -trimpath $(2) -ldflags='-s -w' -o $@.linked $(1)
	$(GO) run ./cmd/packwasm -merge-data -in $@.linked -out $@
	@rm -f $@.linked
endef

# The playground: ebiten (the copy above), core and the canvas code.
web/main.wasm: $(GOFILES) $(PACKWASM) $(EBITEN) Makefile
	$(call wasm,./wasm,$(MAINFLAGS))

# The figure module (gonum/plot and its fonts), loaded by the page on first export.
web/plots.wasm: $(GOFILES) $(PACKWASM)
	$(call wasm,./wasm/plotexport)

# The training worker (web/bootworker.js starts it in a Web Worker): core and package
# remote's training loop, no ebiten.
web/worker.wasm: $(GOFILES) $(PACKWASM)
	$(call wasm,./wasm/worker)

# From file:// a page may not fetch() a .wasm: it loads these scripts instead, which
# carry the .wasm.gz below in base64.
web/%.wasm.js: web/%.wasm.gz $(PACKWASM)
	$(GO) run ./cmd/packwasm -name $* -in $< -out $@

# Go's wasm_exec.js, run inside a function: web/bootworker.js writes that function's
# source into the training worker, which, made from a Blob, can load no script of its own
# from file://.
web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js Makefile
	{ echo 'window.nnplayGo = function () {'; cat $<; echo '};'; echo 'nnplayGo();'; } > $@.tmp
	@mv $@.tmp $@

# cmd/serve sends these instead of the modules to browsers that accept gzip, and the
# scripts above carry them. 7-Zip's deflate (-mx=9, 5 s) writes main.wasm 4% smaller
# than gzip -9 and 5% smaller than Go's compress/gzip; zopfli --i1 gains no more in 40 s,
# nor does 7-Zip's -mfb=258 -mpass=15 in 25 s. Written whole, then renamed.
web/%.wasm.gz: web/%.wasm | 7zip
	@rm -f $@.tmp
	7zz a -tgzip -mx=9 -bd -bso0 -bsp0 $@.tmp ./$<
	@mv $@.tmp $@

# cmd/serve sends these to browsers that accept br (every current one, over https and
# to 127.0.0.1), the .gz above to the rest. brotli -q 11 writes main.wasm 25% smaller
# than 7-Zip's gzip, in 24 CPU-s; -q 10 6% larger in 12, zstd -19 8% larger in 5. A
# 16 MB window (--lgwin=24) is the most browsers' decoders take. Niced: make test runs
# beside it. -c, as brotli -o would give the .br its module's time, and cmd/serve
# sends a .br only if it is no older than its module. Checked against the module.
web/%.wasm.br: web/%.wasm | brotli
	@rm -f $@.tmp
	$(NICE) brotli -q 11 --lgwin=24 -c $< > $@.tmp
	@brotli -d -c $@.tmp | cmp -s - $< || { echo "$@.tmp does not decode to $<" >&2; exit 1; }
	@mv $@.tmp $@

# ADDR=host:port serves elsewhere, e.g. when another program holds port 8080.
run: build
	$(GO) run ./cmd/serve -addr $(ADDR) -dir .

# make test installs what is missing first, one apt-get at a time, then runs vet, the
# build and the test stages side by side on the cores (make -j, each stage's output
# printed whole when it ends): the native tests and the Node tests start at once, the
# browser tests (Firefox, then Chromium) as soon as the build is done. The browser tests
# take longest; the others run niced, so that they take the cores only when the browsers
# leave them idle.
TEST_JOBS ?= 8
test: tools
	@$(MAKE) --no-print-directory -j$(TEST_JOBS) --output-sync=target GOALS='$(GOALS)' test-stages

test-stages: vet test-go test-wasm test-browsers

# The two browsers take turns, Firefox first, and make test fails if either fails. Side by
# side on two cores Firefox ran about 4.5 times slower than alone (first frame 15 s, not
# 1.2 s) and a CI run failed on its guard against a hang.
test-browsers:
	@$(MAKE) --no-print-directory GOALS='$(GOALS)' test-firefox; firefox=$$?; \
	 $(MAKE) --no-print-directory GOALS='$(GOALS)' test-chromium && exit $$firefox

# One at a time, whatever -j make test was given: apt-get takes Debian's lock.
tools:
	@$(MAKE) --no-print-directory -j1 GOALS='$(GOALS)' chromium node torch 7zip brotli firefox \
	  xvfb npm

# Vet and the native tests build with -trimpath, as the wasm tests do: without it Go's
# build cache keys the project's packages by their folder, and a clean clone compiled and
# vetted them all again (about 18 CPU-seconds) even when another folder had just built
# the same sources.
vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	 if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted" >&2; exit 1; fi
	$(TIMED) $(GO) vet -trimpath ./...
	$(JSWASM) $(TIMED) $(GO) vet -trimpath ./wasm ./wasm/plotexport ./wasm/worker $(PURE)

# Native tests: every package's (test-go), the fuzz targets' seed corpora among them,
# and the browser tests in headless Chromium (test-chromium, ./wasm/e2e).
test-native: test-go test-chromium

# cmd/serve's tests find the project by the path of their source file, which -trimpath
# hides: they build as usual, after the rest.
test-go:
	$(TIMED) $(NICE) sh -c '$(GOTEST) -trimpath \
	  $$($(GO) list ./... | grep -v -e "/wasm/e2e$$" -e "/cmd/serve") && \
	  $(GOTEST) ./cmd/serve/...'

# Three pages at a time: a page's test waits on its frames for much of its time. Tests that
# do not test the load take a loaded page from a pool, reset (wasm/e2e/pool_test.go). Run
# in the package's folder, go test prints what the tests print at the end when they pass
# too: the pool's loads and the CPU time of Chromium's processes, which TIME's figure for
# this stage leaves out (they are not children the test waits for).
test-chromium: all chromium
	cd wasm/e2e && $(TIMED) $(GOTEST) -parallel 3

# The pure packages again, compiled to wasm and run under Node. With -trimpath, as the
# modules are built and vetted: other flags would compile the standard library and every
# dependency for wasm a second time (about 20 CPU-s with a cold build cache).
test-wasm: node
	$(JSWASM) $(TIMED) $(NICE) $(GOTEST) -trimpath -exec="$(WASMEXEC)" $(PURE)

# The browser tests need Chromium, the wasm tests Node.js, the check of the PyTorch export
# Debian's PyTorch and the build 7-Zip. As root on Debian make installs what is missing;
# otherwise it stops and says how, rather than skip tests or send bigger files.
# $(call need,COMMAND,PACKAGE,PURPOSE)
need = $(call needif,command -v $(1),$(2),$(3))
# $(call needif,CHECK,PACKAGE,PURPOSE): CHECK is a shell command that fails when PACKAGE
# is missing, and must pass once it is installed.
define needif
	@if ! $(1) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's $(2) for $(3)..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	    if ! $(1) >/dev/null 2>&1; then \
	      echo "make installed $(2) for $(3), but the check still fails: $(1)" >&2; exit 1; \
	    fi; \
	  else \
	    echo "make needs $(2) for $(3): install it (Debian: sudo apt-get install $(2)) and run make$(if $(GOALS), $(GOALS)) again." >&2; \
	    exit 1; \
	  fi; \
	fi
endef

chromium:
	$(call need,chromium,chromium,the browser tests)

node:
	$(call need,node,nodejs,the wasm tests)

7zip:
	$(call need,7zz,7zip,compressing the wasm modules that make run sends)

brotli:
	$(call need,brotli,brotli,compressing the wasm modules that make run sends)

# The exported Python programs run in Debian's PyTorch (1.13) at /usr/bin/python3: the
# python3 first on PATH may be another one, without torch.
TORCH_PYTHON := /usr/bin/python3
torch:
	$(call needif,$(TORCH_PYTHON) -c 'import torch',python3-torch,checking the PyTorch export)

# Only the PyTorch export's check: core's tests that run the exported programs.
test-pytorch: torch
	$(GOTEST) -run 'PyTorch' ./core

firefox:
	$(call need,firefox-esr,firefox-esr,the Firefox test)

# Xvfb only when there is no display: headless Firefox has no WebGL here.
xvfb:
ifeq ($(DISPLAY),)
	$(call need,xvfb-run,xvfb xauth,the Firefox test without a display)
endif

npm:
	$(call need,npm,npm,the Firefox test's driver)

# The Firefox smoke test (wasm/e2e/firefox/smoke.mjs): Debian's firefox-esr driven by
# puppeteer-core over WebDriver BiDi, installed by npm ci at the version the lockfile
# pins; under Xvfb when there is no display.
FIREFOX_TEST := wasm/e2e/firefox
XVFB         := xvfb-run -a -s '-screen 0 1400x1100x24'

test-firefox: all firefox xvfb $(FIREFOX_TEST)/node_modules/.package-lock.json
	cd $(FIREFOX_TEST) && GO=$(GO) $(TIMED) $(if $(DISPLAY),,$(XVFB)) node smoke.mjs

$(FIREFOX_TEST)/node_modules/.package-lock.json: $(FIREFOX_TEST)/package-lock.json | node npm
	cd $(FIREFOX_TEST) && npm ci --no-audit --no-fund

# Benchmarks of the reference workloads, natively and under Node: each figure with its
# allocations and its ratio to the workload's arithmetic bound (cmd/benchtable).
bench: node
	@mkdir -p test-artifacts
	$(GO) test -run '^$$' -bench . -benchmem -count 3 ./core | tee test-artifacts/bench-native.txt
	$(JSWASM) $(GO) test -run '^$$' -bench . -benchmem -count 3 -exec="$(WASMEXEC)" ./core \
	  | tee test-artifacts/bench-wasm.txt
	$(GO) run ./cmd/benchtable test-artifacts/bench-native.txt test-artifacts/bench-wasm.txt

# The built page in headless Chromium, served as make run serves it and from file://
# (cmd/benchpage): bytes on the wire, first frame (and the floor: the same measure of
# pages that do next to nothing), frames and epochs per second at each speed, work per
# frame in Play and Step, memory after a minute of training. About five minutes; the
# table also goes to test-artifacts/bench-page.txt. A slow machine gives slow figures,
# never a failure: it fails only on a broken page.
bench-page: build chromium
	$(GO) run ./cmd/benchpage -root . -out test-artifacts/bench-page.txt

# The page's main module by Go package and its data by region, raw and gzipped
# (cmd/wasmsize; also in test-artifacts/size.txt). web/main.wasm is built without
# function names (-s -w): this builds its twin with them in a temporary folder, its data
# segments merged as make merges them.
SIZEPKGS := '{{.ImportPath}} {{.Name}} {{with .Module}}{{.Path}}{{else}}std{{end}}'
size: $(EBITEN)
	@mkdir -p test-artifacts
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	 $(JSWASM) $(GO) build -trimpath $(MAINFLAGS) -o "$$tmp/linked.wasm" ./wasm && \
	 $(GO) run ./cmd/packwasm -merge-data -in "$$tmp/linked.wasm" -out "$$tmp/main.wasm" && \
	 $(JSWASM) $(GO) list -modfile=$(EBITEN) -deps -f $(SIZEPKGS) ./wasm > "$$tmp/packages.txt" && \
	 $(GO) run ./cmd/wasmsize -title 'main.wasm (./wasm, as make builds it)' \
	   -pkgs "$$tmp/packages.txt" "$$tmp/main.wasm" > "$$tmp/size.txt" && \
	 cp "$$tmp/size.txt" test-artifacts/size.txt && cat test-artifacts/size.txt

plots:
	$(GO) run ./cmd/plotgen -out plots-out

# The Korean font (wasm/play/kofont): a subset of Noto Sans CJK KR, font number 1 of
# Debian's fonts-noto-cjk collection, holding only what cmd/fontrunes lists (printable
# ASCII and every character of the page's strings and the figures' words), without
# hinting or layout tables. Its line metrics become the Hangul's em box, ascent 1000 and
# descent 250 of 1000: the collection's 1160 and 288 set Korean figure text low beside
# its legend swatches. The subset is committed, so that a machine without fonttools
# or the fonts builds the page; TestFontsHaveEveryGlyph says when to run this again.
NOTO   := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
KOFONT := wasm/play/kofont/NotoSansCJKkr-subset.otf

define KOFONT_METRICS
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], recalcTimestamp=False)
f["hhea"].ascent, f["hhea"].descent, f["hhea"].lineGap = 1000, -250, 0
os2 = f["OS/2"]
os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = 1000, -250, 0
os2.usWinAscent, os2.usWinDescent = 1000, 250
f.save(sys.argv[1])
endef
export KOFONT_METRICS

# The canvas's Latin font (wasm/play/latinfont): a subset of the Go font that
# golang.org/x/image carries (the module go.mod names), holding what cmd/fontrunes -latin
# lists, without hinting, which the canvas's rasteriser does not read, or layout tables.
# TestLatinSubsetDrawsAsTheGoFont checks that it draws as the whole font does.
LATINFONT := wasm/play/latinfont/Go-Regular-subset.ttf

font: fonttools noto-cjk
	$(GO) run ./cmd/fontrunes > $(KOFONT).txt
	pyftsubset $(NOTO) --font-number=1 --text-file=$(KOFONT).txt --layout-features='' \
	  --no-hinting --output-file=$(KOFONT).tmp
	/usr/bin/python3 -c "$$KOFONT_METRICS" $(KOFONT).tmp
	@mv $(KOFONT).tmp $(KOFONT); rm -f $(KOFONT).txt
	@echo "$(KOFONT): $$(wc -c < $(KOFONT)) bytes; commit it"
	$(GO) run ./cmd/fontrunes -latin > $(LATINFONT).txt
	gofont=$$($(GO) list -m -f '{{.Dir}}' golang.org/x/image)/font/gofont/ttfs/Go-Regular.ttf && \
	pyftsubset "$$gofont" --text-file=$(LATINFONT).txt --layout-features='' --no-hinting \
	  --output-file=$(LATINFONT).tmp
	@mv $(LATINFONT).tmp $(LATINFONT); rm -f $(LATINFONT).txt
	@echo "$(LATINFONT): $$(wc -c < $(LATINFONT)) bytes; commit it"

fonttools:
	$(call need,pyftsubset,fonttools,making the font subsets)

noto-cjk:
	@if [ ! -f $(NOTO) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's fonts-noto-cjk for the Korean font subset..."; \
	    apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; \
	  else \
	    echo "make font needs $(NOTO): install it (Debian: sudo apt-get install" \
	      "fonts-noto-cjk) and run make font again." >&2; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(BUILD) $(BROTLI) web/*.linked web/*.tmp plots-out test-artifacts .build
