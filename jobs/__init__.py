"""RQ glue: thin job functions over sync/, the cron schedule, worker settings."""
