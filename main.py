"""Launcher: run legapp from a checkout with `python main.py`."""

import sys

from legapp.app import main

if __name__ == "__main__":
    sys.exit(main())
