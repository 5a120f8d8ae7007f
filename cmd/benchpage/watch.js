// The benchmark's frame watcher, evaluated in the page as window.nnplayBench.
//
// It always times the animation frames: the longest gap between two of them. Asked to
// read the work too, it calls the page's test API for "perf" once an animation frame:
// the Updates and Draws since the last call. The work of Updates that no painted frame
// follows waits in `pending` and goes to the next frame that is painted, so a frame's
// work is all it took to make it (ebiten runs several Updates before one paint when
// frames are slow); the work of Updates after the last painted frame (an idle page,
// the benchmark's own calls) counts for no frame. One call at a time: a frame whose
// answer is still out asks nothing. Each call costs the page a fraction of a
// millisecond of Update, which the frames read that way carry. Each answer also names
// what the costliest frame since the last went to (perf's "worst"): kept in `costs`.
// Each cost kept is marked in the page's timeline (performance.mark "benchpage-read",
// as is the start), so that a DevTools trace of the watch finds the frames each cost
// was of: those between the mark before it and its own (cmd/benchpage/oncpu.go).
(() => {
  const call = async (name) => JSON.parse(await window.nnplay.call(name));
  const readMark = 'benchpage-read';
  window.nnplayBench = {
    // start resolves once the watch has begun; readWork says whether to read "perf".
    async start(readWork) {
      if (readWork) {
        await call('perf'); // the sums start here
        performance.mark(readMark);
      }
      const s = this.s = {
        readWork, frames: 0, work: 0, pending: 0, max: 0, costs: [],
        lastFrameAt: performance.now(),
        gap: 0, lastTick: 0, stop: false, busy: false, error: '',
      };
      s.ask = async () => {
        s.busy = true;
        try {
          const p = await call('perf');
          s.pending += p.work_ms_per_frame * Math.max(1, p.frames);
          if (p.frames > 0) {
            s.frames += p.frames;
            s.work += s.pending;
            s.max = Math.max(s.max, s.pending / p.frames);
            if (p.worst) {
              s.costs.push(p.worst);
              performance.mark(readMark);
            }
            s.pending = 0;
            s.lastFrameAt = performance.now();
          }
        } catch (e) {
          s.error = String(e);
        }
        s.busy = false;
      };
      const tick = (now) => {
        if (s.stop) return;
        if (s.lastTick) s.gap = Math.max(s.gap, now - s.lastTick);
        s.lastTick = now;
        if (s.readWork && !s.busy) s.ask();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    // quiet is how long, in ms, no frame has been painted.
    quiet() {
      return performance.now() - this.s.lastFrameAt;
    },
    // press clicks a button and notes when.
    press(id) {
      this.s.pressAt = performance.now();
      this.s.pending = 0; // an idle page's Updates before the press are no frame's work
      document.getElementById(id).click();
    },
    // stop ends the watch after the answer still out, and returns what it saw.
    async stop() {
      const s = this.s;
      s.stop = true;
      while (s.busy) await new Promise((r) => setTimeout(r, 5));
      if (s.readWork) await s.ask();
      if (s.error) throw new Error(s.error);
      performance.clearMarks(readMark);
      return {
        frames: s.frames, work: s.work, max: s.max, gap: s.gap, costs: s.costs,
        phaseMS: s.pressAt === undefined ? 0 : s.lastFrameAt - s.pressAt,
      };
    },
  };
})();
