from legapp.navigation import HOME, History, Route


def test_back_walks_the_path_and_home_clears_it():
    h = History()
    assert h.current == HOME
    assert not h.can_go_back
    h.go(Route("topics"))
    h.go(Route("topic", "balance"))
    h.go(Route("topic", "balance"))  # the same screen twice is one step
    assert len(h) == 3
    assert h.back() == Route("topics")
    assert h.back() == HOME
    assert h.back() == HOME
    h.go(Route("faq"))
    assert h.home() == HOME
    assert not h.can_go_back


def test_going_home_is_not_a_step():
    h = History()
    h.go(Route("faq"))
    h.go(HOME)
    assert len(h) == 1


def test_history_is_bounded_for_long_sessions():
    h = History(limit=10)
    for i in range(1000):
        h.go(Route("topic", str(i)))
    assert len(h) == 10
    assert h.current == Route("topic", "999")
    while h.can_go_back:
        last = h.back()
    assert last == HOME
