"""Track who said what in the news.

Importing ``tracker`` loads neither Flask nor SQLAlchemy: it holds the version only.
"""

__version__ = "0.1.0"
