package cli

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/newsflow/newsflow/services/classifier/classify"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// errLintProblems reports that `newsflow taxonomy lint` found problems (exit status 1).
var errLintProblems = errors.New("taxonomy has problems")

func runTaxonomy(_ context.Context, args []string, std Stdio, _ func(string) string) error {
	fs := newFlagSet("taxonomy", std)
	fs.Usage = func() {
		fmt.Fprintln(std.Err, `usage: newsflow taxonomy lint [DIR]

lint checks the taxonomy in DIR (the layout of a mounted -taxonomy-dir:
actors.json, topics.json, rules.json, places.json, common-words.txt, DATE),
or the embedded one when DIR is not given: aliases that name several actors
or places, ungated aliases that are common English words or shorter than
three characters, unknown actor types, parents and topic codes, rules that
do not parse or compile. It prints one problem per line and exits 1 when
there is any.`)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 || rest[0] != "lint" || len(rest) > 2 {
		fs.Usage()
		return fmt.Errorf("%w: want 'lint [DIR]'", errUsage)
	}
	var (
		tax *taxonomy.Taxonomy
		err error
		src = "embedded taxonomy"
	)
	if len(rest) == 2 {
		src = rest[1]
		if st, serr := os.Stat(src); serr != nil || !st.IsDir() {
			return fmt.Errorf("reading taxonomy: %s is not a directory", src)
		}
		tax, err = taxonomy.Load(os.DirFS(src))
	} else {
		tax, err = taxonomy.Default()
	}
	if err != nil {
		return fmt.Errorf("loading %s: %w", src, err)
	}
	problems := tax.Lint()
	for _, p := range problems {
		fmt.Fprintln(std.Out, p.String())
	}
	// Lint is about data that loads but tags wrongly; what the classifier
	// cannot compile at all is a problem too.
	if _, err := classify.New(tax); err != nil {
		fmt.Fprintf(std.Out, "compile %s: %v\n", src, err)
		problems = append(problems, taxonomy.Problem{Kind: "compile"})
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %d in %s (version %s)", errLintProblems, len(problems), src, tax.Version())
	}
	aliases := 0
	for _, a := range tax.Actors {
		aliases += len(a.Aliases)
	}
	fmt.Fprintf(std.Out, "%s %s: no problems (%d actors, %d aliases, %d topics, %d rules, %d places)\n",
		src, tax.Version(), len(tax.Actors), aliases, len(tax.Topics), len(tax.Rules), len(tax.Places))
	return nil
}
