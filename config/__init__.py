"""Settings and logging format shared by every process; imports nothing of the project."""
