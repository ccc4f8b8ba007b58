"""Charts: pyqtgraph lives only in this folder, imported when a chart is first shown."""
