package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadAttrsCoverReads reads the package's source: every attribute
// that code reads through attr or attrOK must be in readAttrs, or dropAttrs
// would leave it out of the parse and the rule would silently stop
// seeing it. A key that is not a string literal must be one of the
// listed call sites whose keys are checked here by hand.
func TestReadAttrsCoverReads(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	// readMeta reads each of these names from <meta> in a loop.
	for _, k := range metaKeyAttrs {
		if !readAttrs[k] {
			t.Errorf("readAttrs lacks %q, which readMeta reads", k)
		}
	}
	// nonLiteral counts, per file, the reads whose key is an expression
	// checked above (metadata.go: the loop over metaKeyAttrs); any other
	// such read fails the test.
	nonLiteral := map[string]int{"metadata.go": 1}
	seenNonLiteral := map[string]int{}
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			id, ok := call.Fun.(*ast.Ident)
			if !ok || id.Name != "attr" && id.Name != "attrOK" {
				return true
			}
			seen++
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				if seenNonLiteral[name]++; seenNonLiteral[name] > nonLiteral[name] {
					t.Errorf("%s: %s reads an attribute named by an expression; list its names in this test and in readAttrs", fset.Position(call.Pos()), id.Name)
				}
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			if !readAttrs[key] {
				t.Errorf("%s: %s reads %q, which readAttrs lacks: add it there", fset.Position(call.Pos()), id.Name, key)
			}
			return true
		})
	}
	for name, n := range nonLiteral {
		if seenNonLiteral[name] != n {
			t.Errorf("%s: %d reads by expression, the test knows %d: update it", name, seenNonLiteral[name], n)
		}
	}
	if seen < 20 {
		t.Fatalf("found %d attribute reads; the scan of the source is broken", seen)
	}
}

// TestSiteRulesAttributeSelector checks that a per-site selector may name
// an attribute that no other rule reads: the parse keeps the attributes
// then.
func TestSiteRulesAttributeSelector(t *testing.T) {
	rules := "example.org content div[data-role=story]\n"
	e, err := New(WithSiteRules(strings.NewReader(rules)))
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><meta property="og:type" content="article"></head><body><div data-role="story"><p>` + longPara + `</p></div>
<div class="story"><p>` + longPara + ` Another long block elsewhere on the page, with more words than the first one, that a generic scorer might pick.</p><p>` + longPara + `</p></div></body></html>`
	art, err := e.HTML([]byte(page), Input{URL: "https://www.example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(art.GetParagraphs(), "|"); got != longPara {
		t.Errorf("paragraphs = %q, want only the block the selector names", got)
	}
}

// TestSiteRulesPseudoClassAttributes checks that a per-site selector whose
// pseudo-class reads an attribute (cascadia's :checked, :disabled and
// :enabled read checked, selected and disabled, which no other rule
// reads) keeps the attributes in the parse too.
func TestSiteRulesPseudoClassAttributes(t *testing.T) {
	for _, tc := range []struct {
		selector string
		keep     bool
	}{
		{"div.story", false},
		{"div:first-child", false},
		{"div[data-role=story]", true},
		{"fieldset:disabled", true},
		{"fieldset:DISABLED", true},
		{"div:has(input:checked)", true},
		{"option:enabled", true},
	} {
		rules, err := parseSiteRules(strings.NewReader("example.org content " + tc.selector + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := rules[0].attrs; got != tc.keep {
			t.Errorf("%s: attrs = %v, want %v", tc.selector, got, tc.keep)
		}
	}
	e, err := New(WithSiteRules(strings.NewReader("example.org content fieldset:disabled\n")))
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><meta property="og:type" content="article"></head><body><fieldset disabled="disabled"><p>` + longPara + `</p></fieldset>
<div class="story"><p>` + longPara + ` Another long block elsewhere on the page, with more words than the first one, that a generic scorer might pick.</p><p>` + longPara + `</p></div></body></html>`
	art, err := e.HTML([]byte(page), Input{URL: "https://www.example.org/a"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(art.GetParagraphs(), "|"); got != longPara {
		t.Errorf("paragraphs = %q, want only the block the selector names", got)
	}
}
