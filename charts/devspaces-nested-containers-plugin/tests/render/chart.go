// The chart as Helm sees it: Chart.yaml, values (coalesced like helm install), .Files and
// .Capabilities.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/Masterminds/semver"
	"github.com/ghodss/yaml"
)

// ChartMetadata mirrors the Chart.yaml fields Helm exposes as .Chart (Go field names).
type ChartMetadata struct {
	APIVersion  string `json:"apiVersion"`
	Name        string `json:"name"`
	Version     string `json:"version"`
	AppVersion  string `json:"appVersion"`
	KubeVersion string `json:"kubeVersion"`
	Description string `json:"description"`
	Type        string `json:"type"`
}

// KubeVersion mirrors Helm's chartutil.KubeVersion.
type KubeVersion struct{ Version, Major, Minor string }

func (k KubeVersion) String() string     { return k.Version }
func (k KubeVersion) GitVersion() string { return k.Version }

// VersionSet mirrors Helm's chartutil.VersionSet.
type VersionSet []string

func (v VersionSet) Has(apiVersion string) bool {
	for _, x := range v {
		if x == apiVersion {
			return true
		}
	}
	return false
}

// Capabilities mirrors the parts of Helm's chartutil.Capabilities a chart can read.
type Capabilities struct {
	KubeVersion KubeVersion
	APIVersions VersionSet
}

// Files mirrors Helm's .Files (the chart's non-template files).
type Files map[string][]byte

func (f Files) Get(name string) string { return string(f[name]) }
func (f Files) GetBytes(name string) []byte {
	return f[name]
}

func loadChart(dir string) (*ChartMetadata, error) {
	data, err := os.ReadFile(filepath.Join(dir, "Chart.yaml"))
	if err != nil {
		return nil, err
	}
	var meta ChartMetadata
	if err := yaml.Unmarshal(data, &meta); err != nil {
		return nil, fmt.Errorf("Chart.yaml: %w", err)
	}
	if meta.APIVersion != "v2" || meta.Name == "" || meta.Version == "" {
		return nil, errors.New("Chart.yaml: apiVersion v2, name and version are required")
	}
	return &meta, nil
}

// capabilities parses a version like helm's --kube-version (a leading "v" is optional).
func capabilities(kv string) (*Capabilities, error) {
	sv, err := semver.NewVersion(kv)
	if err != nil {
		return nil, fmt.Errorf("invalid kube version %q: %w", kv, err)
	}
	return &Capabilities{
		KubeVersion: KubeVersion{
			Version: "v" + sv.String(),
			Major:   strconv.FormatUint(sv.Major(), 10),
			Minor:   strconv.FormatUint(sv.Minor(), 10),
		},
		APIVersions: VersionSet{"v1", "apps/v1", "batch/v1", "policy/v1", "rbac.authorization.k8s.io/v1"},
	}, nil
}

func readYAMLMap(file string) (map[string]interface{}, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m := map[string]interface{}{}
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, nil
}

// loadValues merges the user's values (files, then --set-json) and coalesces them over the
// chart's values.yaml, as helm install does.
func loadValues(dir string, files, sets []string) (map[string]interface{}, error) {
	defaults, err := readYAMLMap(filepath.Join(dir, "values.yaml"))
	if err != nil {
		return nil, err
	}
	user := map[string]interface{}{}
	for _, f := range files {
		m, err := readYAMLMap(f)
		if err != nil {
			return nil, err
		}
		user = mergeMaps(user, m)
	}
	for _, s := range sets {
		key, raw, ok := strings.Cut(s, "=")
		if !ok {
			return nil, fmt.Errorf("--set-json %q: expected path=JSON", s)
		}
		var v interface{}
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			return nil, fmt.Errorf("--set-json %q: %w", s, err)
		}
		parts := strings.Split(key, ".")
		nested := map[string]interface{}{parts[len(parts)-1]: v}
		for i := len(parts) - 2; i >= 0; i-- {
			nested = map[string]interface{}{parts[i]: nested}
		}
		user = mergeMaps(user, nested)
	}
	return coalesce(user, defaults), nil
}

// mergeMaps is helm's merge of user-supplied values: maps merge deeply, anything else replaces.
func mergeMaps(a, b map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(a))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if bm, ok := v.(map[string]interface{}); ok {
			if am, ok := out[k].(map[string]interface{}); ok {
				out[k] = mergeMaps(am, bm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// coalesce fills user values from the chart defaults; an explicit null removes the default.
func coalesce(user, defaults map[string]interface{}) map[string]interface{} {
	for k, dv := range defaults {
		uv, present := user[k]
		switch {
		case !present:
			user[k] = dv
		case uv == nil:
			delete(user, k)
		default:
			um, uok := uv.(map[string]interface{})
			dm, dok := dv.(map[string]interface{})
			if uok && dok {
				user[k] = coalesce(um, dm)
			}
		}
	}
	for k, v := range user {
		if v == nil {
			delete(user, k)
		}
	}
	return user
}

// loadFiles collects the chart's non-template files for .Files, honouring simple .helmignore
// patterns (a "dir/" entry, or a glob matched against the path or the base name).
func loadFiles(dir string) (Files, error) {
	var ignore []string
	if data, err := os.ReadFile(filepath.Join(dir, ".helmignore")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "#") {
				ignore = append(ignore, line)
			}
		}
	}
	ignored := func(rel string, isDir bool) bool {
		for _, p := range ignore {
			if strings.HasSuffix(p, "/") {
				if isDir && (rel == strings.TrimSuffix(p, "/") || path.Base(rel) == strings.TrimSuffix(p, "/")) {
					return true
				}
				continue
			}
			if ok, _ := path.Match(p, rel); ok {
				return true
			}
			if ok, _ := path.Match(p, path.Base(rel)); ok {
				return true
			}
		}
		return false
	}
	files := Files{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		if ignored(rel, d.IsDir()) || rel == "templates" || rel == "charts" {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch rel {
		case "Chart.yaml", "Chart.lock", "values.yaml", "values.schema.json":
			return nil
		}
		if !d.IsDir() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[rel] = data
		}
		return nil
	})
	return files, err
}
