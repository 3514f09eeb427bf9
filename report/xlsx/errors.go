package xlsx

import (
	"fmt"

	"github.com/thidua-go/thidua"
)

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{thidua.ErrInvalid}, args...)...)
}
