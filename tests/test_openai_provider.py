"""OpenAICompatProvider against a real loopback HTTP server (tests/fake_openai.py).

Covers what is sent (key, response_format, no SDK retries), how every transport fault is
retried or mapped, the json_schema -> json_object fallback, and map_error for every SDK
exception class.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx2
import openai
import pytest
from fake_openai import (
    FakeOpenAI,
    auth_error,
    completion,
    empty_choices,
    huge_body,
    non_json_body,
    rate_limited,
    refusal,
    reject_json_schema,
    reset_mid_body,
    server_error,
    slow,
    status_error,
    truncated,
)

from summarizer.errors import (
    AuthenticationFailed,
    BackendError,
    BackendUnavailable,
    BadResponse,
    RateLimited,
)
from summarizer.prompting import Message
from summarizer.providers.base import ChatRequest
from summarizer.providers.openai_compat import OpenAICompatProvider, map_error

KEY = "sk-test-SECRET-1234567890"
SCHEMA = {
    "type": "object",
    "properties": {"a": {"type": "integer"}},
    "required": ["a"],
    "additionalProperties": False,
}
REQUEST = ChatRequest(
    messages=(Message("system", "Be brief."), Message("user", "Say a.")),
    schema=SCHEMA,
    schema_name="tiny",
    max_tokens=100,
)
GOOD = '{"a": 1}'
MAX_ATTEMPTS = 3


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def make(fake: FakeOpenAI, **kw: object) -> OpenAICompatProvider:
    options: dict[str, object] = {
        "model": "fake-model",
        "base_url": fake.base_url,
        "api_key": KEY,
        "timeout": 0.3,
        "max_attempts": MAX_ATTEMPTS,
        "wait_max": 0.05,
        "max_total_seconds": 5,
    }
    options.update(kw)
    return OpenAICompatProvider(**options)  # type: ignore[arg-type]


def assert_one_line_no_secret(exc: BaseException) -> None:
    text = str(exc)
    assert text and "\n" not in text
    assert KEY not in text and KEY not in repr(exc)


# --------------------------------------------------------------------------- what is sent


def test_success_sends_key_model_and_strict_json_schema(fake: FakeOpenAI) -> None:
    fake.script(completion(GOOD, prompt_tokens=11, completion_tokens=7))
    provider = make(fake)
    try:
        result = provider.complete(REQUEST)
    finally:
        provider.close()
    assert result.text == GOOD
    assert result.finish_reason == "stop"
    assert result.response_format == "json_schema"
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (11, 7)
    assert result.usage.total_tokens == 18
    [sent] = fake.requests
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.body["model"] == "fake-model"
    assert sent.body["max_tokens"] == 100
    assert sent.body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Say a."},
    ]
    assert sent.response_format == {
        "type": "json_schema",
        "json_schema": {"name": "tiny", "schema": SCHEMA, "strict": True},
    }
    assert KEY not in json.dumps(provider.describe())


# --------------------------------------------------------------------------- transient faults

TRANSIENT = {
    "429": lambda: rate_limited(),
    "429-retry-after-0": lambda: rate_limited(retry_after=0),
    "429-retry-after-ms": lambda: rate_limited(retry_after_ms=20),
    "500": lambda: server_error(500),
    "502": lambda: server_error(502),
    "503": lambda: server_error(503),
    "504": lambda: server_error(504),
    "slow": lambda: slow(3.0),
    "reset": lambda: reset_mid_body(),
}
EXHAUSTED = {
    "429": RateLimited,
    "429-retry-after-0": RateLimited,
    "429-retry-after-ms": RateLimited,
    "500": BackendUnavailable,
    "502": BackendUnavailable,
    "503": BackendUnavailable,
    "504": BackendUnavailable,
    "slow": BackendUnavailable,
    "reset": BackendUnavailable,
}


@pytest.mark.parametrize("fault", sorted(TRANSIENT))
def test_transient_fault_is_retried_then_succeeds(fake: FakeOpenAI, fault: str) -> None:
    fake.script(TRANSIENT[fault](), completion(GOOD))
    provider = make(fake)
    started = time.monotonic()
    result = provider.complete(REQUEST)
    elapsed = time.monotonic() - started
    provider.close()
    assert result.text == GOOD
    assert fake.count == 2
    assert elapsed < 2.0
    # the SDK's own retries are off: every request is a first try as far as it knows
    assert {r.headers.get("x-stainless-retry-count") for r in fake.requests} == {"0"}


@pytest.mark.parametrize("fault", sorted(TRANSIENT))
def test_transient_fault_every_time_ends_as_backend_error(fake: FakeOpenAI, fault: str) -> None:
    fake.default = TRANSIENT[fault]()
    provider = make(fake)
    started = time.monotonic()
    with pytest.raises(BackendError) as info:
        provider.complete(REQUEST)
    elapsed = time.monotonic() - started
    provider.close()
    assert type(info.value) is EXHAUSTED[fault]
    assert fake.count == MAX_ATTEMPTS  # ours only: the client's retries are off
    assert info.value.context["attempts"] == MAX_ATTEMPTS
    assert f"after {MAX_ATTEMPTS} attempt(s)" in str(info.value)
    assert_one_line_no_secret(info.value)
    bound = MAX_ATTEMPTS * 0.3 + 1.5 if fault == "slow" else 1.5
    assert elapsed < bound


def test_max_attempts_one_means_exactly_one_request(fake: FakeOpenAI) -> None:
    fake.default = server_error(503)
    provider = make(fake, max_attempts=1)
    with pytest.raises(BackendUnavailable):
        provider.complete(REQUEST)
    assert fake.count == 1


def test_retry_after_seconds_is_honoured(fake: FakeOpenAI) -> None:
    fake.script(rate_limited(retry_after=1), completion(GOOD))
    provider = make(fake)
    started = time.monotonic()
    assert provider.complete(REQUEST).text == GOOD
    elapsed = time.monotonic() - started
    assert fake.count == 2
    gap = fake.requests[1].at - fake.requests[0].at
    assert gap >= 0.95
    assert elapsed < 2.5


def test_retry_after_ms_wins_over_retry_after(fake: FakeOpenAI) -> None:
    fake.script(rate_limited(retry_after=30, retry_after_ms=50), completion(GOOD))
    provider = make(fake)
    started = time.monotonic()
    assert provider.complete(REQUEST).text == GOOD
    assert time.monotonic() - started < 1.0
    assert fake.requests[1].at - fake.requests[0].at >= 0.04


def test_retry_after_http_date_is_honoured(fake: FakeOpenAI) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    fake.script(server_error(503, headers={"Retry-After": when}), completion(GOOD))
    provider = make(fake)
    assert provider.complete(REQUEST).text == GOOD
    # HTTP dates have one-second resolution: between ~1 and 2 seconds
    assert fake.requests[1].at - fake.requests[0].at >= 0.9


def test_retry_after_beyond_the_time_budget_gives_up_at_once(fake: FakeOpenAI) -> None:
    fake.default = rate_limited(retry_after=30)
    provider = make(fake, max_total_seconds=2)
    started = time.monotonic()
    with pytest.raises(RateLimited) as info:
        provider.complete(REQUEST)
    assert time.monotonic() - started < 0.5
    assert fake.count == 1
    assert_one_line_no_secret(info.value)


def test_total_time_bounds_retries(fake: FakeOpenAI) -> None:
    fake.default = slow(3.0)
    provider = make(fake, max_attempts=10, max_total_seconds=0.8)
    started = time.monotonic()
    with pytest.raises(BackendUnavailable):
        provider.complete(REQUEST)
    elapsed = time.monotonic() - started
    assert elapsed < 0.8 + 0.3 + 0.5  # the budget plus at most one request timeout
    assert 2 <= fake.count <= 4


def test_connection_refused_is_backend_unavailable() -> None:
    with FakeOpenAI() as server:
        url = server.base_url
    provider = OpenAICompatProvider(
        model="m", base_url=url, api_key=KEY, timeout=0.3, max_attempts=2, wait_max=0.01,
        max_total_seconds=2,
    )  # fmt: skip
    with pytest.raises(BackendUnavailable) as info:
        provider.complete(REQUEST)
    assert "cannot connect" in str(info.value)
    assert_one_line_no_secret(info.value)


# --------------------------------------------------------------------------- permanent faults


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        (auth_error(401), AuthenticationFailed),
        (auth_error(403), AuthenticationFailed),
        (status_error(404, "model not found"), BadResponse),
        (status_error(400, "max_tokens is too large"), BadResponse),
        (status_error(409, "conflict"), BadResponse),
        (status_error(422, "unprocessable"), BadResponse),
        (empty_choices(), BadResponse),
        (non_json_body(), BadResponse),
    ],
    ids=["401", "403", "404", "400-other", "409", "422", "empty-choices", "non-json-body"],
)
def test_permanent_fault_is_not_retried(
    fake: FakeOpenAI, behaviour: object, expected: type[BackendError]
) -> None:
    fake.script(behaviour)  # type: ignore[arg-type]
    fake.default = completion(GOOD)  # a retry would succeed: make sure none happens
    provider = make(fake)
    with pytest.raises(BackendError) as info:
        provider.complete(REQUEST)
    assert type(info.value) is expected
    assert fake.count == 1
    assert_one_line_no_secret(info.value)


def test_401_message_points_at_the_key_without_showing_it(fake: FakeOpenAI) -> None:
    # a server that echoes the key back must not get it into our message
    fake.script(auth_error(401, f"Incorrect API key provided: {KEY}."))
    with pytest.raises(AuthenticationFailed) as info:
        make(fake).complete(REQUEST)
    assert "OPENAI_API_KEY" in str(info.value)
    assert_one_line_no_secret(info.value)


def test_refusal_is_returned_not_raised(fake: FakeOpenAI) -> None:
    fake.script(refusal("I cannot summarise this."))
    result = make(fake).complete(REQUEST)
    assert result.text is None
    assert result.refusal == "I cannot summarise this."
    assert fake.count == 1


def test_length_finish_reason_is_passed_through(fake: FakeOpenAI) -> None:
    fake.script(truncated('{"a": '))
    result = make(fake).complete(REQUEST)
    assert result.finish_reason == "length"
    assert result.text == '{"a": '


@pytest.mark.parametrize("as_json_summary", [False, True], ids=["text", "json"])
def test_20mb_body_is_refused_quickly(fake: FakeOpenAI, as_json_summary: bool) -> None:
    fake.default = huge_body(20, as_json_summary=as_json_summary)
    provider = make(fake, timeout=5)
    started = time.monotonic()
    with pytest.raises(BadResponse) as info:
        provider.complete(REQUEST)
    assert time.monotonic() - started < 5
    assert fake.count == 1
    assert "max_tokens" in str(info.value)
    assert_one_line_no_secret(info.value)


# --------------------------------------------------------------------------- json_schema fallback


def test_json_schema_rejected_falls_back_to_json_object(fake: FakeOpenAI) -> None:
    fake.script(reject_json_schema(), completion(GOOD), completion(GOOD))
    provider = make(fake)
    result = provider.complete(REQUEST)
    assert result.text == GOOD
    assert result.response_format == "json_object"
    first, second = fake.requests
    assert first.response_format["type"] == "json_schema"  # type: ignore[index]
    assert second.response_format == {"type": "json_object"}
    assert json.dumps(SCHEMA, sort_keys=True) in second.system_text()
    # the original messages are all still there, in order, before the schema note
    assert second.messages[:2] == first.messages
    # the provider remembers: the next request goes straight to json_object
    assert provider.complete(REQUEST).response_format == "json_object"
    assert fake.count == 3
    assert fake.requests[2].response_format == {"type": "json_object"}


def test_fallback_request_is_retried_on_transient_faults(fake: FakeOpenAI) -> None:
    fake.script(reject_json_schema(), server_error(503), completion(GOOD))
    result = make(fake).complete(REQUEST)
    assert result.response_format == "json_object"
    assert fake.count == 3


def test_a_400_that_is_not_about_the_schema_does_not_fall_back(fake: FakeOpenAI) -> None:
    fake.script(status_error(400, "messages: too many", param="messages"))
    with pytest.raises(BadResponse):
        make(fake).complete(REQUEST)
    assert fake.count == 1


def test_json_object_rejected_too_is_bad_response(fake: FakeOpenAI) -> None:
    fake.script(reject_json_schema(), status_error(400, "response_format json_object unsupported"))
    with pytest.raises(BadResponse) as info:
        make(fake).complete(REQUEST)
    assert fake.count == 2
    assert_one_line_no_secret(info.value)


# --------------------------------------------------------------------------- map_error

_REQ = httpx2.Request("POST", "http://127.0.0.1:1/v1/chat/completions")


def _response(status: int) -> httpx2.Response:
    return httpx2.Response(status, request=_REQ, json={"error": {"message": "x"}})


def _sdk_errors() -> list[tuple[str, BaseException, type[BackendError]]]:
    def status(cls: type[openai.APIStatusError], code: int) -> openai.APIStatusError:
        return cls(f"Error code: {code}", response=_response(code), body={"message": "x"})

    return [
        ("APITimeoutError", openai.APITimeoutError(request=_REQ), BackendUnavailable),
        ("APIConnectionError", openai.APIConnectionError(request=_REQ), BackendUnavailable),
        ("RateLimitError", status(openai.RateLimitError, 429), RateLimited),
        ("InternalServerError", status(openai.InternalServerError, 503), BackendUnavailable),
        ("AuthenticationError", status(openai.AuthenticationError, 401), AuthenticationFailed),
        ("PermissionDeniedError", status(openai.PermissionDeniedError, 403), AuthenticationFailed),
        ("NotFoundError", status(openai.NotFoundError, 404), BadResponse),
        ("BadRequestError", status(openai.BadRequestError, 400), BadResponse),
        ("UnprocessableEntityError", status(openai.UnprocessableEntityError, 422), BadResponse),
        ("ConflictError", status(openai.ConflictError, 409), BadResponse),
        ("APIStatusError-418", status(openai.APIStatusError, 418), BadResponse),
        ("APIStatusError-599", status(openai.APIStatusError, 599), BackendUnavailable),
        (
            "APIResponseValidationError",
            openai.APIResponseValidationError(response=_response(200), body={}),
            BadResponse,
        ),
        ("APIError", openai.APIError("boom", _REQ, body=None), BackendError),
        ("OpenAIError", openai.OpenAIError("boom"), BackendError),
        ("JSONDecodeError", json.JSONDecodeError("Expecting value", "", 0), BadResponse),
        ("RuntimeError", RuntimeError("unexpected"), BackendError),
    ]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [(e, x) for _n, e, x in _sdk_errors()],
    ids=[n for n, _e, _x in _sdk_errors()],
)
def test_map_error_covers_every_sdk_exception(
    exc: BaseException, expected: type[BackendError]
) -> None:
    mapped = map_error(exc, provider="openai", attempts=2)
    assert isinstance(mapped, BackendError)
    assert type(mapped) is expected
    assert mapped.exit_code == 3
    assert mapped.context["provider"] == "openai"
    assert mapped.context["attempts"] == 2
    text = str(mapped)
    assert text.startswith("openai backend") and "\n" not in text


def test_every_exported_sdk_error_is_covered() -> None:
    """A new SDK exception class that could reach us must be added to the table above."""
    covered = {type(e) for _n, e, _x in _sdk_errors()}
    exported = {
        obj
        for name in dir(openai)
        if name.endswith("Error")
        and isinstance(obj := getattr(openai, name), type)
        and issubclass(obj, openai.APIError)
    }
    # OAuthError is an AuthenticationError raised only by the OAuth flows we do not use
    exported.discard(getattr(openai, "OAuthError", None))  # type: ignore[arg-type]
    assert exported - covered == set()
    for cls in exported:
        assert isinstance(map_error(next(e for _n, e, _x in _sdk_errors() if type(e) is cls),
                                    provider="openai"), BackendError)  # fmt: skip


def test_key_echoed_by_the_server_is_scrubbed_from_the_cause_chain(fake: FakeOpenAI) -> None:
    import traceback

    fake.script(auth_error(401, f"Incorrect API key provided: {KEY}."))
    with pytest.raises(AuthenticationFailed) as info:
        make(fake).complete(REQUEST)
    cause = info.value.__cause__
    assert isinstance(cause, openai.AuthenticationError)
    printed = "".join(traceback.format_exception(info.value))
    assert "Incorrect API key provided" in printed  # the cause is still there for debugging
    assert KEY not in printed
    assert KEY not in repr(getattr(cause, "body", None))
