"""Use cases shared by the web app and the CLI.

Each function takes a Session first and flushes, never commits: the caller owns the
transaction. The one exception is documented where it stands (batch ingest commits
each article on its own so one bad article never rolls back the good ones).
May import tracker.db, tracker.extraction, tracker.linking, tracker.io; never web or CLI.
"""
