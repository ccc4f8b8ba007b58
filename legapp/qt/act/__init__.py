"""The Act area's screens: the exercise library and one exercise's page."""
