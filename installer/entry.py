"""The frozen program's entry point: the same as the `deskapp` console script."""
import multiprocessing

from deskapp.cli import main

if __name__ == "__main__":
    # Fee notices are drawn on several cores with multiprocessing: a frozen child process
    # must not run main() again.
    multiprocessing.freeze_support()
    raise SystemExit(main())
