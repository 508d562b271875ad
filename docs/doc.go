// Package docs holds the reference documentation in Markdown beside the code
// (README.md is its index) and, in its tests, the checks that keep it honest:
// every sh, bash or shell block in README.md and docs/*.md parses with
// `bash -n`, and every relative link between them names a file, and a
// heading, that exists.
package docs
