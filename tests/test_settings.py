"""Settings: production refuses to start without secrets; development makes its own once."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from config.settings import REQUIRED_IN_PRODUCTION, Settings, SettingsError


def test_production_names_every_missing_secret(tmp_path: Path, monkeypatch) -> None:
    for name in REQUIRED_IN_PRODUCTION:
        monkeypatch.delenv(name, raising=False)
    given = {"APP_ENV": "production", "INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "x"}
    with pytest.raises(SettingsError) as error:
        Settings.from_env(given)
    message = str(error.value)
    assert "SECRET_KEY" not in message
    for name in set(REQUIRED_IN_PRODUCTION) - {"SECRET_KEY"}:
        assert name in message
    assert not (tmp_path / "secrets.json").exists(), "production never generates secrets"


def test_production_starts_with_everything_given(tmp_path: Path) -> None:
    given = {k: "value" for k in REQUIRED_IN_PRODUCTION}
    given |= {
        "APP_ENV": "production",
        "INSTANCE_PATH": str(tmp_path),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DATABASE_URL": "postgresql://db/app",
        "PUBLIC_BASE_URL": "https://connector.example.com/",
    }
    settings = Settings.from_env(given)
    assert settings.is_production
    assert settings.public_base_url == "https://connector.example.com"


def test_development_generates_secrets_once_and_keeps_them(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("ENCRYPTION_KEYS", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    first = Settings.from_env({"APP_ENV": "development", "INSTANCE_PATH": str(tmp_path)})
    second = Settings.from_env({"APP_ENV": "development", "INSTANCE_PATH": str(tmp_path)})
    assert first.secret_key == second.secret_key
    assert first.encryption_keys == second.encryption_keys
    path = tmp_path / "secrets.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert set(json.loads(path.read_text())) == {"SECRET_KEY", "ENCRYPTION_KEYS"}
    assert first.database_url == f"sqlite:///{tmp_path / 'ml-connector.db'}"


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ({"ENCRYPTION_KEYS": "not-a-key"}, "entry 1 is not a Fernet key"),
        ({"ENCRYPTION_KEYS": " , "}, "ENCRYPTION_KEYS is empty"),
        ({"PORT": "eighty"}, "PORT='eighty' is not a whole number"),
        ({"APP_ENV": "staging"}, "APP_ENV='staging'"),
        ({"ALLOW_PRIVATE_NETWORKS": "maybe"}, "not a boolean"),
    ],
)
def test_malformed_settings_say_what_to_fix(tmp_path: Path, given: dict, hint: str) -> None:
    with pytest.raises(SettingsError, match=hint.replace("(", r"\(")):
        Settings.from_env({"INSTANCE_PATH": str(tmp_path), **given})
