"""Screens of the slrk TUI, in the order a user meets them."""
