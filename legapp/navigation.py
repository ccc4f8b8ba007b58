"""Where the person is and how they got there (no Qt).

A route names a screen and what it shows, e.g. Route("topic", "balance"). Back
returns along the path walked; Home clears it. Views never change the history
themselves: they ask the controller, which asks this model.
"""

from __future__ import annotations

from typing import NamedTuple


class Route(NamedTuple):  # a named tuple: made before the first window (see theme.Theme)
    screen: str
    arg: str = ""


HOME = Route("home")


class History:
    def __init__(self, limit: int = 100):
        self._stack: list[Route] = [HOME]
        self._limit = limit

    @property
    def current(self) -> Route:
        return self._stack[-1]

    @property
    def can_go_back(self) -> bool:
        return len(self._stack) > 1

    def go(self, route: Route) -> Route:
        if route == HOME:
            return self.home()
        if route != self.current:
            self._stack.append(route)
            # A long stay (a kiosk all day, a curious reader) must not grow without end.
            if len(self._stack) > self._limit:
                del self._stack[1 : len(self._stack) - self._limit + 1]
        return self.current

    def back(self) -> Route:
        if self.can_go_back:
            self._stack.pop()
        return self.current

    def home(self) -> Route:
        self._stack = [HOME]
        return self.current

    def __len__(self) -> int:
        return len(self._stack)
