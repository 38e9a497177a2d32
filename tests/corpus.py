"""A four-article corpus with one statement reported three times (verbatim, re-punctuated,
truncated) and one said once, for the service, web and docs tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tracker.services.articles import ingest_paths

TRUNCATED = "Non permetteremo a nessuno di ridisegnare i confini dell'Europa"
STATEMENT = TRUNCATED + " con la forza"


def write(folder: Path, name: str, body: str, published: str) -> None:
    (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    (folder / f"{name}.json").write_text(
        f'{{"lang": "it", "published": "{published}", "outlet": "{name.upper()}"}}',
        encoding="utf-8",
    )


def corpus(tmp_path: Path) -> Path:
    write(tmp_path, "a", f"Il vertice.\n\n«{STATEMENT}», ha detto Mario Rossi.\n", "2024-03-01")
    write(
        tmp_path,
        "b",
        f"Mario Rossi ha parlato.\n\n«{STATEMENT}.», ha detto Rossi ai giornalisti.\n",
        "2024-03-02",
    )
    write(
        tmp_path,
        "c",
        f"Mario Rossi ha ribadito.\n\n«{TRUNCATED}», ha affermato Rossi.\n",
        "2024-03-04",
    )
    write(
        tmp_path,
        "d",
        "Altro tema.\n\n«L'inflazione scenderà sotto il due per cento "
        "entro l'anno», ha detto Anna Verdi.\n",
        "2024-03-03",
    )
    return tmp_path


@pytest.fixture
def ingested(factory: sessionmaker[Session], tmp_path: Path) -> sessionmaker[Session]:
    """The corpus stored, extracted and linked: one claim of three mentions."""
    (tmp_path / "in").mkdir()
    assert ingest_paths(factory, [corpus(tmp_path / "in")], max_bytes=10**6).ok
    return factory
