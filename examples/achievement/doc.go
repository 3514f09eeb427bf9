// Command achievement builds a small organisation in memory through the
// library's public API and prints the achievement report (báo cáo thành
// tích) of one person as plain text.
//
//	go run ./examples/achievement
package main
