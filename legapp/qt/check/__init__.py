"""The Check area's screens: the menu, a timed self-test, a questionnaire, results."""
