"""``python -m boilerstrip``: the same as the ``boilerstrip`` command."""

import sys

from boilerstrip.cli import main

if __name__ == "__main__":
    sys.exit(main())
