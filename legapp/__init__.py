"""legapp: understand leg muscle loss and fall risk, and act on it."""

__version__ = "0.1.0"
