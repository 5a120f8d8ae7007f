package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

// ChromiumOptions are the flags the browser tests and cmd/benchpage start Chromium with:
// headless, SwiftShader for WebGL, no sandbox (root in containers), no background
// traffic, and a profile and temporary files of its own in tmp.
func ChromiumOptions(chrome, tmp string, width, height int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
		chromedp.Env("TMPDIR=" + tmp),
		chromedp.WindowSize(width, height),
	}
}

// FindChromium returns the browser the tests and cmd/benchpage drive: $NNPLAY_CHROME,
// else the first of Debian's and Google's names on PATH; "" when there is none.
func FindChromium() string {
	if p := os.Getenv("NNPLAY_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// ProcStat returns the fields of a Linux /proc stat (a process's or a thread's) after its
// name, which may hold spaces and parentheses: the state, the parent, ..., the user and
// system CPU ticks at 11 and 12, its waited-for children's at 13 and 14. The browser
// tests and cmd/benchpage read Chromium's CPU time with it; nil when b holds no name.
func ProcStat(b []byte) []string {
	shut := bytes.LastIndexByte(b, ')')
	if shut < 0 {
		return nil
	}
	return strings.Fields(string(b[shut+1:]))
}
