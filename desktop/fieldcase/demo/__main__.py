"""``python -m fieldcase.demo``: write the demo records (and optionally the gazetteer) as JSON."""

from . import main

raise SystemExit(main())
