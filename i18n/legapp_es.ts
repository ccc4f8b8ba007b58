<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActPage</name>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="17"/>
        <source>Keep your legs strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="19"/>
        <source>Strength training {{strength_sessions_per_week}}, staying active and eating enough protein can slow muscle loss, and even win some of it back, at any age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="24"/>
        <source>Exercise with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="25"/>
        <source>A guided session: the app shows, says and counts each move with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="27"/>
        <source>Exercises for your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="28"/>
        <source>Safe moves for strength and balance, with pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="29"/>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="30"/>
        <source>Pick your days, note what you did, and see your week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="31"/>
        <source>How much protein?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="32"/>
        <source>Work out how much protein you need each day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="23"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="24"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../legapp/qt/application.py" line="65"/>
        <source>Your settings could not be saved ({0}). They will work until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/application.py" line="196"/>
        <source>legapp cannot start: its built-in content is damaged ({0}). Please reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="77"/>
        <source>Save as picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckMenuPage</name>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="21"/>
        <source>Check your fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="48"/>
        <source>Checking as a guest: results are not kept. Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="50"/>
        <source>Checking: {0}. Results are kept. Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="36"/>
        <source>Each session starts with a warm-up and ends with a cool-down. The app tells you what to do, counts with you, and waits for you. Keep a sturdy chair close by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="43"/>
        <source>Or build your own: choose the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="56"/>
        <source>Start my own session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../legapp/qt/step_view.py" line="106"/>
        <source>Yes, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/step_view.py" line="108"/>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../legapp/app.py" line="87"/>
        <source>The content pack you chose has a problem, so the built-in content is shown instead. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisuseStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="155"/>
        <source>Days in bed or in a cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="155"/>
        <source>% of muscle left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="159"/>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="160"/>
        <source>{0}: -{1}% after {2} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="166"/>
        <source>The band is an illustration of the pattern: the loss is fastest at first, then slows. The marked points are what each study measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="168"/>
        <source>Sources: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="174"/>
        <source>Day {0}: about {1} to {2} of the muscle is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="78"/>
        <source>Back to the sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditStep</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="66"/>
        <source>The year of birth and sex pick the right numbers to compare with. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="69"/>
        <source>Name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="73"/>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="79"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="89"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryPage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="80"/>
        <source>Exercises for your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="83"/>
        <source>Strong legs help you stand up, walk and stay steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="84"/>
        <source>Try to do the strength moves {{strength_sessions_per_week|bare}} times a week, add some balance practice, and build up to {{aerobic_minutes_per_week}} of brisk movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="87"/>
        <source>Keep a sturdy chair or counter close by, and stop if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="92"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="92"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="93"/>
        <source>Warm up and move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="148"/>
        <source>Which muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="156"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="167"/>
        <source>To make it easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="169"/>
        <source>To make it harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="180"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="181"/>
        <source>All exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="182"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="219"/>
        <source>Stay safe: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="221"/>
        <source>Where this comes from: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="229"/>
        <source>How many: {0} times with each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="230"/>
        <source>How many: {0} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="233"/>
        <source>How long: hold for {0} seconds on each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="234"/>
        <source>How long: hold for {0} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="239"/>
        <source>How often: {{strength_sessions_per_week}}, with a day of rest in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="240"/>
        <source>How often: a little every day, or on most days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="242"/>
        <source>How often: on most days. A few minutes at a time all add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="254"/>
        <source>Step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="267"/>
        <source>Previous exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="268"/>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="272"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="61"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="68"/>
        <source>Read more: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="45"/>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="60"/>
        <source>How many times did they stand up all the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="61"/>
        <source>How many times did you stand up all the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="64"/>
        <source>When time ran out, were they more than halfway up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="65"/>
        <source>When time ran out, were you more than halfway up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="66"/>
        <source>Did they have to push with their arms to stand up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="67"/>
        <source>Did you have to push with your arms to stand up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="73"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="73"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="83"/>
        <source>Word list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperToggle</name>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="22"/>
        <location filename="../legapp/qt/check/helper_toggle.py" line="37"/>
        <source>I am helping someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="39"/>
        <source>On: the steps are written for a helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="39"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../legapp/qt/home_page.py" line="21"/>
        <source>Strong legs, steady steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="27"/>
        <source>Learn about your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="28"/>
        <source>Why leg muscle matters, why it is lost, and how to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="30"/>
        <source>Check your fall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="31"/>
        <source>Simple tests of strength and balance, and two short question lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="33"/>
        <source>Keep your legs strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="34"/>
        <source>Exercises with pictures, and how much protein you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="35"/>
        <source>My results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="35"/>
        <source>Your results over time, and a report for your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="37"/>
        <source>See the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="38"/>
        <source>Charts of muscle loss with age, in bed, and your own results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="39"/>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="39"/>
        <source>The main things to know, on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="41"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="41"/>
        <source>Short answers to common questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="43"/>
        <source>Word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="43"/>
        <source>Medical words explained simply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="44"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="44"/>
        <source>Find any word or subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="85"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="89"/>
        <source>White and yellow on black, with thick edges, for people who see poorly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="264"/>
        <source>Sorry, something went wrong. Let&apos;s start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifetimeStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="111"/>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="111"/>
        <source>% of what you had at 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="113"/>
        <location filename="../legapp/qt/charts/see_page.py" line="128"/>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="113"/>
        <location filename="../legapp/qt/charts/see_page.py" line="128"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="132"/>
        <source>You are here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="134"/>
        <source>Strength training {{strength_sessions_per_week}} slows this loss, and can win some of it back, at any age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="136"/>
        <source>Sources: {0}; {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="144"/>
        <source>muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="144"/>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="145"/>
        <source>Age {0}: about {1} to {2} of the {3} you had at 30 is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="135"/>
        <source>Choose who is doing the checks. Their results are kept on this computer, so you can see changes over time and make a report for the doctor. A guest&apos;s results are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="142"/>
        <source>No one has been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="145"/>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="149"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="152"/>
        <source>Go on as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="55"/>
        <source>Choose another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="66"/>
        <source>Report for the doctor (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="69"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="71"/>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../legapp/qt/widgets.py" line="93"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="100"/>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="125"/>
        <location filename="../legapp/qt/kiosk.py" line="126"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="126"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="21"/>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="22"/>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="36"/>
        <source>{0}, born {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="44"/>
        <source>In use: results are kept for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="44"/>
        <source>Choose this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="46"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="46"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="48"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="49"/>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="138"/>
        <source>The result is compared with people of the same age and sex. This is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="141"/>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="151"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="157"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="164"/>
        <source>Their age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="165"/>
        <source>Their sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="167"/>
        <source>Your age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="168"/>
        <source>Your sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="183"/>
        <source>Please choose woman or man.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="23"/>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="27"/>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="31"/>
        <source>The days I mean to do strength exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="45"/>
        <source>What I did today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="48"/>
        <source>A strength session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="49"/>
        <source>Balance practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="60"/>
        <source>Minutes of walking or other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="61"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="63"/>
        <source>Add minutes of walking or activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="96"/>
        <source>Your week is kept for a saved person. Choose or add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="100"/>
        <source>The week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="106"/>
        <source>Your week could not be read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="111"/>
        <source>This week, from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="122"/>
        <source>Your days could not be saved ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="138"/>
        <source>That could not be saved ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="183"/>
        <location filename="../legapp/qt/track/profiles_page.py" line="258"/>
        <source>Who is doing the checks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="224"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="240"/>
        <source>Change a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="240"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="264"/>
        <source>Delete {0} and all their results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="265"/>
        <source>This deletes {0} saved results too. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="277"/>
        <source>Delete all your data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="278"/>
        <source>This deletes every person and every saved result on this computer. It cannot be undone. Your text size and other settings stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProteinPage</name>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="25"/>
        <source>How much protein?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="29"/>
        <source>Protein from food helps your muscles stay strong and grow back. Adults need about {{protein_per_kg}}. Older adults, and people who train, may need a little more. It works best spread over the day&apos;s meals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="33"/>
        <location filename="../legapp/qt/act/protein_page.py" line="40"/>
        <source>Your weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="42"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="42"/>
        <source>pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="43"/>
        <source>In kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="44"/>
        <source>In pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="52"/>
        <source>Meals a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="55"/>
        <source>3 meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="55"/>
        <source>4 meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="61"/>
        <source>Work it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="73"/>
        <source>If you have kidney disease, ask your doctor before you eat more protein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="76"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="116"/>
        <source>{0} to {1} grams of protein a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="118"/>
        <source>That is about {0} to {1} grams at each of your {2} meals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="40"/>
        <source>◀ Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="51"/>
        <source>Question {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="140"/>
        <source>{score} of {max} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="119"/>
        <source>Back to the checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="37"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="37"/>
        <source>Delete: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="28"/>
        <source>This is education, not a diagnosis. Talk to your doctor or nurse about your result, especially if you are worried about falling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="38"/>
        <source>Print this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="44"/>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="45"/>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="46"/>
        <source>Back to the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="58"/>
        <source>What to do next: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="59"/>
        <source>Where this rule comes from: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="62"/>
        <source>Learn more: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="79"/>
        <source>A QR code of this result, to scan with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="80"/>
        <source>To keep this result, scan the square with your phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="106"/>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="99"/>
        <source>My results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="134"/>
        <source>Your results could not be read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="136"/>
        <source>You are a guest, so no results are kept. Choose or add a person to keep their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="138"/>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="140"/>
        <source>Results for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="141"/>
        <source>Choose another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="143"/>
        <source>No results yet. Do a check and its result is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="162"/>
        <source>A higher risk: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="163"/>
        <source>There is no number to compare with at this age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="170"/>
        <source>{0} older results are not shown here. They are in the report and the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="183"/>
        <source>Delete this result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="183"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="192"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="217"/>
        <source>Save the report for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="224"/>
        <source>The report could not be saved ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="226"/>
        <source>The report ({0} pages) was saved as {1}. Only you can open it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>The report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="238"/>
        <source>Save the results as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="239"/>
        <source>Spreadsheet files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="245"/>
        <source>The spreadsheet could not be saved ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="247"/>
        <source>The results were saved as {0}. Only you can open it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="194"/>
        <source>Do a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="225"/>
        <source>No results to show yet. Do a check while {0} is chosen, and the results will show here over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="227"/>
        <source>No results to show: you are a guest, and a guest&apos;s results are not kept. Choose a person in My results, then do a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="242"/>
        <source>Higher risk below this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="243"/>
        <source>Higher risk at or above this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="248"/>
        <source>{0} not completed (not shown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="49"/>
        <location filename="../legapp/qt/check/run_view.py" line="172"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="52"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="54"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="55"/>
        <source>Stops the test at once. Esc stops it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="93"/>
        <source>Spoken words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="97"/>
        <source>stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="144"/>
        <source>seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="144"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="148"/>
        <source>Space presses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="165"/>
        <source>Count: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="172"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="175"/>
        <source>Paused. The clock waits until you press Go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="64"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="85"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="85"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../legapp/qt/search_page.py" line="35"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="39"/>
        <source>Type a word, for example: balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="40"/>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="41"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="41"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="76"/>
        <source>One result for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="77"/>
        <source>{n} results for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="80"/>
        <source>Nothing found for “{0}”. Try a shorter or different word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeePage</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="260"/>
        <source>See the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="271"/>
        <source>Muscle with age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="272"/>
        <source>Weeks in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="273"/>
        <source>My results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="305"/>
        <source>Save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="306"/>
        <source>Pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="312"/>
        <source>The chart was saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="314"/>
        <source>The chart could not be saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="92"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="184"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="201"/>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="110"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="193"/>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="194"/>
        <source>You finished the {0} session. Your legs will thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="195"/>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="218"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="238"/>
        <source>Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="242"/>
        <source>Type in a count instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="253"/>
        <source>For: a woman aged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="254"/>
        <source>For: a man aged {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="256"/>
        <source>For: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="256"/>
        <source>For: {0}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="258"/>
        <source>Change the age or sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="264"/>
        <source>Read these steps to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="264"/>
        <source>What you will do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SexChoice</name>
    <message>
        <location filename="../legapp/qt/sex_choice.py" line="15"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/sex_choice.py" line="15"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="59"/>
        <location filename="../legapp/qt/kiosk.py" line="63"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="76"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="106"/>
        <source>Locked for {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="107"/>
        <source>That is not the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="30"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="35"/>
        <source>Yes, I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="45"/>
        <source>{0} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="22"/>
        <source>Meaning of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="36"/>
        <source>All words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="36"/>
        <source>Open the word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="38"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="38"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="160"/>
        <source>You stopped the test, so nothing was scored. You can start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="172"/>
        <source>The timer reached its limit before “Seated” was pressed, so there is no score. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="199"/>
        <source>{score} stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="199"/>
        <location filename="../legapp/qt/check/test_page.py" line="200"/>
        <source>{score} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="200"/>
        <source>{score} of 4 positions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="201"/>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="21"/>
        <source>Main controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="25"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="25"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="26"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="27"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="29"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="30"/>
        <source>Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="31"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="54"/>
        <source>Text size {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicListPage</name>
    <message>
        <location filename="../legapp/qt/topic_list_page.py" line="16"/>
        <source>Learn about your legs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="37"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="38"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="39"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="61"/>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="79"/>
        <source>Previous topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="80"/>
        <source>Next topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="84"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
