// Command pulumi-kubevirt-sdkgen writes a Pulumi SDK for a package schema with the code generators
// of the Pulumi packages the CLI here is built from (github.com/pulumi/pulumi/pkg/v3/codegen).
//
// `pulumi package gen-sdk` asks the language host to generate, and neither host can here: the Python
// host built by scripts/build_go_tools.py (3.79) predates GeneratePackage, and the Go module proxy
// refuses the Node.js host's module. Built by scripts/build_go_tools.py (group "sdkgen").
//
//	pulumi-kubevirt-sdkgen <schema.json> <python|nodejs> <out dir>
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blang/semver"
	"github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

const tool = "pulumi-kubevirt-sdkgen"

// noPackages is the loader for a schema that refers to no other package (ours refers only to
// pulumi.json#/Any): any reference to another package is an error.
type noPackages struct{}

var errOtherPackage = errors.New("the schema refers to another package; " + tool + " loads none")

func (noPackages) LoadPackage(string, *semver.Version) (*schema.Package, error) {
	return nil, errOtherPackage
}

func (noPackages) LoadPackageV2(context.Context, *schema.PackageDescriptor) (*schema.Package, error) {
	return nil, errOtherPackage
}

func (noPackages) LoadPackageReference(string, *semver.Version) (schema.PackageReference, error) {
	return nil, errOtherPackage
}

func (noPackages) LoadPackageReferenceV2(context.Context, *schema.PackageDescriptor) (schema.PackageReference, error) {
	return nil, errOtherPackage
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, tool+": "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	if len(os.Args) != 4 {
		fail("usage: %s <schema.json> <python|nodejs> <out dir>", tool)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail("%v", err)
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(data, &spec); err != nil {
		fail("%s is not a package schema: %v", os.Args[1], err)
	}
	pkg, diags, err := schema.BindSpec(spec, noPackages{}, schema.ValidationOptions{})
	if err != nil {
		fail("binding the schema: %v", err)
	}
	if diags.HasErrors() {
		fail("the schema is invalid: %s", diags.Error())
	}
	var files map[string][]byte
	switch os.Args[2] {
	case "python":
		files, err = python.GeneratePackage(tool, pkg, nil, noPackages{})
	case "nodejs":
		files, err = nodejs.GeneratePackage(tool, pkg, nil, nil, false, noPackages{})
	default:
		fail("unknown language %q: use python or nodejs", os.Args[2])
	}
	if err != nil {
		fail("generating the %s SDK: %v", os.Args[2], err)
	}
	for name, content := range files {
		path := filepath.Join(os.Args[3], name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fail("%v", err)
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			fail("%v", err)
		}
	}
	fmt.Printf("%d files written to %s\n", len(files), os.Args[3])
}
