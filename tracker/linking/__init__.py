"""Pure claim linking: which quotations report the same statement, and the claims they form.

Never imports tracker.db, tracker.services, tracker.web, Flask or SQLAlchemy.
"""

from tracker.linking.blocking import CandidateIndex
from tracker.linking.clusters import cluster_claims
from tracker.linking.linker import Link, Thresholds, find_links
from tracker.linking.scoring import LinkItem, PairScore, score_pair

__all__ = [
    "CandidateIndex",
    "Link",
    "LinkItem",
    "PairScore",
    "Thresholds",
    "cluster_claims",
    "find_links",
    "score_pair",
]
