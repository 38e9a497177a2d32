"""Database layer: SQLAlchemy 2.0 typed models, engine and session factory.

May import tracker.config and tracker.errors; never services, web or the CLI.
"""
