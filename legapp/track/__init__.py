"""Track (no Qt): people's profiles and their results over time, kept in a local SQLite
database, and what a report or an export is made of."""
