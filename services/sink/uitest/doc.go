// Package uitest drives the sink's web UI (services/sink/ui) in a real
// headless Chromium through the DevTools protocol (chromedp). It is a
// module of its own so that the services' binaries never link the browser
// driver and their builds do not compile it; it holds tests only.
//
// The test needs Debian's chromium (/usr/bin/chromium, or the path in
// NEWSFLOW_CHROMIUM). Without it the test skips, except under CI (CI set),
// where it fails.
package uitest
