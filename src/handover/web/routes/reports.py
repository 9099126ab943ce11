"""Reports: the list, one report with its claims highlighted in place, and adding a report."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from handover.domain import ClaimRecord, Report
from handover.domain.validation import parse_date
from handover.errors import HandoverError, InputError
from handover.ledger.ingestion import IngestResult
from handover.web.deps import ApiWriter, FormWriter, State, WebState, form_text, read_form
from handover.web.errors import ErrorBody
from handover.web.highlight import Span, pieces, placed
from handover.web.index import ClaimIndex, claim_index
from handover.web.paging import paged
from handover.web.present import claim_tip
from handover.web.render import cached_page, render_page
from handover.web.routes.claims import claim_json

__all__ = ["router"]

router = APIRouter()
_ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}
_LANGS = ("auto", "en", "uk", "ru")


class ReportIn(BaseModel):
    """A report given as text: its words, the name that says its type, date and language."""

    text: str = Field(min_length=1, description="The report, as text, Markdown or HTML.")
    filename: str = Field("pasted.txt", description="Ends in .txt, .md, .html or .htm.")
    published: date | None = None
    lang: str = Field("auto", pattern="^(auto|en|uk|ru)$")


def report_summary(report: Report, index: ClaimIndex) -> dict[str, Any]:
    """A report's metadata and how many current claims it has (no text)."""
    return {"id": report.id, "title": report.title, "filename": report.filename,
            "url": report.url, "language": report.language,
            "published": report.published.isoformat() if report.published else None,
            "sha256": report.sha256, "claims": len(index.by_report.get(report.id or -1, []))}


def report_json(state: WebState, report_id: int) -> dict[str, Any]:
    """One report: metadata, full text, and its current claims with their offsets."""
    report = state.ledger.reports.get(report_id)
    index = claim_index(state)
    records = index.by_report.get(report_id, [])
    return {"ok": True, **report_summary(report, index), "text": report.text,
            "claims": [claim_json(r, index) for r in records]}


def _spans(records: list[ClaimRecord], index: ClaimIndex) -> list[Span]:
    return [Span(r.id, r.claim.start, r.claim.end, claim_tip(r, index.source_of(r)),
                 r.review.value) for r in records]


@router.get("/api/reports", tags=["reports"], summary="List reports")
def api_reports(state: State, page: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """Reports, oldest first, a page at a time (metadata and claim counts, no text)."""
    index = claim_index(state)
    found = paged(state.cache.get("reports", state.ledger.reports.all), page)
    return {"ok": True, **found.meta(), "items": [report_summary(r, index) for r in found.items]}


@router.get("/api/reports/{report_id}", tags=["reports"], responses=_ERRORS,
            summary="One report with its claims")
def api_report(state: State, report_id: int) -> dict[str, Any]:
    """A report's text and its claims, each with ``start``/``end`` offsets into the text."""
    return report_json(state, report_id)


@router.post("/api/reports", tags=["reports"], status_code=201,
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}},
             summary="Add a report given as text")
def api_add_report(state: State, _: ApiWriter, body: ReportIn) -> dict[str, Any]:
    """Store a report and its extracted claims (claims start unreviewed)."""
    result = state.ledger.ingest.add_bytes(body.text.encode("utf-8"), body.filename,
                                           published=body.published, lang=body.lang)
    return {"ok": True, **result.to_json()}


@router.post("/api/reports/upload", tags=["reports"], status_code=201,
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}},
             summary="Add a report file")
async def api_upload_report(state: State, _: ApiWriter, file: Annotated[UploadFile, File()],
                            published: Annotated[date | None, Form()] = None,
                            lang: Annotated[str, Form(pattern="^(auto|en|uk|ru)$")] = "auto",
                            ) -> dict[str, Any]:
    """Store an uploaded .txt, .md, .html or .htm report and its extracted claims."""
    data = await file.read()
    result = state.ledger.ingest.add_bytes(data, file.filename or "upload.txt",
                                           published=published, lang=lang)
    return {"ok": True, **result.to_json()}


@router.get("/reports", response_class=HTMLResponse, include_in_schema=False)
def reports_page(request: Request, state: State,
                 page: Annotated[int, Query(ge=1)] = 1) -> Response:
    """The reports, with links to each."""
    index = claim_index(state)
    found = paged(state.cache.get("reports", state.ledger.reports.all), page)
    items = [report_summary(r, index) for r in found.items]
    return render_page(request, "reports.html", {"paged": found, "items": items,
                                                 "query": {}, "api": "/api/reports"})


@router.get("/reports/new", response_class=HTMLResponse, include_in_schema=False)
def new_report_page(request: Request) -> Response:
    """The form to paste or upload a report."""
    return _new_form(request, {}, None)


@router.post("/reports/new", include_in_schema=False)
async def add_report(request: Request, state: State, _: FormWriter) -> Response:
    """Store a pasted or uploaded report, then show it with its claims for review."""
    form = await read_form(request)
    values = {name: form_text(form, name) for name in ("text", "filename", "published", "lang")}
    try:
        data, filename = await _submitted(form, values)
        lang = values["lang"] or "auto"
        if lang not in _LANGS:
            raise InputError(f"unknown language {lang!r}")
        result = state.ledger.ingest.add_bytes(
            data, filename, published=parse_date(values["published"], what="published date"),
            lang=lang)
    except HandoverError as exc:
        return _new_form(request, values, exc.line(), status=422)
    return RedirectResponse(_added_url(result), status_code=303)


async def _submitted(form: Any, values: dict[str, str]) -> tuple[bytes, str]:
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        return await upload.read(), upload.filename
    if not values["text"]:
        raise InputError("paste the report's text or choose a file")
    return values["text"].encode("utf-8"), values["filename"] or "pasted.txt"


def _added_url(result: IngestResult) -> str:
    note = "duplicate" if result.duplicate else "added"
    return f"/reports/{result.report_id}?{note}={len(result.claim_ids)}"


def _new_form(request: Request, values: dict[str, str], error: str | None,
              status: int = 200) -> Response:
    return render_page(request, "report_new.html",
                       {"values": values, "error": error, "langs": _LANGS}, status=status)


@router.get("/reports/{report_id}", response_class=HTMLResponse, include_in_schema=False)
def report_page(request: Request, state: State, report_id: int) -> Response:
    """A report's text with every claim highlighted where it stands, and its claims below."""
    def build() -> HTMLResponse:
        report = state.ledger.reports.get(report_id)
        index = claim_index(state)
        records = index.by_report.get(report_id, [])
        spans = _spans(records, index)
        _, misplaced = placed(spans, len(report.text))
        return render_page(request, "report.html", {
            "report": report, "pieces": pieces(report.text, spans), "records": records,
            "index": index, "misplaced": {s.claim_id for s in misplaced},
            "added": request.query_params.get("added"),
            "duplicate": request.query_params.get("duplicate") is not None,
            "api": f"/api/reports/{report_id}"})
    return cached_page(request, build)
