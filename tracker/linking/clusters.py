"""Claims as clusters of linked quotations: union-find with the analysts' constraints.

A rejected pair is never joined, not even through others; a short fragment may join a
cluster but never bridges two clusters that each hold a long quotation.
"""

from __future__ import annotations

from collections.abc import Iterable


class _Clusters:
    def __init__(self, ids: Iterable[int], fragments: set[int]) -> None:
        self.parent = {i: i for i in ids}
        self.members: dict[int, set[int]] = {i: {i} for i in self.parent}
        self.has_long = {i: i not in fragments for i in self.parent}

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.has_long[ra] = self.has_long[ra] or self.has_long.pop(rb)


def cluster_claims(
    ids: Iterable[int],
    links: Iterable[tuple[int, int]],
    *,
    cannot_link: Iterable[tuple[int, int]] = (),
    fragments: Iterable[int] = (),
) -> list[list[int]]:
    """Connected components of ``links`` (strongest first) that respect the constraints.

    Returns the clusters of two or more quotations, each sorted, largest first.
    """
    frag = set(fragments)
    cl = _Clusters(ids, frag)
    banned: dict[int, set[int]] = {}
    for a, b in cannot_link:
        banned.setdefault(a, set()).add(b)
        banned.setdefault(b, set()).add(a)
    # Links between long quotations first, so fragments attach to settled clusters.
    ordered = sorted(links, key=lambda p: p[0] in frag or p[1] in frag)
    for a, b in ordered:
        if a not in cl.parent or b not in cl.parent:
            continue
        ra, rb = cl.find(a), cl.find(b)
        if ra == rb:
            continue
        if (a in frag or b in frag) and cl.has_long[ra] and cl.has_long[rb]:
            continue
        small, big = (ra, rb) if len(cl.members[ra]) <= len(cl.members[rb]) else (rb, ra)
        if any(banned.get(m, set()) & cl.members[big] for m in cl.members[small]):
            continue
        cl.union(a, b)
    groups = [sorted(m) for m in cl.members.values() if len(m) > 1]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups
