"""`python -m perfindicator`: the command line."""

import sys

from perfindicator.cli import main

sys.exit(main())
