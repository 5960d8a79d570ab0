"""Entry point of the frozen app (packaging/fieldcase.spec): one program, two executables.

The bundle holds `fieldcase` (the command line, a console program) and `fieldcase-desktop` (the window,
no console on Windows); both run this script and choose by the executable's own name, so the two share
one analysed set of modules and one copy of every library.
"""

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.executable).stem.lower()
    if name == "fieldcase":
        from fieldcase.cli import main as cli_main

        return cli_main()
    if name == "fieldcase-startup-bench":  # only in a bench build (FIELDCASE_FREEZE_BENCH=1)
        import startup_child

        return startup_child.main(sys.argv[1:])
    from fieldcase.app import main as desktop_main

    return desktop_main()


if __name__ == "__main__":
    # A large import shapes its rows in spawned helper processes (services/import_prepare.py): in the bundle
    # they start as this executable, and freeze_support() turns them into helpers before main() runs.
    multiprocessing.freeze_support()
    sys.exit(main())
