"""Training the Rasa model only when the Rasa project changed.

The model file is named after a hash of `config.yml` and everything under `bot/`, so an unchanged
project reuses its model and a second `tandem run` starts in seconds.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from tandem.settings import ROOT

RASA_BIN = ROOT / ".venv-rasa" / "bin" / "rasa"
BOT_DIR = ROOT / "bot"
MODELS_DIR = ROOT / "models"
TRAINING_INPUTS = ("config.yml", "bot/domain.yml", "bot/data")


class TrainingError(RuntimeError):
    pass


def project_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", PYTHONPATH=str(BOT_DIR),
               SQLALCHEMY_SILENCE_UBER_WARNING="1")
    return env


def ensure_model(log=print) -> Path:
    if not RASA_BIN.exists():
        raise TrainingError(f"Rasa is not installed at {RASA_BIN}; run scripts/setup first")
    model = MODELS_DIR / f"tandem-{project_hash()}.tar.gz"
    if model.exists():
        return model
    log(f"training the Rasa model (bot/ or config.yml changed) -> {model.name}")
    MODELS_DIR.mkdir(exist_ok=True)
    result = subprocess.run(
        [str(RASA_BIN), "train", "--config", str(ROOT / "config.yml"), "--domain", "domain.yml", "--data", "data",
         "--out", str(MODELS_DIR), "--fixed-model-name", model.name.removesuffix(".tar.gz")],
        cwd=BOT_DIR, env=rasa_env(), capture_output=True, text=True,
    )
    if result.returncode != 0 or not model.exists():
        raise TrainingError(f"rasa train failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    for old in MODELS_DIR.glob("tandem-*.tar.gz"):
        if old != model:
            old.unlink()
    return model
