package extract

import (
	"strings"
	"testing"
)

// TestWrappedContainer checks that a story set one short paragraph per
// page-builder widget, each widget four bare wrappers deep in a section of
// its own, comes out whole when no class name ties the sections together
// (none at all, or hashed ones), and that a sidebar of links beside the
// sections stays out.
func TestWrappedContainer(t *testing.T) {
	paras := []string{
		"The district will open a second bus line to the hospital in March, with a bus every ten minutes at peak hours.",
		"Six new stops are planned along the route, two of them near the university campus and one at the railway station.",
		"Tickets bought for the old line stay valid, and monthly passes cover both lines at no extra cost for riders.",
		"The transport office will count riders for three months and then decide whether the line also runs on Sundays.",
	}
	// widget is one page-builder widget around a paragraph; section sets
	// widgets in the wrappers a page builder writes (section, container,
	// column, column wrapper). The sections differ in what else they hold
	// (a heading, a picture, share links), as a story's sections do.
	widget := func(cls func(string) string, inner string) string {
		return `<div` + cls("widget") + `><div` + cls("widget-container") + `>` + inner + `</div></div>`
	}
	section := func(cls func(string) string, widgets ...string) string {
		return `<section` + cls("section") + `><div` + cls("container") + `><div` + cls("column") + `><div` + cls("widget-wrap") + `>` +
			strings.Join(widgets, "") + `</div></div></div></section>`
	}
	p := func(cls func(string) string, i int) string { return widget(cls, "<p>"+paras[i]+"</p>") }
	deep := func(i int, cls func(string) string) string {
		switch i {
		case 0:
			return section(cls, p(cls, 0))
		case 1:
			return section(cls, widget(cls, `<h2>Where it stops</h2>`), p(cls, 1))
		case 2:
			return section(cls, p(cls, 2), widget(cls, `<img src="/bus.jpg" alt="">`))
		}
		return section(cls, p(cls, 3), widget(cls, `<div><a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div>`))
	}
	page := func(cls func(string) string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>Second bus line to the hospital</title></head><body><header><a href="/">City Courier</a><nav><a href="/city/">City</a> <a href="/sport/">Sport</a></nav></header>`)
		b.WriteString(`<div` + cls("page") + `><section` + cls("head") + `><div><h1>Second bus line to the hospital</h1></div></section>`)
		for i := range paras {
			b.WriteString(deep(i, cls))
		}
		b.WriteString(`</div><div` + cls("rail") + `><a href="/a">Council approves the budget</a><br><a href="/b">Storm closes schools</a><br><a href="/c">Team wins the final</a></div>`)
		b.WriteString(`<footer>© 2026 City Courier</footer></body></html>`)
		return b.String()
	}
	for _, tc := range []struct {
		name string
		cls  func(string) string
	}{
		{"no class names", func(string) string { return "" }},
		{"hashed class names", func(s string) string { return ` class="` + hashName(s) + `"` }},
	} {
		text := extractText(t, tc.name, page(tc.cls), "https://courier.test/city/bus-line")
		checkHas(t, tc.name, text, paras, []string{"Council approves the budget", "City Courier"})
	}
}
