package main

import (
	"flag"
	"io"
	"os"
)

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
