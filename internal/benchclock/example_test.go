package benchclock_test

import (
	"fmt"

	"github.com/thidua-go/thidua/internal/benchclock"
)

func ExampleCPU() {
	start := benchclock.CPU()
	n := 0
	for i := range 1000000 {
		n += i % 7
	}
	fmt.Println(n > 0, benchclock.CPU() >= start)
	// Output: true true
}
