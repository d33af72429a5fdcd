"""The worker's and the schedule's logs: the web app's handler, LOG_FORMAT and redaction.

rq's command line gives its own loggers (rq.worker, rq.job, rq.cron, rq.scheduler) handlers of
their own that stop propagation, before our Worker class is even built; here they are handed
back to the root logger, so rq's lines and the jobs' lines come out alike (text or JSON) and
pass the same redaction.
"""

from __future__ import annotations

import logging

from config.log_format import configure_logging
from config.settings import Settings

RQ_LOGGERS = ("rq.worker", "rq.job", "rq.cron", "rq.scheduler")


def configure_process_logging() -> None:
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)
    for name in RQ_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
