// Command render renders this Helm chart the way `helm template` does, without helm: Go's
// text/template with Sprig 3 (the function library Helm 3 uses) plus the Helm built-ins the chart
// relies on (include, required, fail, toYaml, fromYaml, toJson, fromJson, .Files.Get,
// .Capabilities, .Release, .Chart, .Template). Values are coalesced like Helm's (user values over
// chart defaults, null deletes a key) and the chart's kubeVersion constraint is enforced.
// Schema validation (values.schema.json) is done by the caller, before rendering, like Helm does.
//
// Usage:
//
//	render --chart DIR --kube-version v1.35.0 [--release-name N] [--namespace NS] [--upgrade]
//	       [-f values.yaml]... [--set-json a.b=JSON]... [--print-values]
//
// Errors are printed as helm prints them ("Error: execution error at (file:line:col): message")
// and exit with status 1.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/Masterminds/semver"
	"github.com/Masterminds/sprig"
	"github.com/ghodss/yaml"
)

// Helm wraps required/fail messages in these delimiters and unwraps them in its error output.
const warnStart, warnEnd = "HELM_ERR_START", "HELM_ERR_END"

var warnRegex = regexp.MustCompile(warnStart + `((?s).*)` + warnEnd)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

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

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "Error: %s\n", err)
		os.Exit(1)
	}
}

func run() error {
	var valueFiles, setJSON multiFlag
	chartDir := flag.String("chart", "", "chart directory")
	kubeVersion := flag.String("kube-version", "v1.35.0", "Kubernetes version for .Capabilities")
	releaseName := flag.String("release-name", "release-name", "release name")
	namespace := flag.String("namespace", "default", "release namespace")
	upgrade := flag.Bool("upgrade", false, "render as an upgrade (.Release.IsUpgrade)")
	printValues := flag.Bool("print-values", false, "print the coalesced values as JSON and stop")
	flag.Var(&valueFiles, "f", "values file (repeatable)")
	flag.Var(&setJSON, "set-json", "path=JSON value (repeatable)")
	flag.Parse()
	if *chartDir == "" {
		return errors.New("--chart is required")
	}

	meta, err := loadChart(*chartDir)
	if err != nil {
		return err
	}
	vals, err := loadValues(*chartDir, valueFiles, setJSON)
	if err != nil {
		return err
	}
	if *printValues {
		out, err := json.Marshal(vals)
		if err != nil {
			return err
		}
		fmt.Println(string(out))
		return nil
	}
	caps, err := capabilities(*kubeVersion)
	if err != nil {
		return err
	}
	if meta.KubeVersion != "" {
		c, err := semver.NewConstraint(meta.KubeVersion)
		if err != nil {
			return fmt.Errorf("invalid kubeVersion in Chart.yaml: %w", err)
		}
		v, _ := semver.NewVersion(caps.KubeVersion.Version)
		if !c.Check(v) {
			return fmt.Errorf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s",
				meta.KubeVersion, caps.KubeVersion.Version)
		}
	}
	files, err := loadFiles(*chartDir)
	if err != nil {
		return err
	}
	top := map[string]interface{}{
		"Values": vals,
		"Chart":  meta,
		"Release": map[string]interface{}{
			"Name": *releaseName, "Namespace": *namespace, "Service": "Helm",
			"IsInstall": !*upgrade, "IsUpgrade": *upgrade, "Revision": 1,
		},
		"Capabilities": caps,
		"Files":        files,
	}
	out, err := renderTemplates(*chartDir, meta.Name, top)
	if err != nil {
		return err
	}
	fmt.Print(out)
	return nil
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

func funcMap(t *template.Template) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	f["toYaml"] = func(v interface{}) string {
		data, err := yaml.Marshal(v)
		if err != nil {
			return ""
		}
		return strings.TrimSuffix(string(data), "\n")
	}
	f["fromYaml"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		if err := yaml.Unmarshal([]byte(s), &m); err != nil {
			m["Error"] = err.Error()
		}
		return m
	}
	f["toJson"] = func(v interface{}) string {
		data, err := json.Marshal(v)
		if err != nil {
			return ""
		}
		return string(data)
	}
	f["fromJson"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			m["Error"] = err.Error()
		}
		return m
	}
	f["required"] = func(warn string, val interface{}) (interface{}, error) {
		if val == nil {
			return val, errors.New(warnStart + warn + warnEnd)
		}
		if s, ok := val.(string); ok && s == "" {
			return val, errors.New(warnStart + warn + warnEnd)
		}
		return val, nil
	}
	f["fail"] = func(msg string) (string, error) {
		return "", errors.New(warnStart + msg + warnEnd)
	}
	f["include"] = func(name string, data interface{}) (string, error) {
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	return f
}

// renderTemplates executes every templates/* file except partials (_*) and NOTES.txt, and prints
// the non-empty results like helm template ("---\n# Source: chart/templates/file").
func renderTemplates(dir, chartName string, top map[string]interface{}) (string, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "templates"))
	if err != nil {
		return "", err
	}
	t := template.New("gotpl").Option("missingkey=zero")
	t.Funcs(funcMap(t))
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, "templates", e.Name()))
		if err != nil {
			return "", err
		}
		name := chartName + "/templates/" + e.Name()
		if _, err := t.New(name).Parse(string(data)); err != nil {
			return "", fmt.Errorf("parse error at (%s): %s", name, strings.TrimPrefix(err.Error(), "template: "))
		}
		if !strings.HasPrefix(e.Name(), "_") && e.Name() != "NOTES.txt" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var out bytes.Buffer
	for _, name := range names {
		top["Template"] = map[string]interface{}{"Name": name, "BasePath": chartName + "/templates"}
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, name, top); err != nil {
			return "", cleanupExecError(name, err)
		}
		text := strings.ReplaceAll(buf.String(), "<no value>", "")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", name, strings.TrimSpace(text))
	}
	return out.String(), nil
}

// cleanupExecError turns a text/template error into helm's "execution error at (loc): msg".
func cleanupExecError(filename string, err error) error {
	var execErr template.ExecError
	if !errors.As(err, &execErr) {
		return err
	}
	tokens := strings.SplitN(err.Error(), ": ", 3)
	if len(tokens) != 3 {
		return fmt.Errorf("execution error in (%s): %s", filename, err)
	}
	if parts := warnRegex.FindStringSubmatch(tokens[2]); len(parts) >= 2 {
		return fmt.Errorf("execution error at (%s): %s", tokens[1], parts[1])
	}
	return err
}
