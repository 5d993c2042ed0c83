"""Widgets of the slrk TUI: bucket tree, date range, run settings, dashboard panels."""
