package sorted_test

import (
	"fmt"
	"strings"

	"github.com/thidua-go/thidua/internal/sorted"
)

// A store's list of IDs, kept in order: the IDs added since the last read
// are merged in.
func ExampleMerge() {
	ids := []string{"p01", "p03", "p07"}
	ids = sorted.Merge(ids, []string{"p05", "p02"}, strings.Compare)
	fmt.Println(ids)
	// Output:
	// [p01 p02 p03 p05 p07]
}
