"""The error tree. This module imports nothing from the package.

Exceptions are for things that went wrong (bad input, a backend that is down).
Guard failures are *data* in the result, not exceptions, unless the caller asks
to raise (``raise_on_reject=True``), in which case :class:`SummaryRejected` is used.

::

    SummarizerError                      root; the CLI maps each branch to an exit code
    ├── InputError                       exit 2: the article or an argument is unusable
    │   ├── SourceNotFound               missing path, or a directory where a file is expected
    │   ├── EmptySource                  empty or whitespace-only text
    │   ├── BinarySource                 binary or undecodable bytes
    │   ├── SourceTooLarge               over the byte limit, or over the model's context
    │   └── UsageError                   bad option combination, malformed JSON/JSONL input
    ├── TemplateError                    exit 2: a prompt template is missing or a variable is unset
    ├── BackendError                     exit 3: the model endpoint failed
    │   ├── BackendUnavailable           connection refused/reset, timeouts, 5xx after retries
    │   ├── RateLimited                  429 after retries
    │   ├── AuthenticationFailed         401/403 (never retried)
    │   ├── BadResponse                  the endpoint answered with something unusable
    │   ├── ModelFileError               local GGUF missing, incomplete, or wrong hash
    │   └── RecordingMissing             replay backend has no recording for a request
    └── SummaryRejected                  exit 1: raised only on request; carries the result
"""

from __future__ import annotations

from typing import Any


class SummarizerError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str, **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.context: dict[str, Any] = context

    def __str__(self) -> str:
        return self.message


class InputError(SummarizerError):
    """The input (article, option or data file) cannot be used."""

    exit_code = 2


class SourceNotFound(InputError):
    """The path does not exist or is not a regular file."""


class EmptySource(InputError):
    """The article holds no text."""


class BinarySource(InputError):
    """The article is binary or cannot be decoded as text."""


class SourceTooLarge(InputError):
    """The article is over the size limit or the model's context."""


class UsageError(InputError):
    """Options or data files are malformed."""


class TemplateError(SummarizerError):
    """A prompt template is missing, or rendering lacks a variable."""

    exit_code = 2


class BackendError(SummarizerError):
    """The model backend failed; carries ``provider=`` and ``attempts=`` context."""

    exit_code = 3


class BackendUnavailable(BackendError):
    """Connection errors, timeouts and 5xx responses, after retries."""


class RateLimited(BackendError):
    """HTTP 429 after retries."""


class AuthenticationFailed(BackendError):
    """The endpoint refused the credentials."""


class BadResponse(BackendError):
    """The endpoint answered, but not with a usable completion."""


class ModelFileError(BackendError):
    """The local model file is missing, incomplete, or fails its hash check."""


class RecordingMissing(BackendError):
    """The replay backend holds no recording for this request."""


class SummaryRejected(SummarizerError):
    """Raised only when the caller asks; ``result`` holds the full verdicts."""

    exit_code = 1

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.result = result
