"""Uncertainty bands computed off the GUI thread, with progress and Cancel.

:class:`BandsRunner` runs :func:`models.uncertainty.scenario_bands` for one
:class:`BandsRequest` at a time on a thread of its own (a :class:`BandsJob`, a ``QThread``):
numpy releases the GIL in the heavy steps, so the window keeps drawing. The model calls
back after each block of draws; the job reports progress there and stops at the next block
when cancelled. A new request cancels the one running; results of a job no longer wanted
are dropped, so the window only ever shows bands of the request it asked for last.

The job touches no widget: it only emits its own signals, which Qt queues to the window's
thread. Jobs are kept (module-level) until their thread has finished, so that a window
closed mid-run never destroys a running thread (it is cancelled instead); when the
application quits, and at exit, every job is cancelled and waited for.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from models.indices import INDEX_KEYS
from models.scenario import Baseline, CostShock, Scenario
from models.uncertainty import ScenarioBands, scenario_bands
from models.workbench import WorkbenchState

__all__ = ["BandsJob", "BandsRequest", "BandsRunner", "bands_scenario", "stop_all_jobs"]


@dataclass(frozen=True, eq=False)
class BandsRequest:
    """What to draw: the scenario (edits that do not apply switched off) and the options.

    Requests compare by their scenario and options (the baseline follows the scenario).
    """

    scenario: Scenario
    baseline: Baseline
    draws: int
    seed: int
    sigma_range: tuple[float, float] | None  # None: each edit keeps its own sigma
    shock_spread: float

    def key(self) -> tuple[object, ...]:
        return (self.scenario, self.draws, self.seed, self.sigma_range, self.shock_spread)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BandsRequest) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())


def bands_scenario(state: WorkbenchState) -> Scenario | None:
    """Return the state's scenario as the bands draw it, or None if no cost shock is in force.

    Edits the workbench skipped (they do not apply to these data) are switched off, so that
    the draws start from the outcome the window shows.
    """
    applied = {e.position for e in state.edits if e.status == "applied"}
    if not any(isinstance(e.edit, CostShock) and e.position in applied for e in state.edits):
        return None
    skipped = {e.position for e in state.edits if e.status == "skipped"}
    scenario = state.scenario
    return replace(scenario, switched_off=scenario.switched_off | skipped) if skipped else scenario


class _Cancelled(Exception):  # noqa: N818  (not an error: the student pressed Cancel)
    pass


class BandsJob(QThread):
    """One request computed on its own thread; emits once at the end, whatever happens."""

    progressed = Signal(int, int)  # draws done, draws in all
    succeeded = Signal(object)  # ScenarioBands
    failed = Signal(str)  # why, in the model's words
    stopped = Signal()  # cancelled

    def __init__(self, request: BandsRequest):
        super().__init__(None)
        self.request = request
        self._cancel = threading.Event()
        self.finished.connect(self._on_finished)

    def cancel(self) -> None:
        """Stop at the end of the block of draws being computed (thread-safe)."""
        self._cancel.set()

    def run(self) -> None:
        request = self.request
        try:
            result = scenario_bands(
                request.scenario,
                request.baseline,
                draws=request.draws,
                seed=request.seed,
                sigma_range=request.sigma_range,
                shock_spread=request.shock_spread,
                samples=_all_keys(request),
                progress=self._on_progress,
            )
        except _Cancelled:
            self.stopped.emit()
        except (ValueError, MemoryError) as exc:
            self.failed.emit(str(exc) or type(exc).__name__)
        except RuntimeError as exc:  # the interpreter is shutting down under the job
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def _on_finished(self) -> None:
        self.wait()  # the thread has left run(); let it end before the object may go
        _RUNNING.discard(self)


def _all_keys(request: BandsRequest) -> tuple[str, ...]:
    keys = tuple(INDEX_KEYS)
    return (*keys, "vector_balance") if request.baseline.partition is not None else keys


_RUNNING: set[BandsJob] = set()
_QUIT_HOOKED: list[bool] = []  # stop_all_jobs is connected to the application's aboutToQuit


def stop_all_jobs() -> None:
    """Cancel every job and wait for its thread (at exit, and for tests)."""
    for job in list(_RUNNING):
        job.cancel()
    for job in list(_RUNNING):
        job.wait()
    _RUNNING.clear()


atexit.register(stop_all_jobs)


class BandsRunner(QObject):
    """Runs the latest request only; says what became of it."""

    progressed = Signal(int, int)  # draws done, draws in all
    done = Signal(object, object)  # ScenarioBands, the BandsRequest it answers
    failed = Signal(str, object)  # why, the request
    stopped = Signal(object)  # the request cancelled

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job: BandsJob | None = None
        app = QCoreApplication.instance()
        if app is not None and not _QUIT_HOOKED:
            _QUIT_HOOKED.append(True)
            app.aboutToQuit.connect(stop_all_jobs)

    @property
    def running(self) -> BandsRequest | None:
        """The request being computed (None if none)."""
        return None if self._job is None else self._job.request

    def start(self, request: BandsRequest) -> None:
        """Compute ``request``, cancelling the one running (its results are dropped)."""
        self.cancel()
        job = BandsJob(request)
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        job.stopped.connect(self._on_job_stopped)
        self._job = job
        _RUNNING.add(job)
        self.destroyed.connect(job.cancel)  # the window went: nobody wants the result
        job.start()

    def cancel(self) -> None:
        """Stop the running job; ``stopped`` follows when its thread has let go."""
        job = self._job
        if job is not None:
            job.cancel()

    def wait(self) -> None:
        """Block until the running job has ended (for shutdown and tests)."""
        if self._job is not None:
            self._job.wait()

    def _current(self) -> BandsJob | None:
        """Return the job that sent the signal being handled, if it is still the one wanted."""
        sender = self.sender()
        return sender if isinstance(sender, BandsJob) and sender is self._job else None

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        if self._current() is not None:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_job_succeeded(self, result: ScenarioBands) -> None:
        job = self._current()
        if job is not None:
            self._job = None
            self.done.emit(result, job.request)

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        job = self._current()
        if job is not None:
            self._job = None
            self.failed.emit(message, job.request)

    @Slot()
    def _on_job_stopped(self) -> None:
        job = self._current()
        if job is not None:
            self._job = None
            self.stopped.emit(job.request)
