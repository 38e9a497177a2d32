"""The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

QUOTATION_FILTERS = [
    ("speaker", "string", "speaker name contains"),
    ("speaker_id", "integer", "speaker id"),
    ("outlet", "string", "outlet name"),
    ("lang", "string", "ISO 639-1 language of the article"),
    ("type", "string", "direct, partial or indirect"),
    ("status", "string", "unreviewed, confirmed or rejected"),
    ("claim", "integer", "claim id"),
    ("article", "integer", "article id"),
    ("from", "string", "said on or after (YYYY-MM-DD)"),
    ("to", "string", "said on or before (YYYY-MM-DD)"),
    ("q", "string", "text contains"),
]
CLAIM_FILTERS = [
    ("speaker", "string", "speaker name contains"),
    ("speaker_id", "integer", "speaker id"),
    ("status", "string", "fact-check status"),
    ("from", "string", "still reported on or after (YYYY-MM-DD)"),
    ("to", "string", "first reported on or before (YYYY-MM-DD)"),
    ("min_mentions", "integer", "at least this many mentions"),
    ("q", "string", "canonical text contains"),
]
ARTICLE_FILTERS = [("lang", "string", "language"), ("outlet", "string", "outlet name")]
SPEAKER_FILTERS = [("q", "string", "name or alias contains")]
PAGING = [
    ("after", "string", "the next_cursor of the previous page"),
    ("limit", "integer", "page size, 1-500 (default 50)"),
]


def _params(items: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    return [
        {"name": n, "in": "query", "required": False, "description": d, "schema": {"type": t}}
        for n, t, d in items
    ]


def _id(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}


def _ok(schema: str, *, page: bool = False) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    body = (
        {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": ref},
                "next_cursor": {"type": ["string", "null"]},
            },
        }
        if page
        else ref
    )
    return {
        "200": {"description": "OK", "content": {"application/json": {"schema": body}}},
        "400": {"$ref": "#/components/responses/Error"},
        "401": {"$ref": "#/components/responses/Error"},
        "404": {"$ref": "#/components/responses/Error"},
    }


def _list(summary: str, schema: str, filters: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": _params(filters + PAGING),
            "responses": _ok(schema, page=True),
        }
    }


def _one(summary: str, schema: str, id_name: str) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": [_id(id_name)], "responses": _ok(schema)}}


def _post(
    summary: str, schema: str, required: list[str], id_name: str | None = None, **fields: str
) -> dict[str, Any]:
    """A write endpoint: a JSON body with ``fields``, answered with the changed object."""
    responses = _ok(schema)
    responses["403"] = {"$ref": "#/components/responses/Error"}
    responses["409"] = {"$ref": "#/components/responses/Error"}
    body = {"type": "object", "required": required, **_obj(**fields)}
    post: dict[str, Any] = {
        "summary": summary,
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": responses,
    }
    if id_name:
        post["parameters"] = [_id(id_name)]
    return {"post": post}


def _obj(**props: str) -> dict[str, Any]:
    return {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}


def spec(server: str) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tracker API",
            "version": "1",
            "description": "Who said what in the news: articles, quotations, speakers, claims. "
            "Send `Authorization: Bearer <token>` (tokens: `tracker user token NAME`). "
            "Writes need an annotator's or admin's token.",
        },
        "servers": [{"url": server}],
        "security": [{"bearer": []}],
        "paths": {
            "/articles": {
                **_list("Articles, newest first", "Article", ARTICLE_FILTERS),
                **_post(
                    "Submit an article: it is stored, extracted and linked",
                    "Article",
                    ["text"],
                    text="string",
                    title="string",
                    url="string",
                    outlet="string",
                    published="string",
                    lang="string",
                ),
            },
            "/articles/{article_id}": _one("One article with its text", "Article", "article_id"),
            "/quotations": _list("Quotations, newest first", "Quotation", QUOTATION_FILTERS),
            "/quotations/{quotation_id}": _one("One quotation", "Quotation", "quotation_id"),
            "/quotations/{quotation_id}/review": _post(
                "Confirm or reject a quotation",
                "Quotation",
                ["status"],
                "quotation_id",
                status="string",
                version="integer",
            ),
            "/speakers": _list("Speakers, newest first", "Speaker", SPEAKER_FILTERS),
            "/speakers/{speaker_id}": _one("One speaker with every alias", "Speaker", "speaker_id"),
            "/claims": _list("Claims, most mentioned first", "Claim", CLAIM_FILTERS),
            "/claims/{claim_id}": _one("One claim with its mentions", "Claim", "claim_id"),
            "/claims/{claim_id}/factcheck": _post(
                "Move a claim through the fact-check workflow",
                "Claim",
                ["status"],
                "claim_id",
                status="string",
                assignee="string",
                verdict="string",
                url="string",
                explanation="string",
                version="integer",
            ),
        },  # fmt: skip
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {
                "Error": {
                    "description": "An error, with a message saying what to fix",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"error": _obj(status="integer", message="string")},
                            }
                        }
                    },
                }
            },
            "schemas": {
                "Article": _obj(
                    id="integer",
                    title="string",
                    url="string",
                    outlet="string",
                    language="string",
                    published="string",
                    text="string",
                ),  # fmt: skip
                "Quotation": _obj(
                    id="integer",
                    article_id="integer",
                    outlet="string",
                    type="string",
                    text="string",
                    speaker_id="integer",
                    speaker="string",
                    said_on="string",
                    medium="string",
                    review_status="string",
                    claim_id="integer",
                    version="integer",
                ),  # fmt: skip
                "Speaker": _obj(id="integer", name="string", kind="string", description="string"),
                "Claim": _obj(
                    id="integer",
                    canonical_text="string",
                    speaker="string",
                    mentions="integer",
                    first_seen="string",
                    last_seen="string",
                    factcheck_status="string",
                    verdict="string",
                    factcheck_url="string",
                    checkworthiness="number",
                    version="integer",
                ),  # fmt: skip
            },
        },
    }
