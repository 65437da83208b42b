from __future__ import annotations
import typing as t
