package stage_test

import (
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsflow/newsflow/plumbing/settings"
	"github.com/newsflow/newsflow/services/fetcher/fetch"
	"github.com/newsflow/newsflow/services/fetcher/stage"
)

// Every fetcher setting has a flag, an environment variable and a YAML key
// of one name, and all three set the same value.
func TestConfigFormsAgree(t *testing.T) {
	fields := settings.Fields(&stage.Config{})
	require.NotEmpty(t, fields)
	for _, f := range fields {
		assert.NotEmpty(t, f.Help, "setting %s has no help", f.Key)
	}
	require.NoError(t, settings.Check(func() any { c := stage.DefaultConfig(); return &c }, nil))
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(*stage.Config)
		wantErr string
	}{
		{name: "defaults", change: func(*stage.Config) {}},
		{name: "loopback allowed", change: func(c *stage.Config) { c.AllowCIDRs = []string{"127.0.0.0/8", "::1/128"} }},
		{name: "empty user agent", change: func(c *stage.Config) { c.UserAgent = "" }, wantErr: "empty user agent"},
		{name: "bad range", change: func(c *stage.Config) { c.AllowCIDRs = []string{"10.0.0.0/33"} }, wantErr: `parsing allowed range "10.0.0.0/33"`},
		{name: "negative host interval", change: func(c *stage.Config) { c.HostInterval = -time.Second }, wantErr: "negative host interval"},
		{name: "negative poll timeout", change: func(c *stage.Config) { c.PollTimeout = -time.Second }, wantErr: "poll-timeout must not be negative"},
		{name: "negative max polls", change: func(c *stage.Config) { c.MaxPolls = -1 }, wantErr: "max-polls must not be negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := stage.DefaultConfig()
			tc.change(&c)
			err := c.Validate()
			if tc.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.wantErr)
		})
	}
}

func TestConfigFetchConfig(t *testing.T) {
	c := stage.DefaultConfig()
	c.UserAgent, c.HostInterval, c.AllowCIDRs = "bot/1 (+https://example.org/bot)", 7*time.Second, []string{"10.0.0.0/8"}
	base := fetch.DefaultConfig()
	base.AllowCIDRs = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	got, err := c.FetchConfig(base)
	require.NoError(t, err)
	assert.Equal(t, "bot/1 (+https://example.org/bot)", got.UserAgent)
	assert.Equal(t, 7*time.Second, got.HostInterval)
	assert.Equal(t, []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("10.0.0.0/8")}, got.AllowCIDRs)
	assert.Len(t, base.AllowCIDRs, 1, "the base is not changed")
	assert.Equal(t, stage.Config{
		UserAgent: c.UserAgent, HostInterval: c.HostInterval, AllowCIDRs: c.AllowCIDRs, SharedHosts: true,
		SeenTTL: 30 * 24 * time.Hour, MaxPolls: 32, DefaultInterval: 15 * time.Minute, DisableAfter: 500, PollTimeout: 5 * time.Minute,
	}, c, "the defaults the binary had before it shared this type")
}
