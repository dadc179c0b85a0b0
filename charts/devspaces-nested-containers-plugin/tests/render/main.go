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
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/Masterminds/semver"
)

// Helm wraps required/fail messages in these delimiters and unwraps them in its error output.
const warnStart, warnEnd = "HELM_ERR_START", "HELM_ERR_END"

var warnRegex = regexp.MustCompile(warnStart + `((?s).*)` + warnEnd)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

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
