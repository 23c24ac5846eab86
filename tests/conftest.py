"""Shared fixtures: paths of the test declarations."""

import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
VECTORS = os.path.join(HERE, "vectors")


@pytest.fixture
def vectors_dir() -> str:
    return VECTORS
