"""Entry point of the frozen app (packaging/fieldcase.spec): one program, two executables.

The bundle holds `fieldcase` (the command line, a console program) and `fieldcase-desktop` (the window,
no console on Windows); both run this script and choose by the executable's own name, so the two share
one analysed set of modules and one copy of every library.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "fieldcase":
        from fieldcase.cli import main as cli_main

        return cli_main()
    from fieldcase.app import main as desktop_main

    return desktop_main()


if __name__ == "__main__":
    sys.exit(main())
