<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExercisePage</name>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="240"/>
        <source>How many: %n time(s) with each leg</source>
        <translation>
            <numerusform>How many: %n time with each leg</numerusform>
            <numerusform>How many: %n times with each leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="241"/>
        <source>How many: %n time(s)</source>
        <translation>
            <numerusform>How many: %n time</numerusform>
            <numerusform>How many: %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message numerus="yes">
        <location filename="../legapp/qt/track/profiles_page.py" line="268"/>
        <source>This deletes %n saved result(s) too. It cannot be undone.</source>
        <translation>
            <numerusform>This deletes %n saved result too. It cannot be undone.</numerusform>
            <numerusform>This deletes %n saved results too. It cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../legapp/qt/track/results_page.py" line="281"/>
        <source>The report (%n page(s)) is saved in the folder {1}, named “{2}”. Only you can open it on this computer.</source>
        <translation>
            <numerusform>The report (%n page) is saved in the folder {1}, named “{2}”. Only you can open it on this computer.</numerusform>
            <numerusform>The report (%n pages) is saved in the folder {1}, named “{2}”. Only you can open it on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="209"/>
        <source>stand(s)</source>
        <translation>
            <numerusform>stand</numerusform>
            <numerusform>stands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="210"/>
        <source>time(s)</source>
        <translation>
            <numerusform>time</numerusform>
            <numerusform>times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="229"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="231"/>
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n second so far</numerusform>
            <numerusform>%n seconds so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message numerus="yes">
        <location filename="../legapp/qt/run/safety_step.py" line="198"/>
        <source>Answer all %n question(s) to go on.</source>
        <translation>
            <numerusform>Answer all %n question to go on.</numerusform>
            <numerusform>Answer all %n questions to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <location filename="../legapp/qt/search_page.py" line="77"/>
        <source>%n result(s) for “{0}”</source>
        <translation>
            <numerusform>%n result for “{0}”</numerusform>
            <numerusform>%n results for “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message numerus="yes">
        <location filename="../legapp/qt/kiosk.py" line="144"/>
        <source>Locked for %n minute(s).</source>
        <translation>
            <numerusform>Locked for %n minute.</numerusform>
            <numerusform>Locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/kiosk.py" line="146"/>
        <source>Locked for %n second(s).</source>
        <translation>
            <numerusform>Locked for %n second.</numerusform>
            <numerusform>Locked for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimedCheckPage</name>
    <message numerus="yes">
        <location filename="../legapp/qt/check/timed_check_page.py" line="256"/>
        <source>{score} stand(s)</source>
        <translation>
            <numerusform>{score} stand</numerusform>
            <numerusform>{score} stands</numerusform>
        </translation>
    </message>
</context>
</TS>
