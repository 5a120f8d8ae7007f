// Package e2e holds the browser tests: the built page (make) in headless Chromium,
// driven through its controls and read through its test API, window.nnplay. make test
// runs them; without Chromium they fail and say how to install it, they never skip.
package e2e
