package site

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"time"
)

// facts are what the server knows of one file's content, kept while its size and
// modification time stay the same.
type facts struct {
	size int64
	mod  time.Time
	etag string // strong: the first 128 bits of the content's SHA-256, quoted
	crc  uint32 // the content's CRC-32, as a gzip trailer records it
}

// facts returns the facts of the open file f of this name, hashing it only when it
// changed since the last request.
func (s *Site) facts(name string, f *os.File, info fs.FileInfo) (facts, error) {
	s.mu.Lock()
	fa, ok := s.known[name]
	s.mu.Unlock()
	if ok && fa.size == info.Size() && fa.mod.Equal(info.ModTime()) {
		return fa, nil
	}
	sum, crc := sha256.New(), crc32.NewIEEE()
	content := io.NewSectionReader(f, 0, info.Size())
	if _, err := io.Copy(io.MultiWriter(sum, crc), content); err != nil {
		return facts{}, err
	}
	fa = facts{
		size: info.Size(),
		mod:  info.ModTime(),
		etag: `"` + hex.EncodeToString(sum.Sum(nil)[:16]) + `"`,
		crc:  crc.Sum32(),
	}
	s.mu.Lock()
	s.known[name] = fa
	s.mu.Unlock()
	return fa, nil
}
