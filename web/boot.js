// Boots the playground's wasm. Over http it compiles the module as it downloads and
// shows the progress. From file:// fetch() of a .wasm is refused, so the build also
// writes each module as gzip+base64 into a script (web/main.wasm.js), loaded here with
// a classic <script> and unpacked in the page. The plot module (web/plots.wasm) loads
// the same way, the first time a figure is exported.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const text = $('loading-text');
  const bar = $('loading-bar');
  const fromDisk = location.protocol === 'file:';
  const rebuild = 'Run make in the project folder, then reload this page.';

  function fail(message) {
    text.textContent = 'The playground could not start.';
    bar.hidden = true;
    const err = $('loading-error');
    err.textContent = message;
    err.hidden = false;
    document.body.classList.remove('ready');
  }

  function progress(fraction, label) {
    if (label) text.textContent = label;
    if (fraction === null) bar.removeAttribute('value');
    else bar.value = fraction;
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(src + ' is missing. ' + rebuild));
      document.head.appendChild(s);
    });
  }

  function fromBase64(b64) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // instantiate returns a started-ready wasm instance of web/<name>.wasm.
  async function instantiate(name, go, onProgress) {
    if (fromDisk) {
      onProgress(null, 'Reading the program from disk…');
      await loadScript('web/' + name + '.wasm.js');
      const packed = (globalThis.nnplayWasm || {})[name];
      if (!packed) throw new Error('web/' + name + '.wasm.js holds no program. ' + rebuild);
      onProgress(null, 'Unpacking…');
      const gz = new Blob([fromBase64(packed)]).stream().pipeThrough(new DecompressionStream('gzip'));
      const bytes = await new Response(gz).arrayBuffer();
      delete globalThis.nnplayWasm[name];
      onProgress(null, 'Compiling…');
      return (await WebAssembly.instantiate(bytes, go.importObject)).instance;
    }
    const resp = await fetch('web/' + name + '.wasm');
    if (!resp.ok) throw new Error('web/' + name + '.wasm: HTTP ' + resp.status + '. ' + rebuild);
    const total = Number(resp.headers.get('Content-Length')) || 0;
    let loaded = 0;
    const counted = resp.body.pipeThrough(new TransformStream({
      transform(chunk, ctl) {
        loaded += chunk.length;
        if (total) onProgress(loaded / total, 'Loading the playground… ' + Math.round(100 * loaded / total) + '%');
        ctl.enqueue(chunk);
      },
    }));
    const streamed = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
    return (await WebAssembly.instantiateStreaming(streamed, go.importObject)).instance;
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

  let plots = null; // the plot module, loaded once
  function plotModule() {
    if (!plots) {
      plots = (async () => {
        const go = new Go();
        const ready = new Promise((resolve) => addEventListener('nnplay-plots-ready', resolve, { once: true }));
        const inst = await instantiate('plots', go, () => {});
        go.run(inst);
        await ready;
        return globalThis.nnplayPlots;
      })();
      plots.catch(() => { plots = null; });
    }
    return plots;
  }

  async function exportPlot(specJSON) {
    const status = $('export-status');
    const spec = JSON.parse(specJSON);
    try {
      if (!globalThis.nnplayPlots) status.textContent = 'Loading the figure module (first export only)…';
      const mod = await plotModule();
      status.textContent = 'Rendering ' + spec.file + '…';
      await new Promise((r) => setTimeout(r, 0)); // let the message paint first
      const out = mod.activationPNG(specJSON);
      if (out.error) throw new Error(out.error);
      download(spec.file, out.png, 'image/png');
      status.textContent = 'Saved ' + spec.file + ' (' + spec.width + '×' + spec.height + ').';
    } catch (e) {
      status.textContent = 'Export failed: ' + e.message;
    }
  }

  globalThis.nnplayBoot = { fail, download, exportPlot };

  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function' || !window.TransformStream) {
    fail('This page needs a current browser: a recent Chromium, Chrome, Edge or Firefox.');
    return;
  }
  if (typeof Go !== 'function') {
    fail('web/wasm_exec.js is missing. ' + rebuild);
    return;
  }
  const go = new Go();
  instantiate('main', go, progress)
    .then((inst) => {
      progress(null, 'Starting…');
      go.run(inst).then(() => fail('The playground stopped. Reload the page to start it again.'));
    })
    .catch((e) => fail(e.message));
})();
