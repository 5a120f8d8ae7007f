// Package e2e holds the browser tests: the built page (make) in headless Chromium,
// driven through its controls and read through its test API, window.nnplay. make test
// runs them; without Chromium they fail and say how to install it, they never skip.
//
// The tests share one Chromium (browsers_test.go) and run side by side, three pages at
// a time under make test. A new test:
//   - calls t.Parallel() first, and so does each subtest that opens a page of its own;
//   - takes its page with reused (a loaded page from the pool, reset by the test API's
//     "reset" to what a fresh load shows: pool_test.go), unless it tests the load itself
//     (boot, file://, the first frame, the worker's start, a link read at load), which
//     opens a page with open or openScaled (the playground, loaded, first frame drawn) or
//     launch (a blank tab; newPage under both); never a Chromium of its own: each page
//     has a browser context of its own, with its own storage, permissions and download
//     folder, as a fresh browser has; launch's flags start a Chromium shared by the tests
//     that give the same ones. A test may leave its page as it likes: the pool takes back
//     only what a reset undoes;
//   - waits by polling (waitFor, waitVersion, waitLayout), never by a sleep long enough
//     on an idle machine: three pages share two cores with the other test stages;
//   - keeps a page of its own for each part that needs a fresh one, and one page for
//     steps that build on each other.
package e2e
