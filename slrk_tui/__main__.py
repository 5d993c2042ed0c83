"""`python -m slrk_tui` is the `slrk` command."""

import sys

from slrk_tui.cli import main

sys.exit(main())
