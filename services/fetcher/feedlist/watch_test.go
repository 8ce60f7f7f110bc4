package feedlist

import (
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/services/fetcher/poll"
)

// TestWatchConfigMapSwap mimics how the kubelet updates a mounted
// ConfigMap: the file is a symlink through ..data, which is swapped
// atomically to a new timestamped directory.
func TestWatchConfigMapSwap(t *testing.T) {
	dir := t.TempDir()
	write := func(version, body string) {
		d := filepath.Join(dir, "..2024_"+version)
		require.NoError(t, os.Mkdir(d, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(d, "feeds.yaml"), []byte(body), 0o644))
		tmp := filepath.Join(dir, "..data_tmp")
		require.NoError(t, os.Symlink(filepath.Base(d), tmp))
		require.NoError(t, os.Rename(tmp, filepath.Join(dir, "..data")))
	}
	write("1", "- {url: https://a.example/rss, source: a}\n")
	path := filepath.Join(dir, "feeds.yaml")
	require.NoError(t, os.Symlink(filepath.Join("..data", "feeds.yaml"), path))

	var mu sync.Mutex
	var got [][]poll.Feed
	go Watch(t.Context(), path, 5*time.Millisecond, slog.New(slog.DiscardHandler), func(f []poll.Feed) {
		mu.Lock()
		got = append(got, f)
		mu.Unlock()
	})
	last := func() []poll.Feed {
		mu.Lock()
		defer mu.Unlock()
		if len(got) == 0 {
			return nil
		}
		return got[len(got)-1]
	}
	write("2", "- {url: https://a.example/rss, source: a}\n- {url: https://b.example/rss, source: b, interval: 5m}\n")
	require.Eventually(t, func() bool { return len(last()) == 2 }, 5*time.Second, 5*time.Millisecond)
	assert.Equal(t, 5*time.Minute, last()[1].Interval)

	// An invalid list is ignored; the last good one stays.
	write("3", "- {url: ftp://nope, source: a}\n")
	write("4", "- {url: https://c.example/rss, source: c}\n")
	require.Eventually(t, func() bool { l := last(); return len(l) == 1 && l[0].Source == "c" }, 5*time.Second, 5*time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	for _, fs := range got {
		for _, f := range fs {
			assert.NotEqual(t, "ftp://nope", f.URL)
		}
	}
}
