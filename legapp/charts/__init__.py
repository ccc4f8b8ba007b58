"""Chart data (no Qt, no numpy): the numbers a chart draws and the words that say the
same thing for a screen reader, from the content pack's facts and the history only."""
