"""Kiosk mode's logic (no Qt): the centre's settings, the staff PIN, and when a
stranger's visit has gone idle and must be wiped."""
