"""slrk-tui: the Screenlake Research Kit terminal app."""

__version__ = "0.1.0"
