//go:build !unix

package main

// processAlive cannot tell here, so every working copy is taken as in use
// and none is removed.
func processAlive(pid int) bool { return true }
