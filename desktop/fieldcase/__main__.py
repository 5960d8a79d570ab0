"""`python -m fieldcase`: the command line (the desktop app is `fieldcase-desktop` / `fieldcase.app`)."""

import sys

from fieldcase.cli import main

sys.exit(main())
