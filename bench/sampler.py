"""CPU seconds and peak RSS of the tools' provider processes, sampled from /proc."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

# Which processes are a tool's provider (matched in the command line of the bench's descendants).
PROVIDER_PROCESS = {
    "dynamic": ("pulumi.dynamic", "pulumi-resource-pulumi-python", "dynamic/__main__"),
    "plugin": ("pulumi-resource-kubevirt",),
    "kubernetes": ("pulumi-resource-kubernetes",),
    "floor": ("bench/floor.py",),
}


class Sampler:
    """Samples the CPU time and peak RSS (VmHWM) of this process's descendants that are a tool's
    provider, every ``interval`` seconds, keeping the last value seen per pid."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval, self.patterns = interval, ()
        self.seen: dict[int, tuple[float, int]] = {}
        self._cmd: dict[int, tuple[str, float]] = {}  # pid: command line, first read
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._tick = os.sysconf("SC_CLK_TCK")
        self._me = os.getpid()
        threading.Thread(target=self._run, daemon=True).start()

    def start(self, tool: str) -> None:
        with self._lock:
            self.patterns, self.seen = PROVIDER_PROCESS[tool], {}

    def stop(self) -> tuple[float, float]:
        """CPU seconds and peak RSS (MiB, the largest process) since ``start``."""
        time.sleep(self.interval * 2)
        with self._lock:
            seen, self.patterns = dict(self.seen), ()
        cpu = sum(c for c, _ in seen.values())
        rss = max((r for _, r in seen.values()), default=0) / 1024
        return cpu, rss

    def _descendant(self, pid: int) -> bool:
        for _ in range(20):
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                return False
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self._me:
                return True
            if ppid <= 1:
                return False
            pid = ppid
        return False

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            with self._lock:
                patterns = self.patterns
            if not patterns:
                continue
            alive = {int(e.name) for e in os.scandir("/proc") if e.name.isdigit()}
            # A pid gone since the last scan may come back as another process: forget its command.
            self._cmd = {pid: cmd for pid, cmd in self._cmd.items() if pid in alive}
            now = time.monotonic()
            for pid in alive:
                cached = self._cmd.get(pid)
                # A command line read just after a fork may be the parent's, before the exec: read
                # it again until it is 2 s old.
                cmd = cached[0] if cached and now - cached[1] > 2.0 else None
                if cmd is None:
                    try:
                        cmd = (
                            Path(f"/proc/{pid}/cmdline")
                            .read_bytes()
                            .replace(b"\0", b" ")
                            .decode(errors="replace")
                        )
                    except OSError:
                        continue
                    self._cmd[pid] = (cmd, cached[1] if cached else now)
                if not any(p in cmd for p in patterns) or not self._descendant(pid):
                    continue
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    cpu = (int(fields[11]) + int(fields[12])) / self._tick
                    hwm = next(
                        int(line.split()[1])
                        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                        if line.startswith("VmHWM:")
                    )
                except (OSError, StopIteration, IndexError, ValueError):
                    continue
                with self._lock:
                    if self.patterns:
                        self.seen[pid] = (cpu, hwm)
