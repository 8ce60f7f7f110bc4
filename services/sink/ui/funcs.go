package ui

import (
	"html/template"
	"strconv"
)

var funcs = template.FuncMap{
	// pct formats an SVG length (a number, so safe in an attribute).
	"pct": func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	"sub": func(a, b float64) float64 { return a - b },
}
