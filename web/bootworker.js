// Starts the training worker (see wasm/play/offload.go): fast Play trains in a Web
// Worker running the core-only module web/worker.wasm, so the page's thread only draws.
// The worker is made from a Blob, which works from file:// as well, and is sent the module
// boot.js compiled. Loaded after boot.js; it adds startWorker to window.nnplayBoot. Like
// boot.js it keeps to ES2017.
'use strict';
(function () {
  // workerMain runs inside the training worker, after Go's wasm_exec.js (nnplayGo): it
  // starts the worker module the page sends it (wasm/worker), hands it each of the
  // page's messages and, between them, has it train slice after slice; the module posts
  // its frames to the page and says how long to rest after each slice (remote.Pace: as
  // long as the page's frames need, where its rendering shares the processor), or
  // null when it waits for the page's next message. It says "ready" once the module
  // runs, and "failed" when it cannot start or has stopped. It is written into the
  // worker as source: it shares nothing with this script.
  function workerMain() {
    let train = null;
    let busy = false;
    const pending = [];
    const none = new Uint8Array(0);
    const tick = new MessageChannel(); // a task at once, where setTimeout waits 4 ms
    function schedule(wait) {
      busy = true;
      if (wait >= 1 && !pending.length) setTimeout(() => tick.port2.postMessage(0), wait);
      else tick.port2.postMessage(0);
    }
    tick.port1.onmessage = () => {
      try {
        const rest = train(pending.length ? pending.shift() : none);
        busy = false;
        if (rest != null || pending.length) schedule(rest || 0);
      } catch (e) {
        postMessage('failed'); // the Go program has stopped: it said why on the console
        close();
      }
    };
    async function start(module) {
      try {
        const go = new Go();
        const inst = await WebAssembly.instantiate(module, go.importObject);
        const ended = go.run(inst); // main has set nnplayTrain when this returns
        train = self.nnplayTrain;
        postMessage('ready');
        if (pending.length) schedule(0);
        await ended;
      } catch (e) { /* it cannot start: said below */ }
      postMessage('failed');
      close();
    }
    onmessage = (e) => {
      if (e.data instanceof WebAssembly.Module) {
        start(e.data);
        return;
      }
      pending.push(e.data);
      if (train && !busy) schedule(0);
    };
  }

  // startWorker starts the training worker once the page has drawn its first frame: a
  // Worker made from a Blob, which works from file:// as well, running Go's wasm_exec.js
  // and workerMain, and sent the worker module compiled here. listen hears "ready", each
  // frame, and "failed" when there is no worker (no Worker, a policy that forbids it,
  // an error); the page then trains on its own thread. It returns the function that
  // posts a message to the worker.
  function startWorker(listen) {
    let worker = null;
    let gone = false;
    let url = null; // the worker's source, until it has started or failed
    function forget() {
      if (url) URL.revokeObjectURL(url);
      url = null;
    }
    function failed() {
      forget();
      if (worker) worker.terminate();
      worker = null;
      if (!gone) setTimeout(() => listen('failed'), 0);
      gone = true;
    }
    function begin() {
      try {
        if (typeof Worker !== 'function' || typeof MessageChannel !== 'function') {
          throw new Error('no Worker');
        }
        const source = '(' + window.nnplayGo + ')();\n(' + workerMain + ')();\n';
        url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        worker = new Worker(url);
        worker.onmessage = (e) => (e.data === 'failed' ? failed() : listen(e.data));
        worker.onerror = failed;
        window.nnplayBoot.compile('worker').then((module) => {
          forget();
          if (worker) worker.postMessage(module);
        }, failed);
      } catch (e) {
        failed();
      }
    }
    const body = document.body.classList;
    if (body.contains('ready')) {
      begin();
    } else {
      const seen = new MutationObserver(() => {
        if (!body.contains('ready')) return;
        seen.disconnect();
        begin();
      });
      seen.observe(document.body, { attributes: true, attributeFilter: ['class'] });
    }
    return (message) => {
      if (worker) worker.postMessage(message, [message.buffer]);
    };
  }
  if (window.nnplayBoot) window.nnplayBoot.startWorker = startWorker;
})();
