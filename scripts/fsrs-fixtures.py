#!/usr/bin/env python3
"""Writes the FSRS-6 oracle fixtures in Tests/Fixtures/fsrs/ from py-fsrs 6.3.2.

Usage: scripts/fsrs-fixtures.py            (re-execs itself in a venv under /tmp)

The Swift tests (Tests/ConfidentSchedulingTests) replay every review of these files and
compare state, step, stability, difficulty, due and retrievability. CI reads the committed
JSON and needs no Python package; run this script only to regenerate them.

The output is deterministic: a fixed seed, no clock, fuzzing off.

Each configuration file holds the scheduler's settings and a list of cards; a card is a
list of reviews, each review a list:
  [rating, review time (ISO 8601, with a random UTC offset), state after (1 learning,
   2 review, 3 relearning), step after (or null), stability, difficulty,
   due (seconds since 1970), retrievability at the review (before it),
   retrievability at the new due time]
"""

import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

VENV = Path("/tmp/confident-fsrs-venv")
VERSION = "6.3.2"
SEED = 20261204
OUT = Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "fsrs"


def ensure_fsrs():
    """Re-runs this script inside a venv that has fsrs==6.3.2."""
    try:
        import fsrs  # noqa: F401
        from importlib.metadata import version

        if version("fsrs") == VERSION:
            return
    except ImportError:
        pass
    if os.environ.get("CONFIDENT_FSRS_VENV_ACTIVE"):
        sys.exit(f"fsrs=={VERSION} is not importable in {VENV}")
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"fsrs=={VERSION}"], check=True
    )
    env = dict(os.environ, CONFIDENT_FSRS_VENV_ACTIVE="1")
    sys.exit(subprocess.run([str(python), __file__, *sys.argv[1:]], env=env).returncode)


ensure_fsrs()

from fsrs import Card, Rating, Scheduler  # noqa: E402
from fsrs.scheduler import (  # noqa: E402
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
OFFSETS = [0, 0, 0, 60, 120, -300, 330, -570, 840, -720, 345]  # minutes east of UTC
MINUTE, HOUR, DAY = 60, 3600, 86400


def seconds(dt):
    """Seconds since 1970 as an int when whole, else a float (exact here: at most µs)."""
    value = (dt - EPOCH).total_seconds()
    return int(value) if value == int(value) else value


def iso(dt, rng):
    """The instant `dt` written with a random UTC offset."""
    offset = rng.choice(OFFSETS)
    local = dt.astimezone(timezone(timedelta(minutes=offset)))
    text = local.isoformat()
    return text.replace("+00:00", "Z") if offset == 0 else text


def gap(rng, card):
    """A random time to the next review: minutes to months, same-day, at due, around 24 h."""
    roll = rng.random()
    if roll < 0.2:
        return rng.randint(1, 45 * MINUTE)
    if roll < 0.35:
        return rng.randint(HOUR, DAY - 1)  # under a day, often across midnight
    if roll < 0.45:
        return DAY + rng.randint(-90, 90)  # the whole-day boundary
    if roll < 0.7:
        at_due = int((card.due - card.last_review).total_seconds())
        return max(1, at_due + rng.choice([0, 0, -1, 1, -HOUR, rng.randint(-DAY, DAY)]))
    if roll < 0.95:
        return rng.randint(DAY, 120 * DAY)
    return rng.randint(120 * DAY, 800 * DAY)


def random_parameters(rng):
    return [
        round(rng.uniform(low, high), 4)
        for low, high in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)
    ]


def run_configuration(name, rng, cards, settings):
    scheduler = Scheduler(enable_fuzzing=False, **settings)
    start = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
    recorded = []
    for card_id in range(1, cards + 1):
        now = start + timedelta(seconds=rng.randint(0, 400 * DAY))
        card = Card(card_id=card_id, due=now)
        reviews = []
        for index in range(rng.randint(1, 30)):
            if index > 0:
                now = card.last_review + timedelta(seconds=gap(rng, card))
            rating = Rating(rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 2])[0])
            before = scheduler.get_card_retrievability(card, current_datetime=now)
            card, _ = scheduler.review_card(card, rating, review_datetime=now)
            at_due = scheduler.get_card_retrievability(card, current_datetime=card.due)
            reviews.append([
                int(rating), iso(now, rng), int(card.state), card.step,
                card.stability, card.difficulty, seconds(card.due), before, at_due,
            ])
        recorded.append(reviews)
    data = scheduler.to_dict()
    del data["enable_fuzzing"]
    return {"name": name, "fsrs_version": VERSION, **data, "cards": recorded}


def configurations(rng):
    m = lambda n: timedelta(minutes=n)  # noqa: E731
    default = list(DEFAULT_PARAMETERS)
    half_days = default[:]
    half_days[0:4] = [1.5, 0.5, 2.5, 3.5]  # intervals of exactly x.5 days: round half to even
    yield "defaults", 160, {}
    yield "defaults-retention-0.80", 60, {"desired_retention": 0.80}
    yield "defaults-retention-0.95", 60, {"desired_retention": 0.95}
    yield "half-day-rounding", 60, {"parameters": half_days, "learning_steps": ()}
    yield "random-a", 90, {
        "parameters": random_parameters(rng), "desired_retention": 0.85,
        "learning_steps": (m(1), m(10), m(60)), "relearning_steps": (m(10), m(60)),
    }
    yield "random-b", 90, {
        "parameters": random_parameters(rng), "desired_retention": 0.7,
        "learning_steps": (m(1),), "relearning_steps": (), "maximum_interval": 365,
    }
    yield "random-c", 90, {
        "parameters": random_parameters(rng), "desired_retention": 0.97,
        "learning_steps": (), "relearning_steps": (m(10),), "maximum_interval": 30,
    }
    yield "random-d", 90, {
        "parameters": random_parameters(rng), "desired_retention": 0.9,
        "learning_steps": (m(30),), "relearning_steps": (m(10),),
    }
    yield "random-e", 90, {
        "parameters": random_parameters(rng), "desired_retention": 0.8,
    }


def invalid_parameters():
    """Parameter lists py-fsrs refuses, checked against it, and the bounds it accepts."""
    cases = []
    for index in [0, 3, 4, 7, 10, 15, 16, 19, 20]:
        for value in [LOWER_BOUNDS_PARAMETERS[index] - 0.0001, UPPER_BOUNDS_PARAMETERS[index] + 0.5]:
            parameters = list(DEFAULT_PARAMETERS)
            parameters[index] = value
            cases.append(parameters)
    cases.append(list(DEFAULT_PARAMETERS)[:20])
    cases.append(list(DEFAULT_PARAMETERS) + [0.5])
    for parameters in cases:
        try:
            Scheduler(parameters=parameters)
        except ValueError:
            continue
        sys.exit(f"py-fsrs accepted {parameters}")
    accepted = [list(LOWER_BOUNDS_PARAMETERS), list(UPPER_BOUNDS_PARAMETERS)]
    for parameters in accepted:
        Scheduler(parameters=parameters)
    return {"fsrs_version": VERSION, "rejected": cases, "accepted": accepted}


def main():
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, cards, settings in configurations(rng):
        data = run_configuration(name, rng, cards, settings)
        total += sum(len(card) for card in data["cards"])
        with open(OUT / f"{name}.json", "w") as file:
            json.dump(data, file, separators=(",", ":"))
            file.write("\n")
    with open(OUT / "parameter-bounds.json", "w") as file:
        json.dump(invalid_parameters(), file, separators=(",", ":"))
        file.write("\n")
    print(f"{total} reviews written to {OUT}")


if __name__ == "__main__":
    main()
