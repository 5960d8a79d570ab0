"""`python -m fieldcase.cli` (the same as `python -m fieldcase` and the `fieldcase` script)."""

import sys

from fieldcase.cli import main

sys.exit(main())
