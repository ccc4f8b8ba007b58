"""The content model (no Qt): packs, facts, topics, FAQ, glossary and search."""
