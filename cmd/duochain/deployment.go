package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/duochain/duochain/contracts"
)

// loadDeployment reads dir/deployment.json, where deploy and run record the
// contracts' addresses.
func loadDeployment(dir string) (*contracts.Deployment, error) {
	path := filepath.Join(dir, "deployment.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d contracts.Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return &d, nil
}

// parseWithFile parses args, which hold one FILE argument before or after the
// flags, and returns that file ("" when there is none, or more than one).
func parseWithFile(fl *flag.FlagSet, args []string) (string, error) {
	if err := fl.Parse(args); err != nil {
		return "", err
	}
	if fl.NArg() == 0 {
		return "", nil
	}
	file := fl.Arg(0)
	if err := fl.Parse(fl.Args()[1:]); err != nil {
		return "", err
	}
	if fl.NArg() > 0 {
		return "", nil
	}
	return file, nil
}

// readInput reads file, or standard input when file is "-".
func readInput(file string) ([]byte, error) {
	if file == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(file)
}
