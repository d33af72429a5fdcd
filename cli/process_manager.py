"""The process manager of `ml-connector run` and `demo`: honcho's, with a stop that ends.

On a stop honcho sends SIGTERM to each child's process group and, 5 s later, SIGKILL to those
groups again every 0.1 s until every child's output pipe is closed. A process outside those
groups that still holds a pipe (rq's work horse, which has a group of its own, or a worker
whose supervisor died) kept honcho waiting, sending SIGKILL to a dead group hundreds of
times, while it went on running. Here honcho's kill is one SIGKILL of every process that
carries this run's tag in its environment (jobs/process_tags), wherever it went; and when the
loop ends, whatever still carries the tag is killed, so nothing outlives the command.
"""

from __future__ import annotations

from honcho.manager import Manager

from jobs.process_tags import RUN_TAG_VARIABLE, kill_tagged


class TreeKillingManager(Manager):
    """Children must be started with `env[RUN_TAG_VARIABLE]` equal to `tag`."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag
        self.killed = False

    def kill(self) -> None:
        """honcho's last resort, called every 0.1 s once its 5 s wait is over: done once."""
        if not self.killed:
            self.killed = True
            pids = kill_tagged(RUN_TAG_VARIABLE, self.tag)
            self._system_print(f"killed {len(pids)} processes that outlived the stop\n")

    def run(self) -> None:
        """Run the processes until they stop; none outlives this call."""
        try:
            self.loop()
        finally:
            kill_tagged(RUN_TAG_VARIABLE, self.tag)
