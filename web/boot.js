// Boots the playground's wasm. First it checks that the browser has what the page needs
// and, when something is missing, says what and what to do, in the page's language.
// Over http it compiles each module as it downloads and shows the progress. From
// file:// fetch() of a .wasm is refused, so the build also writes each module gzipped
// into a script (web/main.wasm.js, see cmd/packwasm), loaded here with a classic
// <script>, unpacked and compiled in the page. compile() returns a WebAssembly.Module,
// which a Worker can be sent by postMessage as well. The plot module (web/plots.wasm)
// loads the same way, the first time a figure is exported. When a Go program stops, the
// page names the error.
//
// This script must run in browsers too old for the page, to tell them so: it keeps to
// ES2017 (no ?. or ??) and checks every newer API before it uses it.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const text = $('loading-text');
  const bar = $('loading-bar');
  const fromDisk = location.protocol === 'file:';

  // The page's language: a link's (#...&lang=ko, else ?lang=ko), shown but not kept;
  // else the kept one: "nnplay-lang" in localStorage, the learner's last choice; else the
  // browser's. The program reads the kept one from <html data-kept>, and again from
  // nnplayBoot.kept when another tab changes localStorage.
  function keptLang() {
    try {
      const saved = localStorage.getItem('nnplay-lang');
      if (saved === 'en' || saved === 'ko') return saved;
    } catch (e) { /* storage is blocked: fall back to the browser's language */ }
    return String(navigator.language || '').toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en';
  }
  const kept = keptLang();
  const linked = /(?:^#|&)lang=(en|ko)(?:&|$)/.exec(location.hash) ||
    /[?&]lang=(en|ko)(?:&|$)/.exec(location.search);
  // A query's language the page has not (?lang=xx, ?lang=) shows English, and the program
  // says so (play.SetPageAddress).
  const lang = linked ? linked[1] : /[?&]lang=/.test(location.search) ? 'en' : kept;
  document.documentElement.dataset.kept = kept;

  // The words of the loading screen and of figure exports (web/bootwords.js). The page
  // speaks the language of <html lang>, which the program sets when the learner switches.
  const dictionary = window.nnplayBootWords;
  if (!dictionary) {
    text.textContent = 'web/bootwords.js is missing: this copy of the playground is incomplete.';
    return;
  }
  let words = dictionary[lang];
  document.documentElement.lang = lang;
  bar.setAttribute('aria-label', words.progress);
  text.textContent = words.loading;

  // The page stays blank (body.quiet: web/style.css) for its first second, unless it
  // fails or its first frame comes sooner. On a software renderer (SwiftShader) the
  // loading screen's first paint, its text and bar, holds the GPU process some 150 ms
  // just when the program checks WebGL and draws its first frame, which wait for it; a
  // blank page costs it next to nothing.
  const quiet = 1000;
  document.body.classList.add('quiet');
  setTimeout(() => document.body.classList.remove('quiet'), quiet);

  let failed = false;

  // fail shows why the page cannot go on: message, then the error it stopped with, if
  // any, set apart, then advice. It keeps the first failure: later ones follow from it.
  function fail(message, detail, advice) {
    if (failed) return;
    failed = true;
    const started = document.body.classList.contains('ready');
    text.textContent = started ? words.stopped : words.cannotStart;
    bar.hidden = true;
    const err = $('loading-error');
    err.textContent = message;
    if (detail) {
      const code = document.createElement('code');
      code.textContent = detail;
      code.style.whiteSpace = 'pre-wrap';
      err.appendChild(document.createElement('br'));
      err.appendChild(code);
    }
    if (advice) {
      err.appendChild(document.createElement('br'));
      err.appendChild(document.createTextNode(advice));
    }
    err.hidden = false;
    document.body.classList.remove('ready', 'quiet');
  }

  function rebuild(what) {
    return new Error(what + ' ' + words.rebuild);
  }

  // progress shows how far loading has come, in a fraction of the bar (null: unknown,
  // the bar stays) and words. Each change repaints the loading screen, and where a
  // software renderer composites the page (SwiftShader), a repaint holds the GPU
  // process's one thread for 20-200 ms (a frame, and in a headless browser its read-back),
  // ahead of the WebGL context and the first frame the page waits for: the screen changes
  // at most every 250 ms, the latest news first, and the bar is never indeterminate
  // (Chromium repaints that state's animation every frame). The screen shows, and first
  // changes, at the end of the quiet second (above). Measured, same runs, before that
  // second hid the screen: the first frame reached the screen 30-150 ms sooner than with
  // a change every 250 ms from the start.
  let shown = Date.now() + quiet - 250; // when the screen last changed, or as if it had
  let next = null; // [fraction, label], waiting for its turn
  let timer = 0;
  function progress(fraction, label) {
    if (failed) return;
    next = [fraction === null && next ? next[0] : fraction, label];
    if (timer) return; // it shows the latest
    const wait = shown + 250 - Date.now();
    if (wait <= 0) showNext();
    else timer = setTimeout(showNext, wait);
  }
  function showNext() {
    timer = 0;
    if (failed || !next) return;
    const [fraction, label] = next;
    next = null;
    shown = Date.now();
    if (label) text.textContent = label;
    if (fraction !== null) bar.value = fraction;
  }

  // What the page needs, besides WebGL; each returns a message when it is missing.
  // Go's wasm uses sign extension, saturating float-to-int and bulk memory: this module
  // holds one instruction of each, so that an engine without them says so here.
  const goFeatures = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127,
    3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 29, 1, 27, 0, 32, 0, 192, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0,
    68, 0, 0, 0, 0, 0, 0, 0, 0, 252, 2, 106, 11]);
  const needs = [
    () => typeof WebAssembly === 'object' && WebAssembly.instantiate ? '' : words.noWasm,
    () => WebAssembly.validate(goFeatures) ? '' : words.oldWasm,
    () => {
      // wasm_exec.js throws without the first four, and Go is then undefined; the
      // rest are this script's own.
      const api = ['TextEncoder', 'TextDecoder', 'performance', 'crypto', 'fetch', 'Response',
        'Blob'].find((name) => !window[name]);
      if (api) return words.lacks(api);
      return crypto.getRandomValues ? '' : words.lacks('crypto.getRandomValues');
    },
    () => {
      if (!fromDisk) return '';
      const unpacks = typeof DecompressionStream === 'function' && Blob.prototype.stream;
      return unpacks ? '' : words.noDecompress;
    },
  ];

  // glChecked tells whether canvas, ebiten's, has a WebGL 2 context, with the attributes
  // ebiten asks for: the context ebiten then gets, as a canvas keeps its first context,
  // so that the check creates none of its own (each costs the GPU process a round trip
  // and, on a software renderer, tens of ms). Without one it says why, naming WebGL 1
  // when a scratch canvas has that.
  const glAttrs = { alpha: true, premultipliedAlpha: true, stencil: true };
  function glChecked(canvas) {
    let gl = null;
    try {
      gl = canvas.getContext('webgl2', glAttrs);
    } catch (e) { /* a browser that throws here has no WebGL 2 */ }
    performance.mark('nnplay-webgl-checked');
    if (gl) return true;
    let gl1 = null;
    try {
      gl1 = document.createElement('canvas').getContext('webgl', glAttrs);
    } catch (e) { /* nor WebGL 1 */ }
    fail(gl1 ? words.onlyWebGL1 : words.noWebGL);
    return false;
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(rebuild(words.missing(src)));
      document.head.appendChild(s);
    });
  }

  // unpackScript undoes cmd/packwasm: packed is [n, s], a gzip of n bytes carried two
  // bytes to each character of s, low byte first; the character 1 says that the next
  // one is escaped (XOR 0x8000).
  function unpackScript([n, s]) {
    const out = new Uint8Array(n + 1);
    for (let i = 0, j = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 1) c = s.charCodeAt(++i) ^ 0x8000;
      out[j++] = c & 255;
      out[j++] = c >> 8;
    }
    return out.subarray(0, n);
  }

  // expectedBytes is the size fetch will deliver. A server that sends the wasm gzipped
  // gives its decompressed size in X-Decoded-Length, as Content-Length is then the
  // compressed size; without either, the size is unknown (0).
  function expectedBytes(headers) {
    const decoded = Number(headers.get('X-Decoded-Length'));
    if (decoded > 0) return decoded;
    const encoding = headers.get('Content-Encoding');
    if (encoding && encoding !== 'identity') return 0;
    return Number(headers.get('Content-Length')) || 0;
  }

  // counted passes the response through, reporting the share of it read so far.
  function counted(resp, onProgress) {
    if (typeof TransformStream !== 'function' || !resp.body || !resp.body.pipeThrough) {
      onProgress(null, words.loading);
      return resp;
    }
    const total = expectedBytes(resp.headers);
    let loaded = 0;
    const body = resp.body.pipeThrough(new TransformStream({
      transform(chunk, ctl) {
        loaded += chunk.length;
        if (total) {
          const share = Math.min(1, loaded / total);
          onProgress(share, words.loadingPercent(Math.floor(100 * share)));
        } else {
          onProgress(null, words.loadingMB((loaded / 1e6).toFixed(1)));
        }
        ctl.enqueue(chunk);
      },
    }));
    return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
  }

  // compile returns web/<name>.wasm compiled, streaming over http.
  async function compile(name, onProgress) {
    const file = 'web/' + name + '.wasm';
    try {
      if (fromDisk) {
        onProgress(null, words.reading);
        await loadScript(file + '.js');
        const packed = (window.nnplayWasm || {})[name];
        if (!Array.isArray(packed)) throw rebuild(words.empty(file + '.js'));
        onProgress(null, words.unpacking);
        const gz = new Blob([unpackScript(packed)]).stream()
          .pipeThrough(new DecompressionStream('gzip'));
        delete window.nnplayWasm[name];
        const unpacked = new Response(gz, { headers: { 'Content-Type': 'application/wasm' } });
        if (WebAssembly.compileStreaming) return await WebAssembly.compileStreaming(unpacked);
        const bytes = await unpacked.arrayBuffer();
        onProgress(null, words.compiling);
        return await WebAssembly.compile(bytes);
      }
      const resp = await fetch(file);
      if (!resp.ok) throw rebuild(file + ': HTTP ' + resp.status + '.');
      const body = counted(resp, onProgress);
      if (WebAssembly.compileStreaming) return await WebAssembly.compileStreaming(body);
      return await WebAssembly.compile(await body.arrayBuffer());
    } catch (e) {
      if (e instanceof WebAssembly.CompileError) throw new Error(words.noCompile(e.message));
      throw e;
    }
  }

  // The Go runtime prints a panic to standard error through wasm_exec.js's fs.writeSync,
  // then exits and go.run resolves: keep the end of that output to name the error.
  let stderr = '';
  let stderrBytes = 0; // all ever written, to tell whether a program wrote any
  function captureStderr() {
    const fs = window.fs;
    const write = fs.writeSync;
    const decoder = new TextDecoder();
    fs.writeSync = function (fd, buf) {
      if (fd === 2) {
        stderr = (stderr + decoder.decode(buf, { stream: true })).slice(-16384);
        stderrBytes += buf.length;
      }
      return write.call(this, fd, buf);
    };
  }

  // goError is the last panic or fatal error in Go's standard error, without the
  // goroutine dump after it.
  function goError() {
    const lines = stderr.split('\n');
    let first = -1;
    lines.forEach((line, i) => { if (/^(panic|fatal error): /.test(line)) first = i; });
    if (first < 0) return '';
    const dump = /^goroutine \d+ \[/;
    let last = first + 1;
    while (last < lines.length && lines[last] !== '' && !dump.test(lines[last])) last++;
    return lines.slice(first, last).join('\n').slice(0, 1000);
  }

  // run starts module as a Go program and resolves, when it ends, with why: its panic,
  // or its exit code.
  async function run(module) {
    const go = new Go();
    let exitCode = 0;
    const exit = go.exit;
    go.exit = (code) => { exitCode = code; exit(code); };
    const inst = await WebAssembly.instantiate(module, go.importObject);
    if (module === mainModule) performance.mark('nnplay-instantiated'); // Go's start follows
    const before = stderrBytes;
    try {
      await go.run(inst);
    } catch (e) {
      return { error: String(e), exitCode: 1 }; // a trap while it started
    }
    return { error: stderrBytes > before ? goError() : '', exitCode };
  }

  // stopped says that the playground's Go program ended, naming its error.
  function stopped(error, exitCode) {
    if (error) fail(words.stoppedWith, error, words.bug);
    else if (exitCode) fail(words.exitCode(exitCode));
    else fail(words.reload);
  }

  function download(name, bytes, mime) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // copy puts text on the clipboard; it answers whether the browser let it.
  function copy(text) {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return Promise.resolve(false);
    return navigator.clipboard.writeText(text).then(() => true, () => false);
  }

  // readText reads a file's text: it answers {text}, or {error} saying why it could not.
  function readText(file) {
    return file.text().then((text) => ({ text }), (e) => ({ error: String(e) }));
  }

  let plots = null; // the plot module, loaded once
  function plotModule() {
    if (!plots) {
      plots = (async () => {
        const module = await compile('plots', () => {});
        const ready = new Promise((resolve) => {
          addEventListener('nnplay-plots-ready', () => resolve(window.nnplayPlots), { once: true });
        });
        const ended = run(module).then((why) => {
          plots = null;
          throw new Error(words.figureStopped + (why.error ? ': ' + why.error : ''));
        });
        return Promise.race([ready, ended]);
      })();
      plots.catch(() => { plots = null; });
    }
    return plots;
  }

  // say writes an export's progress in the page's language; a switch of language says
  // the last of it again, unless something else has written over it since.
  const status = $('export-status');
  let said = null;
  function say(message) {
    said = message;
    status.textContent = message();
  }
  new MutationObserver(() => {
    const shown = said && status.textContent === said();
    words = dictionary[document.documentElement.lang] || words;
    bar.setAttribute('aria-label', words.progress);
    if (shown) status.textContent = said();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  async function exportPlot(specJSON) {
    const spec = JSON.parse(specJSON);
    try {
      if (!window.nnplayPlots) say(() => words.figureLoading);
      const mod = await plotModule();
      say(() => words.figureRendering(spec.file));
      await new Promise((r) => setTimeout(r, 0)); // let the message paint first
      const out = mod.activationPNG(specJSON);
      if (!out) throw new Error(words.figureStopped + ': ' + goError()); // it panicked
      if (out.error) throw new Error(out.error);
      download(spec.file, out.png, 'image/png');
      say(() => words.figureSaved(spec.file, spec.width, spec.height));
    } catch (e) {
      say(() => words.figureFailed(e.message));
    }
  }

  // The Go side calls glChecked with ebiten's canvas before its first frame, fail with a
  // message in its own words when ebiten stops, and stopped with the bare error.
  window.nnplayBoot = {
    glChecked,
    fail: (message) => fail(message),
    stopped: (error) => stopped(String(error)),
    download,
    copy,
    readText,
    exportPlot,
    compile: (name) => compile(name, () => {}),
    kept: keptLang,
  };

  for (const need of needs) {
    const missing = need();
    if (missing) {
      fail(missing);
      return;
    }
  }
  if (typeof Go !== 'function') {
    fail(words.missing('web/wasm_exec.js') + ' ' + words.rebuild);
    return;
  }
  captureStderr();
  // A trap in Go's wasm (not a panic: those exit) leaves the program dead: say so.
  addEventListener('error', (e) => {
    if (e.error instanceof WebAssembly.RuntimeError) {
      fail(words.stoppedWith, String(e.error), words.bug);
    }
  });
  // The Go program checks WebGL (glChecked) once it has made the page, before its first
  // frame. The check holds this thread until the GPU process answers, and on a software
  // renderer (SwiftShader) that process is busy for the first few hundred ms, starting
  // and painting the page: checked before the program started, the page waited there
  // with nothing to do, and then started the program. Without WebGL the page says
  // so and the program never draws. The steps towards the first frame are marked
  // ("nnplay-..."; the Go program marks its own) for make bench-page's table of where
  // the time goes.
  let mainModule = null;
  compile('main', progress)
    .then((module) => {
      performance.mark('nnplay-compiled');
      mainModule = module;
      progress(null, words.starting);
      return run(module);
    })
    .then((why) => stopped(why.error, why.exitCode))
    .catch((e) => fail(e.message));
})();
