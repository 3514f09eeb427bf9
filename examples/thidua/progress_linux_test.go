//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a new pseudo-terminal with the standard library only: the
// master from /dev/ptmx, unlocked (TIOCSPTLCK) and numbered (TIOCGPTN), and
// its slave /dev/pts/N.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	var unlock, n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		master.Close()
		t.Fatalf("TIOCSPTLCK: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		master.Close()
		t.Fatalf("TIOCGPTN: %v", e)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	return master, slave
}

// progressLine is the progress line of the import: rows stored of all,
// and the rate after the first half second.
var progressLine = regexp.MustCompile(`\rĐã ghi (\d+)/(\d+) dòng( \(\d+ dòng/giây\))?`)

// TestProgressOnTerminal runs the built command with its standard error on
// a pseudo-terminal: the progress line is written there, up to all the
// rows of the workbook; with standard error on a file, it is not.
func TestProgressOnTerminal(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	book := filepath.Join(dir, "d.xlsx")
	writeXLSX(t, book, sampleBook()...)

	master, slave := openPTY(t)
	defer master.Close()
	p := exec.Command(bin, "import", "-db", filepath.Join(dir, "a.db"), book)
	var out bytes.Buffer
	p.Stdout, p.Stderr = &out, slave
	if err := p.Start(); err != nil {
		slave.Close()
		t.Fatal(err)
	}
	slave.Close() // the command holds it now
	// Read the terminal while the command writes: reading ends (EIO) when
	// the command has closed the last descriptor of the slave.
	term := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(master)
		term <- b
	}()
	if err := p.Wait(); err != nil {
		t.Fatalf("import on a terminal: %v\n%s", err, out.String())
	}
	got := string(<-term)
	lines := progressLine.FindAllStringSubmatch(got, -1)
	if len(lines) == 0 {
		t.Fatalf("no progress line on the terminal: %q", got)
	}
	last := lines[len(lines)-1]
	t.Logf("%d progress lines on the terminal, the last %q", len(lines), last[0])
	if last[1] != last[2] {
		t.Errorf("the last progress line says %s of %s rows", last[1], last[2])
	}
	if rows := regexp.MustCompile(`\((\d+) dòng,`).FindStringSubmatch(out.String()); rows == nil || rows[1] != last[2] {
		t.Errorf("the progress line counts %s rows, the summary %q", last[2], out.String())
	}
	if strings.Contains(out.String(), "Đã ghi") {
		t.Errorf("progress on standard output: %q", out.String())
	}

	// The same import with standard error on a file: no progress line.
	errFile, err := os.Create(filepath.Join(dir, "stderr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p = exec.Command(bin, "import", "-db", filepath.Join(dir, "b.db"), book)
	p.Stdout, p.Stderr = io.Discard, errFile
	if err := p.Run(); err != nil {
		t.Fatalf("import with standard error on a file: %v", err)
	}
	errFile.Close()
	if b, _ := os.ReadFile(errFile.Name()); len(b) > 0 {
		t.Errorf("standard error on a file got %q", b)
	}
}
