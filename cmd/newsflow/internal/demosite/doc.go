// Package demosite is the bundled demo news site: five pages from five
// differently built outlets (the seed stories with their real-world chrome
// and boilerplate, one of them a tag listing and one encoded in
// windows-1252) and RSS, Atom and JSON feeds pointing at them.
//
// The files use the placeholder origin http://news.test/; Handler rewrites it
// to the origin it is actually served from, so links, canonical URLs and feed
// items all point back at the loopback server.
package demosite
