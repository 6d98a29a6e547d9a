"""Readable views of indexes: a tree for ``mi index``, a one-line digest for ``mi analyze``."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ._common import fmt_ms, fmt_range, get

__all__ = ["index_digest", "index_tree", "person_label", "scene_labels"]


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def scene_labels(scene: Any) -> list[str]:
    return [str(get(k, "keyword")) for k in _list(get(scene, "keywords")) if get(k, "keyword")]


def person_label(person: Any) -> str:
    name = get(person, "name") or "unnamed"
    pid = get(person, "person_id", "id")
    return f"{name} ({pid})" if pid is not None else str(name)


def index_digest(index: Any, top: int = 5) -> dict[str, Any]:
    """Scenes, persons and the most frequent labels of an index (for summaries and ``--json``)."""
    scenes = _list(get(index, "scenes"))
    labels: Counter[str] = Counter()
    for scene in scenes:
        labels.update(dict.fromkeys(scene_labels(scene), 1))
    persons = [get(p, "name") or f"person {get(p, 'person_id')}" for p in _list(get(index, "persons"))]
    if not persons:  # some indexes carry persons only per scene
        seen: dict[str, None] = {}
        for scene in scenes:
            for p in _list(get(scene, "persons")):
                seen.setdefault(str(get(p, "name") or get(p, "person_id")), None)
        persons = list(seen)
    lines = sum(len(_list(get(s, "scripts"))) for s in scenes) or len(_list(get(index, "scripts")))
    return {
        "indexId": get(index, "index_id"),
        "scenes": len(scenes),
        "persons": persons,
        "topLabels": [label for label, _ in labels.most_common(top)],
        "dialogueLines": lines,
    }


def index_tree(index: Any, title: str) -> Any:
    """A rich Tree of an index: settings, scenes (caption, labels, persons, dialogue), persons."""
    from rich.markup import escape
    from rich.tree import Tree

    setting = get(index, "analysis_setting")
    head = [f"[bold]{escape(title)}[/]"]
    if get(index, "index_id") is not None:
        head.append(f"index {get(index, 'index_id')}")
    if setting is not None:
        head.append(escape(str(get(setting, "analysis_engine", default=""))))
        if get(setting, "scene_range"):
            head.append(f"scene range {get(setting, 'scene_range')}")
    root = Tree(" · ".join(h for h in head if h))

    scenes = _list(get(index, "scenes"))
    branch = root.add(f"[bold]Scenes[/] ({len(scenes)})")
    for number, scene in enumerate(scenes, 1):
        sid = get(scene, "scene_id", default=number)
        span = fmt_range(get(scene, "start_time_ms"), get(scene, "end_time_ms"))
        caption = get(scene, "description", default="")
        node = branch.add(f"[cyan]#{sid}[/] {span}  {escape(str(caption))}")
        for label, values in (
            ("labels", scene_labels(scene)),
            ("persons", [person_label(p) for p in _list(get(scene, "persons"))]),
            ("audio", [str(e) for e in _list(get(scene, "audio_effects"))]),
        ):
            if values:
                node.add(f"[dim]{label}:[/] {escape(', '.join(values))}")
        lines = _list(get(scene, "scripts"))
        if lines:
            dialogue = node.add("[dim]dialogue:[/]")
            for line in lines:
                speaker = get(line, "speaker")
                who = f"{escape(str(speaker))}: " if speaker else ""
                dialogue.add(f"{fmt_ms(get(line, 'start_time_ms'))} {who}[italic]{escape(str(get(line, 'text')))}[/]")

    persons = _list(get(index, "persons"))
    if persons:
        people = root.add(f"[bold]Persons[/] ({len(persons)})")
        for person in persons:
            spans = ", ".join(
                fmt_range(get(a, "start_time_ms"), get(a, "end_time_ms")) for a in _list(get(person, "appearances"))
            )
            people.add(escape(person_label(person)) + (f"  [dim]{spans}[/]" if spans else ""))
    return root
