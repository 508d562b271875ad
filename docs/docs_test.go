package docs

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// root is the repository's top directory: go test runs in the package's own.
const root = ".."

// markdownFiles are the files checked, relative to root: README.md and docs/*.md.
func markdownFiles(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{"README.md"}
	for _, d := range docs {
		rel, err := filepath.Rel(root, d)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.ToSlash(rel))
	}
	return files
}

func readFile(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestShellBlocksParse checks that every ```sh, ```bash and ```shell block of
// README.md and docs/*.md parses with `bash -n`, each block on its own, so a
// walk-through pasted into a shell does not stop at a typo. It checks syntax
// only: nothing runs.
func TestShellBlocksParse(t *testing.T) {
	n := 0
	for _, f := range markdownFiles(t) {
		blocks, err := fencedBlocks(f, readFile(t, f))
		if err != nil {
			t.Error(err)
		}
		for _, b := range blocks {
			if !isShell(b.lang) {
				continue
			}
			n++
			if err := bashParses(b); err != nil {
				t.Error(err)
			}
		}
	}
	// The walk-throughs alone are more than this: finding fewer means the
	// extractor, not the documentation, is broken.
	if n < 5 {
		t.Errorf("found %d shell blocks in README.md and docs/*.md, want at least 5", n)
	}
}

// TestLinksResolve checks that every relative link of README.md and
// docs/*.md names a file or folder that exists and, when it names a heading
// of a Markdown file (#anchor), a heading that file has.
func TestLinksResolve(t *testing.T) {
	for _, f := range markdownFiles(t) {
		for _, err := range checkLinks(root, f) {
			t.Error(err)
		}
	}
}

// TestIndexListsEveryDoc checks that README.md points at docs/README.md and
// that docs/README.md, the index, links every other file of docs/.
func TestIndexListsEveryDoc(t *testing.T) {
	if !slices.ContainsFunc(links("README.md", readFile(t, "README.md")), func(l link) bool {
		return strings.HasPrefix(l.target, "docs/README.md") || l.target == "docs/" || l.target == "docs"
	}) {
		t.Error("README.md does not link the documentation index docs/README.md")
	}
	linked := map[string]bool{}
	for _, l := range links("docs/README.md", readFile(t, "docs/README.md")) {
		path, _, _ := strings.Cut(l.target, "#")
		linked[filepath.ToSlash(filepath.Clean(filepath.Join("docs", path)))] = true
	}
	for _, f := range markdownFiles(t) {
		if f == "README.md" || f == "docs/README.md" {
			continue
		}
		if !linked[f] {
			t.Errorf("docs/README.md, the index, does not link %s", f)
		}
	}
}

// TestCheckersCatchMistakes runs the checkers on broken documents: a checker
// that passes everything would pass the real ones too.
func TestCheckersCatchMistakes(t *testing.T) {
	t.Run("ShellSyntaxError", func(t *testing.T) {
		md := "# Bad\n\n```sh\necho fine\n```\n\ntext\n\n```bash\nif true; then\n  echo unclosed\n```\n\n```json\n{\"not\": \"shell\" (\n```\n"
		blocks, err := fencedBlocks("bad.md", md)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range blocks {
			got = append(got, fmt.Sprintf("%s@%d", b.lang, b.line))
		}
		if diff := cmp.Diff([]string{"sh@3", "bash@9", "json@14"}, got); diff != "" {
			t.Fatalf("blocks (-want +got):\n%s", diff)
		}
		if err := bashParses(blocks[0]); err != nil {
			t.Errorf("a good block: %v", err)
		}
		err = bashParses(blocks[1])
		if err == nil {
			t.Fatal("an if without fi parsed")
		}
		if !strings.HasPrefix(err.Error(), "bad.md:9: ") {
			t.Errorf("the error does not name the file and the block's line: %v", err)
		}
	})
	t.Run("UnclosedQuote", func(t *testing.T) {
		if err := bashParses(block{file: "bad.md", line: 7, lang: "sh", body: "curl -d '{\"a\":1}\n"}); err == nil {
			t.Error("an unclosed quote parsed")
		}
	})
	t.Run("UnclosedFence", func(t *testing.T) {
		_, err := fencedBlocks("bad.md", "text\n\n```sh\necho never closed\n")
		if err == nil || !strings.HasPrefix(err.Error(), "bad.md:3: ") {
			t.Errorf("an unclosed fence: %v, want an error at bad.md:3", err)
		}
	})
	t.Run("IndentedAndTildeFences", func(t *testing.T) {
		md := "- item\n\n  ```sh\n  echo in a list\n  ```\n\n~~~shell\necho tilde\n~~~\n\n````md\n```sh\nnot a block of its own\n```\n````\n"
		blocks, err := fencedBlocks("ok.md", md)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range blocks {
			got = append(got, fmt.Sprintf("%s@%d:%q", b.lang, b.line, b.body))
		}
		want := []string{`sh@3:"echo in a list\n"`, `shell@7:"echo tilde\n"`, "md@11:\"```sh\\nnot a block of its own\\n```\\n\""}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("blocks (-want +got):\n%s", diff)
		}
	})
	t.Run("Links", func(t *testing.T) {
		dir := t.TempDir()
		write := func(name, text string) {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("docs/b.md", "# B\n\n## Where `serve` looks\n\n## Where `serve` looks\n")
		write("README.md", strings.Join([]string{
			"# A",                                  // 1
			"[ok](docs/b.md) [ok](docs/b.md#b)",    // 2
			"[ok](docs/b.md#where-serve-looks-1)",  // 3
			"[ok](#a) [ok](https://example.com/x)", // 4
			"[gone](docs/c.md) [gone](#nowhere)",   // 5
			"[gone](docs/b.md#where)",              // 6
			"`[in code](nowhere.md)`",              // 7
			"```sh",                                // 8
			"echo '[in a block](nowhere.md)'",      // 9
			"```",                                  // 10
			"[split across",                        // 11
			"lines](docs/missing.md)",              // 12
			"[absolute](/README.md)",               // 13
		}, "\n")+"\n")
		var got []string
		for _, err := range checkLinks(dir, "README.md") {
			got = append(got, err.Error())
		}
		want := []string{
			"README.md:5: link docs/c.md: no such file",
			"README.md:5: link #nowhere: README.md has no heading with that anchor",
			"README.md:6: link docs/b.md#where: docs/b.md has no heading with that anchor",
			"README.md:11: link docs/missing.md: no such file",
			"README.md:13: link /README.md: not relative",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("link errors (-want +got):\n%s", diff)
		}
	})
}

// TestSlug pins GitHub's heading anchors for the kinds of heading we write.
func TestSlug(t *testing.T) {
	for _, tc := range []struct{ heading, want string }{
		{"Walk-through (curl)", "walk-through-curl"},
		{"Merchant identity: verified once, accepted elsewhere (curl)", "merchant-identity-verified-once-accepted-elsewhere-curl"},
		{"Where `duochain serve` takes the passphrase from", "where-duochain-serve-takes-the-passphrase-from"},
		{"Metadata: what wallets see", "metadata-what-wallets-see"},
		{"**Bold** and [a link](x.md)", "bold-and-a-link"},
		{"EPCIS XML", "epcis-xml"},
		{"Glossary", "glossary"},
		{"snake_case and 中文", "snake_case-and-中文"},
	} {
		if got := slug(tc.heading); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// block is a fenced code block.
type block struct {
	file string
	line int    // the opening fence's, 1-based
	lang string // the info string's first word
	body string
}

func isShell(lang string) bool {
	return lang == "sh" || lang == "bash" || lang == "shell"
}

var fenceRE = regexp.MustCompile("^( {0,3})(`{3,}|~{3,})\\s*([^`\\s]*)")

// fencedBlocks are the fenced code blocks of a Markdown text (CommonMark:
// ``` or ~~~, indented up to three spaces, or inside a list item; the body
// loses the opening fence's indentation). A fence left open is an error.
func fencedBlocks(file, text string) ([]block, error) {
	var out []block
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		indent, fence, lang, ok := openFence(lines[i])
		if !ok {
			continue
		}
		b := block{file: file, line: i + 1, lang: lang}
		var body strings.Builder
		closed := false
		for i++; i < len(lines); i++ {
			if isClosingFence(lines[i], fence) {
				closed = true
				break
			}
			l := lines[i]
			for k := 0; k < len(indent) && strings.HasPrefix(l, " "); k++ {
				l = l[1:]
			}
			body.WriteString(l)
			body.WriteByte('\n')
		}
		if !closed {
			return out, fmt.Errorf("%s:%d: a code block opened with %s is never closed", file, b.line, fence)
		}
		b.body = body.String()
		out = append(out, b)
	}
	return out, nil
}

// openFence reports whether line opens a fenced block; list items' blocks are
// indented further than three spaces, so any indentation is taken.
func openFence(line string) (indent, fence, lang string, ok bool) {
	trimmed := strings.TrimLeft(line, " ")
	m := fenceRE.FindStringSubmatch(trimmed)
	if m == nil {
		return "", "", "", false
	}
	return line[:len(line)-len(trimmed)], m[2], m[3], true
}

// isClosingFence: the same character, at least as many, nothing after.
func isClosingFence(line, fence string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

// bashParses runs `bash -n` on the block alone; the error names the block's
// file and line, and the line inside the block bash complained of.
func bashParses(b block) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-n")
	cmd.Stdin = strings.NewReader(b.body)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("%s:%d: the ```%s block does not parse (bash -n; lines counted from the fence): %s", b.file, b.line, b.lang, msg)
	}
	return nil
}

// link is a Markdown link or image outside code.
type link struct {
	line   int
	target string
}

var linkRE = regexp.MustCompile(`!?\[([^\[\]]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+"[^"]*")?\s*\)`)

// links are the inline links of a Markdown text, outside code blocks and
// code spans; link text may run over lines.
func links(file, text string) []link {
	prose := blankCode(text)
	var out []link
	for _, m := range linkRE.FindAllStringSubmatchIndex(prose, -1) {
		out = append(out, link{
			line:   1 + strings.Count(prose[:m[0]], "\n"),
			target: prose[m[4]:m[5]],
		})
	}
	return out
}

// blankCode replaces code blocks and code spans by spaces, keeping newlines,
// so that offsets and line numbers stay those of the text.
func blankCode(text string) string {
	b := []byte(blankFences(text))
	for i := 0; i < len(b); {
		if b[i] != '`' {
			i++
			continue
		}
		n := 0
		for i+n < len(b) && b[i+n] == '`' {
			n++
		}
		end := closingRun(b, i+n, n)
		if end < 0 {
			i += n
			continue
		}
		for k := i; k < end+n; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
		i = end + n
	}
	return string(b)
}

// closingRun is where the next run of exactly n backticks from start begins,
// or -1; a code span does not run past a blank line.
func closingRun(b []byte, start, n int) int {
	for j := start; j < len(b); {
		if b[j] == '\n' && j+1 < len(b) && b[j+1] == '\n' {
			return -1
		}
		if b[j] != '`' {
			j++
			continue
		}
		k := 0
		for j+k < len(b) && b[j+k] == '`' {
			k++
		}
		if k == n {
			return j
		}
		j += k
	}
	return -1
}

var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// checkLinks checks the relative links of file (relative to dir): the file
// or folder exists, and a #anchor into Markdown names one of its headings.
func checkLinks(dir, file string) []error {
	text, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, l := range links(file, string(text)) {
		if schemeRE.MatchString(l.target) {
			continue // https:, mailto:: not ours to check
		}
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: link %s: %s", file, l.line, l.target, fmt.Sprintf(format, args...)))
		}
		path, anchor, _ := strings.Cut(l.target, "#")
		if strings.HasPrefix(path, "/") {
			fail("not relative")
			continue
		}
		target := file
		if path != "" {
			target = filepath.ToSlash(filepath.Join(filepath.Dir(file), path))
		}
		info, err := os.Stat(filepath.Join(dir, target))
		if err != nil {
			fail("no such file")
			continue
		}
		if anchor == "" || info.IsDir() || !strings.HasSuffix(target, ".md") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, target))
		if err != nil {
			fail("%v", err)
			continue
		}
		if !slices.Contains(anchors(string(b)), anchor) {
			fail("%s has no heading with that anchor", target)
		}
	}
	return errs
}

var (
	headingRE = regexp.MustCompile(`^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$`)
	htmlIDRE  = regexp.MustCompile(`<a\s+(?:name|id)="([^"]+)"`)
)

// anchors are the anchors GitHub gives a Markdown text's headings (a repeated
// heading gets -1, -2, …), and those of explicit <a name> or <a id> tags.
func anchors(text string) []string {
	var out []string
	seen := map[string]int{}
	for _, line := range strings.Split(blankFences(text), "\n") {
		if m := headingRE.FindStringSubmatch(line); m != nil {
			s := slug(m[1])
			if n := seen[s]; n > 0 {
				out = append(out, fmt.Sprintf("%s-%d", s, n))
			} else {
				out = append(out, s)
			}
			seen[s]++
		}
		for _, m := range htmlIDRE.FindAllStringSubmatch(line, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// blankFences empties code blocks (a "# comment" in one is no heading).
func blankFences(text string) string {
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		if _, fence, _, ok := openFence(lines[i]); ok {
			for lines[i] = ""; i+1 < len(lines); {
				i++
				closing := isClosingFence(lines[i], fence)
				lines[i] = ""
				if closing {
					break
				}
			}
		}
	}
	return strings.Join(lines, "\n")
}

var inlineLinkRE = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// slug is GitHub's anchor for a heading: its text (links by their text, no
// markup), lower case, letters, digits, '_' and '-' kept, spaces as '-'.
func slug(heading string) string {
	heading = inlineLinkRE.ReplaceAllString(heading, "$1")
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
