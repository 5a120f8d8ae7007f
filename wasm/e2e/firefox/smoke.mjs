// The playground's smoke test in Firefox: make test runs it (make test-firefox) on the
// built page, in Debian's firefox-esr, under Xvfb when there is no display (headless
// Firefox has no WebGL here). Over http from the project's own dev server (cmd/serve,
// as make run serves it) and from file://, it checks, from pixels, that the page draws
// and that a weight slider changes the picture; that Step plays forward, loss, backward
// and update; that Play trains; that Export PNG downloads a real PNG; and that the
// console shows no error. It prints Firefox's first-frame time and frames per second
// during Play, to set beside Chromium's.
//
// The driver is puppeteer-core, pinned in package-lock.json and installed by npm ci. It
// speaks WebDriver BiDi, the W3C protocol Firefox implements itself, straight to the
// browser: no geckodriver (which Debian does not package, and which Selenium or
// WebdriverIO would download), no browser download (Playwright drives only its own
// patched Firefox builds, and Firefox dropped the Chrome DevTools Protocol that Go's
// chromedp speaks). Mozilla and Google maintain its Firefox support together.
// 24.43.1 is the last release that runs on Node 18 and 20 (Debian 12 has 18, these
// machines 20); 25.x needs Node 22.
//
//	cd wasm/e2e/firefox && npm ci && node smoke.mjs   (make test-firefox does this)
//
// NNPLAY_FIREFOX names another Firefox binary; GO another go command.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const artifacts = path.join(root, 'test-artifacts');
const width = 1280;
const height = 800;
const failures = [];

function check(ok, message) {
  if (!ok) {
    failures.push(message);
    console.error('FAIL ' + message);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// readPNG decodes an 8-bit RGB or RGBA PNG, as Firefox's screenshots and Go's image/png
// write them; it throws on anything else, a bad signature first.
function readPNG(buf) {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (buf.length < 45 || !signature.every((b, i) => buf[i] === b)) {
    throw new Error('not a PNG: bad signature');
  }
  let w = 0, h = 0, depth = 0, type = 0, interlace = 0;
  const idat = [];
  for (let pos = 8; pos + 8 <= buf.length;) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      [w, h] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      [depth, type, interlace] = [data[8], data[9], data[12]];
    } else if (kind === 'IDAT') {
      idat.push(data);
    } else if (kind === 'IEND') {
      break;
    }
    pos += 12 + len;
  }
  if (depth !== 8 || (type !== 2 && type !== 6) || interlace) {
    throw new Error(`PNG of depth ${depth}, colour type ${type}, interlace ${interlace}: ` +
      'not read here');
  }
  const n = type === 6 ? 4 : 3;
  const stride = w * n;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= n ? px[y * stride + x - n] : 0;
      const b = y > 0 ? px[(y - 1) * stride + x] : 0;
      const c = x >= n && y > 0 ? px[(y - 1) * stride + x - n] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error('bad PNG filter ' + filter);
      px[y * stride + x] = v & 255;
    }
  }
  const at = (x, y) => [...px.subarray(y * stride + x * n, y * stride + x * n + 3)];
  return { width: w, height: h, at };
}

// count counts the pixels inside r (x, y, w, h in CSS pixels) for which test holds.
function count(img, r, test) {
  let k = 0;
  for (let y = Math.floor(r[1]); y < Math.floor(r[1] + r[3]); y++) {
    for (let x = Math.floor(r[0]); x < Math.floor(r[0] + r[2]); x++) {
      if (test(img.at(x, y), x, y)) k++;
    }
  }
  return k;
}
const ink = ([r, g, b]) => r < 235 || g < 235 || b < 235; // neither background nor white
const orange = ([r, g, b]) => r > 200 && g > 110 && g < 190 && b < 90;
const blue = ([r, g, b]) => b > 150 && r < 80 && g > 80 && g < 160;
const differing = (a, b, r) => count(a, r,
  (p, x, y) => b.at(x, y).some((v, i) => Math.abs(v - p[i]) > 8));

// The page, through its test API and its controls.
const call = (page, name, args) => page
  .evaluate((n, a) => window.nnplay.call(n, a), name, args ?? null)
  .then((s) => JSON.parse(s));
const linear = (state, i) => state.model.modules.filter((m) => m.type === 'linear')[i];

async function until(what, fn, ms = 20000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}

async function screenshot(page, name) {
  const buf = Buffer.from(await page.screenshot({ type: 'png' }));
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, name + '.png'), buf);
  return readPNG(buf);
}

// checkDrawn reads the canvas's pixels: every unit drawn, the data on the plane, the
// activation view.
function checkDrawn(mode, img, s) {
  check(img.width === width && img.height === height,
    `${mode}: screenshot ${img.width}x${img.height}`);
  s.units.forEach((level, l) => level.forEach((r, i) => {
    const inner = [r[0] + 4, r[1] + 4, r[2] - 8, r[3] - 8];
    const n = count(img, inner, ink);
    check(n >= inner[2] * inner[3] * 0.3,
      `${mode}: unit ${l}/${i} has ${n} drawn pixels: its picture is missing`);
  }));
  const [o, b] = [count(img, s.plane, orange), count(img, s.plane, blue)];
  check(o >= 300 && b >= 300,
    `${mode}: the plane shows ${o} orange and ${b} blue pixels: the data is missing`);
  const act = count(img, s.act_view, ink);
  check(act >= 500, `${mode}: the activation view has ${act} drawn pixels`);
}

// stepPhases presses Step four times and returns the phase each press played out.
async function stepPhases(page) {
  const done = [];
  for (let i = 0; i < 4; i++) {
    await page.click('#step');
    const s = await until('Step', async () => {
      const st = (await call(page, 'state')).step;
      return st.done !== (done[i - 1] || 'none') && !st.playing && st.done !== 'none' ? st : null;
    });
    done.push(s.done);
  }
  return done;
}

// waitDownload returns the bytes of a finished download: no .part file beside it, and
// the same size twice.
async function waitDownload(dir, name) {
  const file = path.join(dir, name);
  let size = -1;
  return until('the download of ' + name, () => {
    if (!fs.existsSync(file) || fs.existsSync(file + '.part')) return null;
    const b = fs.readFileSync(file);
    const done = b.length > 0 && b.length === size;
    size = b.length;
    return done ? b : null;
  }, 60000);
}

async function smoke(browser, mode, url, downloads) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push('console error: ' + m.text());
  });
  page.on('pageerror', (e) => problems.push('uncaught: ' + e.message));
  await page.setViewport({ width, height });
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('ready') ||
    !document.getElementById('loading-error').hidden, { timeout: 60000, polling: 50 });
  const error = await page.$eval('#loading-error', (e) => (e.hidden ? '' : e.textContent));
  if (error) throw new Error(`${mode}: the page failed to start: ${error}`);
  const stats = await call(page, 'stats');
  let s = await call(page, 'state');
  checkDrawn(mode, await screenshot(page, `firefox-${mode}`), s);

  // A click on a unit selects it; End on its slider sets a weight to the maximum.
  const r = s.units[2][1];
  await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
  s = await until('the click to select unit 2/1', async () => {
    const st = await call(page, 'state');
    return st.selected[0] === 2 && st.selected[1] === 1 && st.frames > s.frames ? st : null;
  });
  await sleep(200);
  const before = await screenshot(page, `firefox-${mode}-selected`);
  const max = Number(await page.$eval('#w-1-1-3-range', (e) => e.max));
  await page.focus('#w-1-1-3-range');
  await page.keyboard.press('End');
  s = await until('the slider to set the weight', async () => {
    const st = await call(page, 'state');
    return linear(st, 1).weight[1][3] === max && st.frames > s.frames ? st : null;
  });
  await sleep(200);
  const after = await screenshot(page, `firefox-${mode}-slider`);
  const [du, dp] = [differing(before, after, s.units[2][1]), differing(before, after, s.plane)];
  check(du >= 200 && dp >= 1000,
    `${mode}: the slider changed ${du} pixels of the unit and ${dp} of the plane`);

  // Step: forward, loss, backward, update, and the update changes the weights.
  const weights = JSON.stringify(s.model);
  const phases = await stepPhases(page);
  check(phases.join() === 'forward,loss,backward,update', `${mode}: Step played ${phases}`);
  s = await call(page, 'state');
  check(JSON.stringify(s.model) !== weights,
    `${mode}: Step's update left the weights as they were`);

  // Play, as fast as possible: epochs grow and the loss moves.
  await page.select('#speed', '3');
  await page.click('#play');
  // Short: training flat out takes a core that the other tests share.
  await sleep(500);
  await call(page, 'perf');
  const t0 = Date.now();
  await sleep(1500);
  const perf = await call(page, 'perf');
  const secs = (Date.now() - t0) / 1000;
  await page.click('#play');
  const played = await call(page, 'state');
  check(played.epoch > s.epoch + 1,
    `${mode}: Play trained from epoch ${s.epoch} to ${played.epoch}`);
  check(played.train_loss !== s.train_loss, `${mode}: Play left the loss at ${s.train_loss}`);
  await until('Play to pause', async () => !(await call(page, 'state')).playing, 5000);

  // Export PNG downloads the activation figure, named for the selected unit 2/1.
  await page.click('#export-png');
  const png = await waitDownload(downloads, 'activation-layer2-unit1-tanh.png');
  try {
    const fig = readPNG(png);
    check(fig.width === 800 && fig.height === 600,
      `${mode}: exported ${fig.width}x${fig.height}, want 800x600`);
  } catch (e) {
    check(false, `${mode}: Export PNG: ${e.message}`);
  }
  fs.rmSync(path.join(downloads, 'activation-layer2-unit1-tanh.png'));
  const status = await page.$eval('#export-status', (e) => e.textContent);
  check(status.includes('Saved activation-layer2-unit1-tanh.png'),
    `${mode}: export status "${status}"`);

  for (const p of problems) check(false, `${mode}: ${p}`);
  console.log(`firefox ${mode}: first frame ${Math.round(stats.first_frame_ms)} ms ` +
    `after navigation; Play at full speed (Net A): ${(perf.frames / secs).toFixed(1)} ` +
    `frames/s, ${Math.round(perf.epochs_per_s)} epochs/s, ` +
    `page work ${perf.work_ms_per_frame.toFixed(2)} ms per frame; ` +
    `Step ${phases.join(' → ')}; export ${png.length} bytes`);
  await page.close();
}

function firefoxPath() {
  if (process.env.NNPLAY_FIREFOX) return process.env.NNPLAY_FIREFOX;
  try {
    const which = 'command -v firefox-esr || command -v firefox';
    return execFileSync('sh', ['-c', which], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Firefox is not installed: run make test ' +
      '(as root it installs Debian\'s firefox-esr)');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// serve builds and starts cmd/serve, the dev server make run uses, and waits for it.
async function serve(tmp) {
  const bin = path.join(tmp, 'serve');
  execFileSync(process.env.GO || 'go', ['build', '-o', bin, './cmd/serve'],
    { cwd: root, stdio: 'inherit' });
  const addr = '127.0.0.1:' + (await freePort());
  const proc = spawn(bin, ['-addr', addr, '-dir', root], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const base = `http://${addr}`;
  await until('cmd/serve to answer', async () => {
    if (proc.exitCode !== null) throw new Error('cmd/serve stopped: ' + stderr);
    return fetch(base + '/index.html').then((r) => r.ok, () => false);
  }, 15000);
  return { base, proc };
}

async function main() {
  const executablePath = firefoxPath();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nnplay-firefox-'));
  const downloads = path.join(tmp, 'downloads');
  fs.mkdirSync(downloads);
  const server = await serve(tmp);
  let browser;
  const started = Date.now();
  // A guard against a hang, not a check of speed: alone the test takes about 35 s, and
  // on a busy machine several times that.
  const limit = setTimeout(() => {
    console.error('FAIL firefox: the test ran over 10 minutes: it hangs');
    server.proc.kill();
    if (browser) browser.process()?.kill('SIGKILL');
    process.exit(1);
  }, 600000);
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: false, // headless Firefox has no WebGL here: make runs this under Xvfb
      args: ['--width=1300', '--height=1000'],
      extraPrefsFirefox: {
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.helperApps.neverAsk.saveToDisk': 'image/png',
      },
    });
    console.log(`firefox: ${await browser.version()} (${executablePath}) over WebDriver BiDi`);
    await smoke(browser, 'http', server.base + '/index.html', downloads);
    await smoke(browser, 'file', pathToFileURL(path.join(root, 'index.html')).href, downloads);
  } catch (e) {
    check(false, e.message);
  } finally {
    clearTimeout(limit);
    if (browser) await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    server.proc.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`firefox: ${failures.length} failed (${took} s)`);
    process.exit(1);
  }
  console.log(`firefox: ok (${took} s)`);
}

await main();
