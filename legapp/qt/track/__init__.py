"""The Track area's screens: the people whose results are kept, and their results."""
