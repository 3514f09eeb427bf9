// Package boundw bounds what a renderer writes: a [Writer] stops a
// template's output once its context is done or once it has written a
// given number of bytes, so that a caller's template cannot run or grow
// without end.
package boundw
