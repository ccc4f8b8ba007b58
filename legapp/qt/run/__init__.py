"""What Check and Act share to run something on screen: the run view and its panel,
the timers that drive the engine, the safety check, the helper switch and the page
frame that holds them. Nothing here imports legapp.qt.check or legapp.qt.act."""
