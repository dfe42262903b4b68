"""Sums up py-spy's raw (collapsed) stacks: where a process's GIL time went, thread by thread.

    .venv/bin/python tests/bench/profile_summary.py PROFILE.txt [--top 25] [--under FUNCTION]

For each thread (``py-spy record --threads``), and for all threads together: its share of the
samples, then the functions that were running (self) and those on the stack (inclusive), as a
percentage of all samples. ``--under`` keeps only stacks that pass through a function whose name
contains the text (e.g. ``_callback`` or ``refresh``).
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

_LINE = re.compile(r":\d+\)$")


def frame_key(frame: str) -> str:
    """``function (file:line)`` → ``function (file)``: lines of one function counted together."""
    return _LINE.sub(")", frame.strip())


def load(path: Path) -> list[tuple[list[str], int]]:
    stacks = []
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stacks.append((stack.split(";"), int(count)))
    return stacks


def report(stacks: list[tuple[list[str], int]], total: int, top: int, title: str) -> None:
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    samples = 0
    for frames, count in stacks:
        keys = [frame_key(f) for f in frames if not f.startswith(("thread ", "process "))]
        if not keys:
            continue
        samples += count
        own[keys[-1]] += count
        for key in set(keys):
            inclusive[key] += count
    print(f"\n== {title}: {samples} samples, {100 * samples / max(total, 1):.1f} % of all")
    print("  self:")
    for key, count in own.most_common(top):
        print(f"    {100 * count / total:5.1f} %  {key}")
    print("  on the stack:")
    for key, count in inclusive.most_common(top):
        print(f"    {100 * count / total:5.1f} %  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--under", default=None, help="only stacks through a function containing this")
    args = parser.parse_args()
    stacks = load(args.profile)
    if args.under:
        stacks = [(f, c) for f, c in stacks if any(args.under in frame_key(x).split(" (")[0] for x in f)]
    total = sum(c for _, c in load(args.profile))
    by_thread: dict[str, list[tuple[list[str], int]]] = collections.defaultdict(list)
    for frames, count in stacks:
        thread = next((f for f in frames if f.startswith("thread ")), "thread ?")
        by_thread[thread].append((frames, count))
    report(stacks, total, args.top, "all threads")
    for thread, own_stacks in sorted(by_thread.items(), key=lambda kv: -sum(c for _, c in kv[1])):
        report(own_stacks, total, args.top, thread)


if __name__ == "__main__":
    main()
