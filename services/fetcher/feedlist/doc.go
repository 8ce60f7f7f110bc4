// Package feedlist loads the fetcher's feed list from YAML.
//
// The file is either a list of feeds or a mapping with "feeds" and optional
// "defaults" that fill fields a feed leaves empty:
//
//	defaults:
//	  interval: 10m
//	  user_agent: "newsflow-fetcher/0.1 (+https://example.org/bot)"
//	feeds:
//	  - url: https://example.com/rss.xml
//	    source: example
//	    language: en
//	    headers: {X-Api-Key: secret}
//
// Every feed is validated: the URL is absolute http(s), the source is a
// subject-safe token ([a-z0-9_-]+), intervals carry units, and no URL is
// listed twice. Unknown keys are errors, so a typo is not silently ignored.
package feedlist
