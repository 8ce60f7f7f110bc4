package tageval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNoRepoRoot is RepoRoot's answer outside the repository; the commands
// that read ../shared by default tell the user which flags to pass then.
var ErrNoRepoRoot = errors.New("finding the repository root: no go.work above the working directory")

// RepoRoot walks up from the working directory to the one holding go.work:
// the development sets are found beside it (../shared/data) and in it.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the repository root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoRepoRoot
		}
		dir = parent
	}
}
