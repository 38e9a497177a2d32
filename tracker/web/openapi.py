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


def _write(schema: str, body: dict[str, Any]) -> dict[str, Any]:
    responses = _ok(schema)
    responses["403"] = {"$ref": "#/components/responses/Error"}
    responses["409"] = {"$ref": "#/components/responses/Error"}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object", **body}}},
        },
        "responses": responses,
    }


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
                "get": {
                    "summary": "Articles, newest first",
                    "parameters": _params(
                        [("lang", "string", "language"), ("outlet", "string", "outlet")] + PAGING
                    ),
                    "responses": _ok("Article", page=True),
                },
                "post": {
                    "summary": "Submit an article: it is stored, extracted and linked",
                    **_write(
                        "Article",
                        {
                            "required": ["text"],
                            **_obj(
                                text="string",
                                title="string",
                                url="string",
                                outlet="string",
                                published="string",
                                lang="string",
                            ),  # fmt: skip
                        },
                    ),
                },
            },
            "/articles/{article_id}": {
                "get": {
                    "summary": "One article with its text",
                    "parameters": [_id("article_id")],
                    "responses": _ok("Article"),
                }
            },
            "/quotations": {
                "get": {
                    "summary": "Quotations, newest first",
                    "parameters": _params(QUOTATION_FILTERS + PAGING),
                    "responses": _ok("Quotation", page=True),
                }
            },
            "/quotations/{quotation_id}": {
                "get": {
                    "summary": "One quotation",
                    "parameters": [_id("quotation_id")],
                    "responses": _ok("Quotation"),
                }
            },
            "/quotations/{quotation_id}/review": {
                "post": {
                    "summary": "Confirm or reject a quotation",
                    "parameters": [_id("quotation_id")],
                    **_write(
                        "Quotation",
                        {"required": ["status"], **_obj(status="string", version="integer")},
                    ),
                }
            },
            "/speakers": {
                "get": {
                    "summary": "Speakers, newest first",
                    "parameters": _params([("q", "string", "name or alias contains"), *PAGING]),
                    "responses": _ok("Speaker", page=True),
                }
            },
            "/speakers/{speaker_id}": {
                "get": {
                    "summary": "One speaker with every alias",
                    "parameters": [_id("speaker_id")],
                    "responses": _ok("Speaker"),
                }
            },
            "/claims": {
                "get": {
                    "summary": "Claims, most mentioned first",
                    "parameters": _params(CLAIM_FILTERS + PAGING),
                    "responses": _ok("Claim", page=True),
                }
            },
            "/claims/{claim_id}": {
                "get": {
                    "summary": "One claim with its mentions",
                    "parameters": [_id("claim_id")],
                    "responses": _ok("Claim"),
                }
            },
            "/claims/{claim_id}/factcheck": {
                "post": {
                    "summary": "Move a claim through the fact-check workflow",
                    "parameters": [_id("claim_id")],
                    **_write(
                        "Claim",
                        {
                            "required": ["status"],
                            **_obj(
                                status="string",
                                assignee="string",
                                verdict="string",
                                url="string",
                                explanation="string",
                                version="integer",
                            ),  # fmt: skip
                        },
                    ),
                }
            },
        },
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
