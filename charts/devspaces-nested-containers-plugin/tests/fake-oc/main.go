// Command oc is a test double of the OpenShift CLI for files/console-plugins.sh: it keeps the
// console operator's Console object in a JSON file (FAKE_OC_STATE) and implements the two calls
// the script makes with the real machinery behind them:
//
//	oc get consoles.operator.openshift.io/cluster -o go-template=TEMPLATE   (text/template over the
//	    object decoded from JSON, as kubectl's go-template printer does)
//	oc patch consoles.operator.openshift.io/cluster --type=json -p PATCH     (applied with
//	    evanphx/json-patch, the library the API server uses; a failed test op rejects the patch)
//
// FAKE_OC_RACE (a JSON array of names) simulates another writer: just before the first patch is
// applied, those names are appended to spec.plugins, so a patch that tests the list it read fails.
// Every call is appended to FAKE_OC_LOG (one line per call: the verb and, for patch, the patch).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/template"

	jsonpatch "github.com/evanphx/json-patch"
)

const target = "consoles.operator.openshift.io/cluster"

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "error: %s\n", err)
		os.Exit(1)
	}
}

func logCall(line string) {
	if path := os.Getenv("FAKE_OC_LOG"); path != "" {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			fmt.Fprintln(f, line)
			f.Close()
		}
	}
}

func run(args []string) error {
	statePath := os.Getenv("FAKE_OC_STATE")
	if statePath == "" {
		return fmt.Errorf("FAKE_OC_STATE is not set")
	}
	if len(args) < 2 || args[1] != target {
		return fmt.Errorf("fake oc supports only get/patch %s, got %q", target, args)
	}
	doc, err := os.ReadFile(statePath)
	if err != nil {
		return err
	}
	switch args[0] {
	case "get":
		logCall("get")
		if len(args) != 4 || args[2] != "-o" || !strings.HasPrefix(args[3], "go-template=") {
			return fmt.Errorf("fake oc get supports only -o go-template=..., got %q", args[2:])
		}
		tmpl, err := template.New("output").Parse(strings.TrimPrefix(args[3], "go-template="))
		if err != nil {
			return fmt.Errorf("error parsing template: %w", err)
		}
		var obj interface{}
		if err := json.Unmarshal(doc, &obj); err != nil {
			return err
		}
		return tmpl.Execute(os.Stdout, obj)
	case "patch":
		if len(args) != 5 || args[2] != "--type=json" || args[3] != "-p" {
			return fmt.Errorf("fake oc patch supports only --type=json -p PATCH, got %q", args[2:])
		}
		logCall("patch " + args[4])
		patch, err := jsonpatch.DecodePatch([]byte(args[4]))
		if err != nil {
			return fmt.Errorf("invalid JSON patch: %w", err)
		}
		if race := os.Getenv("FAKE_OC_RACE"); race != "" {
			doc, err = otherWriter(doc, race)
			if err != nil {
				return err
			}
			if err := os.WriteFile(statePath, doc, 0o644); err != nil {
				return err
			}
			if err := os.WriteFile(statePath+".raced", []byte("1"), 0o644); err != nil {
				return err
			}
		}
		patched, err := patch.Apply(doc)
		if err != nil {
			return fmt.Errorf("the server rejected our request due to an error in our request: %w", err)
		}
		patched, err = bumpResourceVersion(patched)
		if err != nil {
			return err
		}
		if err := os.WriteFile(statePath, patched, 0o644); err != nil {
			return err
		}
		fmt.Printf("%s patched\n", target)
		return nil
	}
	return fmt.Errorf("fake oc supports only get and patch, got %q", args[0])
}

// otherWriter appends names to spec.plugins once (the marker file records that it happened).
func otherWriter(doc []byte, race string) ([]byte, error) {
	if _, err := os.Stat(os.Getenv("FAKE_OC_STATE") + ".raced"); err == nil {
		return doc, nil
	}
	var names []string
	if err := json.Unmarshal([]byte(race), &names); err != nil {
		return nil, fmt.Errorf("FAKE_OC_RACE: %w", err)
	}
	var obj map[string]interface{}
	if err := json.Unmarshal(doc, &obj); err != nil {
		return nil, err
	}
	spec, _ := obj["spec"].(map[string]interface{})
	if spec == nil {
		spec = map[string]interface{}{}
		obj["spec"] = spec
	}
	plugins, _ := spec["plugins"].([]interface{})
	for _, n := range names {
		plugins = append(plugins, n)
	}
	spec["plugins"] = plugins
	out, err := json.Marshal(obj)
	if err != nil {
		return nil, err
	}
	return bumpResourceVersion(out)
}

func bumpResourceVersion(doc []byte) ([]byte, error) {
	var obj map[string]interface{}
	if err := json.Unmarshal(doc, &obj); err != nil {
		return nil, err
	}
	meta, _ := obj["metadata"].(map[string]interface{})
	if meta == nil {
		return nil, fmt.Errorf("object has no metadata")
	}
	rv, _ := strconv.Atoi(fmt.Sprint(meta["resourceVersion"]))
	meta["resourceVersion"] = strconv.Itoa(rv + 1)
	return json.MarshalIndent(obj, "", "  ")
}
