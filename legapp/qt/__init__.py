"""Everything that draws or talks: the only package that imports PySide6 or pyqtgraph."""
