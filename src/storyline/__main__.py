"""`python -m storyline ...`: the same command line as the `storyline` script, for a checkout run
with its `src` on PYTHONPATH (a worktree, a CI clone) where the installed script would run another copy."""
import sys

from storyline.cli import main

sys.exit(main())
