package vntext_test

import (
	"fmt"
	"slices"

	"github.com/thidua-go/thidua/internal/vntext"
)

func Example() {
	// Old and new tone placement, sỹ and sĩ, capitals and spaces match.
	fmt.Println(vntext.Equal("Chiến sỹ thi đua  ngành Tư pháp", "chiến sĩ thi đua ngành tư pháp"))
	fmt.Println(vntext.Equal("Nguyễn Thị Thanh Hoà", "Nguyễn Thị Thanh Hòa"))
	// People sort by given name, then full name.
	names := []string{"Trần Văn Đức", "Lê Thị Ánh", "Nguyễn Văn Dũng", "Phạm Thị Anh"}
	slices.SortFunc(names, vntext.NewNameCollator().Compare)
	fmt.Println(names)
	fmt.Println(vntext.Title("âm một trăm"))
	// Output:
	// true
	// true
	// [Phạm Thị Anh Lê Thị Ánh Nguyễn Văn Dũng Trần Văn Đức]
	// Âm một trăm
}
