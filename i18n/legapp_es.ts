<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActPage</name>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="20"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="22"/>
        <source>Strength training {{strength_sessions_per_week}}, staying active and eating enough protein can slow muscle loss, and even win some of it back, at any age.</source>
        <translation>Hacer ejercicios de fuerza de {{strength_sessions_per_week}}, mantenerse en movimiento y comer suficiente proteína puede frenar la pérdida de músculo, y hasta recuperar parte, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="27"/>
        <source>Exercise with me</source>
        <translation>Haga ejercicio conmigo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="28"/>
        <source>A guided session: the app shows, says and counts each move with you.</source>
        <translation>Una sesión guiada: la aplicación le muestra y le dice cada movimiento, y cuenta con usted.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="30"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="31"/>
        <source>Safe moves for strength and balance, with pictures.</source>
        <translation>Movimientos seguros para la fuerza y el equilibrio, con dibujos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="32"/>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="33"/>
        <source>Pick your days, note what you did, and see your week.</source>
        <translation>Elija sus días, anote lo que hizo y vea su semana.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="34"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="35"/>
        <source>Work out how much protein you need each day.</source>
        <translation>Calcule cuánta proteína necesita cada día.</translation>
    </message>
</context>
<context>
    <name>Alone</name>
    <message>
        <location filename="../legapp/checks/alone.py" line="81"/>
        <source>Sit in the middle of the chair, feet flat, back straight, and cross your arms on your chest. The test starts by itself in {seconds} seconds: the voice says Ready, then Go. You can also tap the button to start now.</source>
        <translation>Siéntese en el centro de la silla, con los pies planos y la espalda recta, y cruce los brazos sobre el pecho. La prueba empieza sola en {seconds} segundos: la voz dirá «Prepárese» y luego «Ya». También puede tocar el botón para empezar ahora.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="86"/>
        <source>Cross your arms on your chest. Count each stand in your head.</source>
        <translation>Cruce los brazos sobre el pecho. Cuente cada vez que se levanta, en silencio.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="88"/>
        <source>Stand all the way up, then sit all the way down. Count each stand. Keep going until you hear Stop. There is nothing to tap.</source>
        <translation>Levántese del todo y luego siéntese del todo. Cuente cada vez. Siga hasta que oiga «Alto». No tiene que tocar nada.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="126"/>
        <source>Stand next to a sturdy chair. Hold on to it while you get into the position in the picture. When you are steady, tap Ready and let go.</source>
        <translation>Póngase junto a una silla firme. Agárrese a ella mientras se coloca en la posición del dibujo. Cuando esté estable, toque «Empezar» y suéltela.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="130"/>
        <source>Hold still. You may move your arms, but keep your feet where they are. If you start to lose your balance, hold on to the chair.</source>
        <translation>No se mueva. Puede mover los brazos, pero no mueva los pies. Si empieza a perder el equilibrio, agárrese a la silla.</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="26"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="27"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../legapp/qt/application.py" line="155"/>
        <source>legapp cannot start: its built-in content is damaged ({0}). Please reinstall it.</source>
        <translation>legapp no puede abrirse: el contenido que trae está dañado ({0}). Por favor, vuelva a instalarla.</translation>
    </message>
    <message>
        <location filename="../legapp/app.py" line="62"/>
        <source>Your settings could not be saved ({why}). They apply until you close.</source>
        <translation>No se pudo guardar su configuración ({why}). Funcionará hasta que cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>BirthdayStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="115"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="99"/>
        <source>Your result is compared with people of your age on the day of the test.</source>
        <translation>Su resultado se compara con el de personas de su edad, el día de la prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="104"/>
        <source>It is kept, so this is asked only once.</source>
        <translation>Se guarda, así que solo se pregunta una vez.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="105"/>
        <source>I would rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="121"/>
        <source>In which month were they born?</source>
        <translation>¿En qué mes nació la persona?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="122"/>
        <source>In which month were you born?</source>
        <translation>¿En qué mes nació usted?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="123"/>
        <source>Have they had their birthday this year?</source>
        <translation>¿La persona ya cumplió años este año?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="124"/>
        <source>Have you had your birthday this year?</source>
        <translation>¿Ya cumplió años este año?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="125"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="126"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="164"/>
        <source>The month could not be kept ({0}).</source>
        <translation>No se pudo guardar el mes ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="168"/>
        <source>Please choose the month, or answer: have you had your birthday this year?</source>
        <translation>Por favor, elija el mes, o responda: ¿ya cumplió años este año?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="170"/>
        <source>Please answer: have you had your birthday this year?</source>
        <translation>Por favor, responda: ¿ya cumplió años este año?</translation>
    </message>
</context>
<context>
    <name>ChartResults</name>
    <message>
        <location filename="../legapp/charts/results.py" line="38"/>
        <source>stands</source>
        <translation>veces</translation>
    </message>
    <message>
        <location filename="../legapp/charts/results.py" line="39"/>
        <source>positions held</source>
        <translation>posiciones mantenidas</translation>
    </message>
    <message>
        <location filename="../legapp/charts/results.py" line="40"/>
        <location filename="../legapp/charts/results.py" line="41"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../legapp/charts/results.py" line="42"/>
        <location filename="../legapp/charts/results.py" line="43"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
</context>
<context>
    <name>ChartStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="91"/>
        <source>Save as picture</source>
        <translation>Guardar como imagen</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="190"/>
        <source>The usual range</source>
        <translation>El rango habitual</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="191"/>
        <source>Its top edge: slower loss</source>
        <translation>Su borde de arriba: pérdida más lenta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="192"/>
        <source>Its bottom edge: faster loss</source>
        <translation>Su borde de abajo: pérdida más rápida</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../legapp/charts/words.py" line="38"/>
        <source>This chart shows how much of the muscle you had at {start} is usually left at each age.</source>
        <translation>Este gráfico muestra cuánto del músculo que tenía a los {start} años suele quedar a cada edad.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="41"/>
        <source>This chart shows how much of the leg strength you had at {start} is usually left at each age.</source>
        <translation>Este gráfico muestra cuánto de la fuerza de las piernas que tenía a los {start} años suele quedar a cada edad.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="46"/>
        <source>At 60, it is about {low} to {high}.</source>
        <translation>A los 60 años, queda más o menos entre el {low} y el {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="50"/>
        <source>At 80, it is about {low} to {high}.</source>
        <translation>A los 80 años, queda más o menos entre el {low} y el {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="52"/>
        <source>By {end}, it is {low} to {high}.</source>
        <translation>A los {end} años, queda entre el {low} y el {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="56"/>
        <source>You are {age}: people your age usually have {low} to {high} left.</source>
        <translation>Usted tiene {age} años: a las personas de su edad les suele quedar entre el {low} y el {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="66"/>
        <source>This chart shows the muscle left after days in bed or in a cast, up to {days} days.</source>
        <translation>Este gráfico muestra cuánto músculo queda después de pasar días en cama o con yeso, hasta {days} días.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="68"/>
        <source>The loss is fastest in the first days, then it slows.</source>
        <translation>El músculo se pierde más rápido en los primeros días, y luego más despacio.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="69"/>
        <source>After one week, about {low} to {high} is left.</source>
        <translation>Después de una semana, queda más o menos entre el {low} y el {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="72"/>
        <source>A study found {loss} less {measure} after {days} days.</source>
        <translation>Un estudio encontró un {loss} menos de {measure} después de {days} días.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="83"/>
        <source>You have no {title} results yet. Do the test, and your results will show here.</source>
        <translation>Todavía no tiene resultados de “{title}”. Haga la prueba, y sus resultados aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="85"/>
        <source>{title}: 1 result.</source>
        <translation>{title}: 1 resultado.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="86"/>
        <source>{title}: {count} results.</source>
        <translation>{title}. Número de resultados: {count}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="88"/>
        <source>The latest, on {date}, is {value} {unit}.</source>
        <translation>El más reciente, del {date}, es de {value} {unit}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="92"/>
        <source>The first, on {date}, was {value} {unit}.</source>
        <translation>El primero, del {date}, fue de {value} {unit}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="95"/>
        <source>It is the same as the first, on {date}.</source>
        <translation>Es igual al primero, del {date}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="99"/>
        <source>A higher risk is below {value} {unit}.</source>
        <translation>Hay más riesgo por debajo de {value} {unit}.</translation>
    </message>
    <message>
        <location filename="../legapp/charts/words.py" line="101"/>
        <source>A higher risk is at or above {value} {unit}.</source>
        <translation>Hay más riesgo con {value} {unit} o más.</translation>
    </message>
</context>
<context>
    <name>CheckMenuPage</name>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="22"/>
        <source>Check your fall risk</source>
        <translation>Pruebas de riesgo de caídas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="49"/>
        <source>Checking as a guest</source>
        <translation>Pruebas como visitante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="50"/>
        <source>Results are not kept. Tap here to choose a person.</source>
        <translation>Los resultados no se guardan. Toque aquí para elegir una persona.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="52"/>
        <source>Checking: {0}</source>
        <translation>Pruebas a nombre de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="53"/>
        <source>Results are kept. Tap here to choose someone else.</source>
        <translation>Los resultados se guardan. Toque aquí para elegir a otra persona.</translation>
    </message>
</context>
<context>
    <name>CheckScoring</name>
    <message>
        <location filename="../legapp/checks/scoring.py" line="31"/>
        <source>Please give the age and sex first.</source>
        <translation>Por favor, indique primero la edad y el sexo.</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="35"/>
        <source>Each session starts with a warm-up and ends with a cool-down. The app tells you what to do, counts with you, and waits for you. Keep a sturdy chair close by.</source>
        <translation>Cada sesión empieza con un calentamiento y termina con movimientos suaves para relajarse. La aplicación le dice qué hacer, cuenta con usted y le espera. Tenga cerca una silla firme.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="42"/>
        <source>Or build your own: choose the exercises.</source>
        <translation>O arme la suya: elija los ejercicios.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="52"/>
        <source>Start my own session</source>
        <translation>Empezar mi propia sesión</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../legapp/qt/step_view.py" line="114"/>
        <source>Yes, delete</source>
        <translation>Sí, borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/step_view.py" line="115"/>
        <source>No, keep it</source>
        <translation>No, dejarlo así</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../legapp/app.py" line="92"/>
        <source>The content pack you chose has a problem, so the built-in content is shown instead. ({0})</source>
        <translation>El paquete de contenido que eligió tiene un problema, así que se muestra el contenido que trae la aplicación. ({0})</translation>
    </message>
</context>
<context>
    <name>CountEntry</name>
    <message>
        <location filename="../legapp/qt/check/count_entry.py" line="25"/>
        <source>One fewer</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/count_entry.py" line="27"/>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/count_entry.py" line="57"/>
        <source>The number can be from 0 to {0}.</source>
        <translation>El número puede ir de 0 a {0}.</translation>
    </message>
</context>
<context>
    <name>DigitKeys</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="86"/>
        <location filename="../legapp/qt/kiosk.py" line="87"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="87"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Disuse</name>
    <message>
        <location filename="../legapp/charts/disuse.py" line="78"/>
        <source>muscle size</source>
        <translation>tamaño del músculo</translation>
    </message>
    <message>
        <location filename="../legapp/charts/disuse.py" line="93"/>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/charts/disuse.py" line="84"/>
        <source>lean mass</source>
        <translation>masa magra</translation>
    </message>
</context>
<context>
    <name>DisuseStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>Days in bed or in a cast</source>
        <translation>Días en cama o con yeso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>% of muscle left</source>
        <translation>% de músculo que queda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="189"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="190"/>
        <source>{0}: -{1}% after {2} days</source>
        <translation>{0}: -{1}% a los {2} días</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="196"/>
        <source>The band is an illustration of the pattern: the loss is fastest at first, then slows. The marked points are what each study measured.</source>
        <translation>La franja muestra la forma general: al principio el músculo se pierde más rápido, y luego más despacio. Los puntos marcados son lo que midió cada estudio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="198"/>
        <source>Sources: {0}.</source>
        <translation>Fuentes: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="205"/>
        <source>Day {0}: about {1} to {2} of the muscle is left.</source>
        <translation>Día {0}: queda más o menos entre el {1} y el {2} del músculo.</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="91"/>
        <source>Back to the sessions</source>
        <translation>Volver a las sesiones</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="98"/>
        <source>{0}: 1 time</source>
        <translation>{0}: 1 vez</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="98"/>
        <source>{0}: {1} times</source>
        <translation>{0}: {1} veces</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="99"/>
        <source>{0}: held once</source>
        <translation>{0}: mantuvo la postura 1 vez</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="99"/>
        <source>{0}: held {1} times</source>
        <translation>{0}: mantuvo la postura {1} veces</translation>
    </message>
</context>
<context>
    <name>EditStep</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="72"/>
        <source>The date of birth and sex pick the right numbers to compare with, at your age on the day of each check. Everything stays on this computer.</source>
        <translation>La fecha de nacimiento y el sexo eligen los números justos para comparar, con su edad el día de cada prueba. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="76"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="80"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="82"/>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="84"/>
        <source>Day of the month (you may leave it empty)</source>
        <translation>Día del mes (puede dejarlo vacío)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="86"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="95"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryPage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="84"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="87"/>
        <source>Strong legs help you stand up, walk and stay steady.</source>
        <translation>Unas piernas fuertes le ayudan a ponerse de pie, caminar y mantenerse firme.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="88"/>
        <source>Try to do the strength moves {{strength_sessions_per_week|bare}} times a week, add some balance practice, and build up to {{aerobic_minutes_per_week}} of brisk movement.</source>
        <translation>Trate de hacer los ejercicios de fuerza de {{strength_sessions_per_week|bare}} veces por semana, practique un poco el equilibrio y, poco a poco, muévase a buen paso hasta sumar {{aerobic_minutes_per_week}}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="91"/>
        <source>Keep a sturdy chair or counter close by, and stop if anything hurts.</source>
        <translation>Tenga cerca una silla firme o un mostrador, y pare si algo le duele.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="96"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="96"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="97"/>
        <source>Warm up and move</source>
        <translation>Calentar y moverse</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="152"/>
        <source>Which muscles</source>
        <translation>Qué músculos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="160"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="171"/>
        <source>To make it easier</source>
        <translation>Para hacerlo más fácil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="173"/>
        <source>To make it harder</source>
        <translation>Para hacerlo más difícil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="184"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="185"/>
        <source>All exercises</source>
        <translation>Todos los ejercicios</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="186"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="223"/>
        <source>Stay safe: </source>
        <translation>Para su seguridad: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="225"/>
        <source>Where this comes from: </source>
        <translation>De dónde viene esto: </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="233"/>
        <source>How many: %n time(s) with each leg</source>
        <translation>
            <numerusform>Cuántas veces: %n con cada pierna</numerusform>
            <numerusform>Cuántas veces: %n con cada pierna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="234"/>
        <source>How many: %n time(s)</source>
        <translation>
            <numerusform>Cuántas veces: %n</numerusform>
            <numerusform>Cuántas veces: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="236"/>
        <source>How long: hold for {0} seconds on each leg</source>
        <translation>Cuánto tiempo: aguante {0} segundos en cada pierna</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="237"/>
        <source>How long: hold for {0} seconds</source>
        <translation>Cuánto tiempo: aguante {0} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="242"/>
        <source>How often: {{strength_sessions_per_week}}, with a day of rest in between.</source>
        <translation>Cada cuánto: de {{strength_sessions_per_week}}, con un día de descanso entre una y otra.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="243"/>
        <source>How often: a little every day, or on most days.</source>
        <translation>Cada cuánto: un poco todos los días, o casi todos los días.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="245"/>
        <source>How often: on most days. A few minutes at a time all add up.</source>
        <translation>Cada cuánto: casi todos los días. Unos pocos minutos cada vez también suman.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="257"/>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="270"/>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="271"/>
        <source>Next exercise</source>
        <translation>Ejercicio siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="275"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../legapp/checks/explain.py" line="71"/>
        <source>More than {score} seconds</source>
        <translation>Más de {score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/checks/explain.py" line="85"/>
        <source>Next: {next_step}</source>
        <translation>Qué hacer ahora: {next_step}</translation>
    </message>
    <message>
        <location filename="../legapp/checks/explain.py" line="86"/>
        <source>This is education, not a diagnosis. Talk to your doctor or nurse about it.</source>
        <translation>Esto es para informarle, no es un diagnóstico. Hable de esto con su médico o enfermera.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../legapp/track/export.py" line="31"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="31"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="32"/>
        <source>test name</source>
        <translation>nombre de la prueba</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="32"/>
        <source>score</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="33"/>
        <source>at risk</source>
        <translation>en riesgo</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="33"/>
        <source>meaning</source>
        <translation>significado</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="34"/>
        <source>threshold</source>
        <translation>punto de corte</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="34"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="35"/>
        <source>content version</source>
        <translation>versión del contenido</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="35"/>
        <source>raw</source>
        <translation>datos sin procesar</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="86"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../legapp/track/export.py" line="86"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="69"/>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="76"/>
        <source>Read more: {0}</source>
        <translation>Leer más: {0}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../legapp/checks/findings.py" line="48"/>
        <source>Taking more than {seconds} seconds to stand up five times also means low leg strength. Doctors call this probable sarcopenia (EWGSOP2). It is a good reason to talk to your doctor about your legs.</source>
        <translation>Tardar más de {seconds} segundos en levantarse cinco veces también indica poca fuerza en las piernas. Los médicos lo llaman sarcopenia probable (EWGSOP2). Es un buen motivo para hablar con su médico sobre sus piernas.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="54"/>
        <source>Needing your arms to stand up is a reason by itself to talk to your doctor about your leg strength, at any age.</source>
        <translation>Necesitar los brazos para levantarse ya es, por sí solo, un motivo para hablar con su médico sobre la fuerza de sus piernas, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="62"/>
        <source>You fell in the past year. That alone is reason enough to talk to your doctor about falls, whatever the total (CDC STEADI).</source>
        <translation>Usted se cayó en el último año. Eso basta para hablar con su médico sobre las caídas, sea cual sea el total (CDC STEADI).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="68"/>
        <source>The timer stopped before “Seated” was pressed. That time is well past the {line}-second line, so walking and balance need a closer look.</source>
        <translation>El reloj se detuvo antes de que se pulsara «Se sentó». Ese tiempo está muy por encima del límite de {line} segundos, así que conviene revisar la marcha y el equilibrio.</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="73"/>
        <source>See the result</source>
        <translation>Ver el resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="88"/>
        <source>How many times did they stand up all the way?</source>
        <translation>¿Cuántas veces se puso de pie por completo la persona?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="89"/>
        <source>How many times did you stand up all the way?</source>
        <translation>¿Cuántas veces se puso de pie por completo?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="91"/>
        <source>No stand was tapped.</source>
        <translation>No se tocó «De pie» ninguna vez.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="94"/>
        <source>When time ran out, were they more than halfway up?</source>
        <translation>Cuando se acabó el tiempo, ¿la persona había subido más de la mitad?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="95"/>
        <source>When time ran out, were you more than halfway up?</source>
        <translation>Cuando se acabó el tiempo, ¿había subido más de la mitad?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="96"/>
        <source>Did they have to push with their arms to stand up?</source>
        <translation>¿La persona tuvo que empujarse con los brazos para ponerse de pie?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="97"/>
        <source>Did you have to push with your arms to stand up?</source>
        <translation>¿Tuvo que empujarse con los brazos para ponerse de pie?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="105"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="105"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="122"/>
        <source>Answer the question first.</source>
        <translation>Responda primero a la pregunta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="123"/>
        <source>Answer each question first.</source>
        <translation>Responda primero a cada pregunta.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="83"/>
        <source>Word list</source>
        <translation>Lista de palabras</translation>
    </message>
</context>
<context>
    <name>HeldStep</name>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="112"/>
        <source>Did you hold it without moving your feet or holding on?</source>
        <translation>¿Aguantó sin mover los pies y sin agarrarse a nada?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="114"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="114"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="118"/>
        <source>If you are not sure, answer No. That is fine.</source>
        <translation>Si tiene dudas, conteste No. No pasa nada.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="95"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="99"/>
        <source>About this content</source>
        <translation>Sobre este contenido</translation>
    </message>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="99"/>
        <source>{0}, version {1}.</source>
        <translation>{0}, versión {1}.</translation>
    </message>
</context>
<context>
    <name>HelperToggle</name>
    <message>
        <location filename="../legapp/qt/run/helper_toggle.py" line="26"/>
        <location filename="../legapp/qt/run/helper_toggle.py" line="41"/>
        <source>I am helping someone else</source>
        <translation>Estoy ayudando a otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/helper_toggle.py" line="43"/>
        <source>On: the steps are written for a helper</source>
        <translation>Activado: los pasos están escritos para el ayudante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/helper_toggle.py" line="43"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../legapp/track/store.py" line="51"/>
        <source>Your saved results were made by a newer version of legapp, so legapp started a new, empty list. The old file was kept as {name}; nothing in it was changed.</source>
        <translation>El archivo de sus resultados guardados es de una versión más nueva de legapp, así que legapp empezó una lista nueva, vacía. El archivo anterior se guardó como {name}, sin ningún cambio.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="57"/>
        <source>A file called {other} belongs to another program, so legapp left it alone and keeps your results in {name} beside it.</source>
        <translation>Un archivo llamado {other} es de otro programa, así que legapp no lo tocó y guarda sus resultados en {name}, a su lado.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="63"/>
        <source>another program is using the file of saved results</source>
        <translation>otro programa está usando el archivo de sus resultados guardados</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="64"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="65"/>
        <source>legapp may not write in the folder of saved results</source>
        <translation>legapp no tiene permiso para escribir en la carpeta de sus resultados guardados</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="66"/>
        <source>the disk could not be read</source>
        <translation>no se pudo leer el disco</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="70"/>
        <source>Close the other program (a backup, or a second legapp), then try again.</source>
        <translation>Cierre el otro programa (una copia de seguridad, o un segundo legapp) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="72"/>
        <source>Make some space on the disk (delete files you do not need), then try again.</source>
        <translation>Libere espacio en el disco (borre archivos que no necesite) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="74"/>
        <source>Ask someone to check the folder&apos;s permissions, then try again.</source>
        <translation>Pida a alguien que revise los permisos de la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="76"/>
        <source>Try again in a moment. If it keeps happening, the disk may need to be checked.</source>
        <translation>Vuelva a intentarlo en un momento. Si sigue pasando, puede que haya que revisar el disco.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="79"/>
        <source>Your saved results can be seen, but nothing can be added or changed right now, because {why}. Nothing in the file was changed. {advice}</source>
        <translation>Puede ver sus resultados guardados, pero ahora no se puede añadir ni cambiar nada, porque {why}. No se cambió nada en el archivo. {advice}</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="81"/>
        <source>Your saved results cannot be opened right now, because {why}. Nothing in the file was changed, and you can still do every check. {advice}</source>
        <translation>Ahora no se pueden abrir sus resultados guardados, porque {why}. No se cambió nada en el archivo, y puede hacer todas las pruebas. {advice}</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="54"/>
        <source>Your saved results were damaged, so legapp started a new, empty list. The old file was kept as {name}; nothing in it was changed.</source>
        <translation>El archivo de sus resultados guardados estaba dañado, así que legapp empezó una lista nueva, vacía. El archivo anterior se guardó como {name}, sin ningún cambio.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../legapp/qt/home_page.py" line="21"/>
        <source>Strong legs, steady steps</source>
        <translation>Piernas fuertes, pasos firmes</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="27"/>
        <source>Learn about your legs</source>
        <translation>Aprender sobre sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="28"/>
        <source>Why leg muscle matters, why it is lost, and how to keep it.</source>
        <translation>Por qué importa el músculo de las piernas, por qué se pierde y cómo conservarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="30"/>
        <source>Check your fall risk</source>
        <translation>Pruebas de riesgo de caídas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="31"/>
        <source>Simple tests of strength and balance, and two short question lists.</source>
        <translation>Pruebas sencillas de fuerza y equilibrio, y dos listas cortas de preguntas.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="33"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="34"/>
        <source>Exercises with pictures, and how much protein you need.</source>
        <translation>Ejercicios con dibujos, y cuánta proteína necesita.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="35"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="35"/>
        <source>Your results over time, and a report for your doctor.</source>
        <translation>Sus resultados a lo largo del tiempo, y un informe para su médico.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="37"/>
        <source>See the numbers</source>
        <translation>Ver los números</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="38"/>
        <source>Charts of muscle loss with age, in bed, and your own results.</source>
        <translation>Gráficos de la pérdida de músculo con la edad, en cama y en sus resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="39"/>
        <source>Key points</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="39"/>
        <source>The main things to know, on one page.</source>
        <translation>Lo principal que hay que saber, en una sola página.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="41"/>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="41"/>
        <source>Short answers to common questions.</source>
        <translation>Respuestas cortas a preguntas comunes.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="43"/>
        <source>Word list</source>
        <translation>Lista de palabras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="43"/>
        <source>Medical words explained simply.</source>
        <translation>Palabras médicas explicadas de forma sencilla.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="44"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="44"/>
        <source>Find any word or subject.</source>
        <translation>Encuentre cualquier palabra o tema.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="86"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="90"/>
        <source>White and yellow on black, with thick edges, for people who see poorly</source>
        <translation>Blanco y amarillo sobre negro, con bordes gruesos, para quienes ven poco</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="118"/>
        <source>Please ask a member of staff if you need help.</source>
        <translation>Si necesita ayuda, pregunte a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>HowCounted</name>
    <message>
        <location filename="../legapp/checks/alone.py" line="34"/>
        <source>Counted by a helper, who tapped the screen during the test.</source>
        <translation>Lo contó una persona que ayudaba, tocando la pantalla durante la prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="35"/>
        <source>The number of stands was typed in afterwards, not tapped during the test.</source>
        <translation>El número de veces se escribió después; no se tocó la pantalla durante la prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/alone.py" line="37"/>
        <source>Done alone: after each position the person said whether they held it. The time of a position not held is not known.</source>
        <translation>Hecha sin ayuda: después de cada posición, la persona dijo si la aguantó. No se sabe cuánto tiempo aguantó la posición que no pudo mantener.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="315"/>
        <source>Sorry, something went wrong. Let&apos;s start again.</source>
        <translation>Perdón, algo salió mal. Empecemos de nuevo.</translation>
    </message>
</context>
<context>
    <name>LifetimeStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="132"/>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="134"/>
        <location filename="../legapp/qt/charts/see_page.py" line="150"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="134"/>
        <location filename="../legapp/qt/charts/see_page.py" line="150"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="154"/>
        <source>You are here: {0}</source>
        <translation>Usted está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="156"/>
        <source>Strength training {{strength_sessions_per_week}} slows this loss, and can win some of it back, at any age.</source>
        <translation>Hacer ejercicios de fuerza de {{strength_sessions_per_week}} frena esta pérdida y puede recuperar parte de ella, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="160"/>
        <source>Sources: {0}; {1}.</source>
        <translation>Fuentes: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="167"/>
        <source>% of what you had at {0}</source>
        <translation>% de lo que tenía a los {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="172"/>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="172"/>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="173"/>
        <source>Age {0}: about {1} to {2} of the {3} you had at {4} is left.</source>
        <translation>A los {0} años: queda más o menos entre el {1} y el {2} de su {3} de cuando tenía {4} años.</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="135"/>
        <source>Choose who is doing the checks. Their results are kept on this computer, so you can see changes over time and make a report for the doctor. A guest&apos;s results are not kept.</source>
        <translation>Elija quién hace las pruebas. Sus resultados se guardan en esta computadora. Así puede ver los cambios con el tiempo y hacer un informe para el médico. Los resultados de un visitante no se guardan.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="142"/>
        <source>No one has been added yet.</source>
        <translation>Todavía no se ha agregado a nadie.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="145"/>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="148"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="149"/>
        <source>Go on as a guest</source>
        <translation>Seguir como visitante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="56"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="64"/>
        <source>Save the report (PDF)</source>
        <translation>Guardar el informe (PDF)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="67"/>
        <source>Save the spreadsheet (CSV)</source>
        <translation>Guardar la hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="66"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>NeedsHelperStep</name>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="77"/>
        <source>This test needs someone to time it</source>
        <translation>Esta prueba necesita a alguien que tome el tiempo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="78"/>
        <source>The chair stand works with nobody else. The voice and the clock run it, and afterwards you say how many times you stood up.</source>
        <translation>La prueba de la silla se puede hacer sin ayuda. La voz y el reloj la llevan, y al final usted dice cuántas veces se levantó.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="80"/>
        <source>Do the chair stand instead</source>
        <translation>Hacer en su lugar la prueba de la silla</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="84"/>
        <source>Someone is here to help</source>
        <translation>Hay alguien para ayudar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="85"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="92"/>
        <source>In this test you stand up, walk to a line, turn, walk back and sit down. Someone else has to stop the clock the moment you sit down. You are walking away from the screen, so you cannot do it yourself.</source>
        <translation>En esta prueba usted se levanta, camina hasta una línea, da la vuelta, vuelve y se sienta. Otra persona tiene que parar el reloj en el momento en que usted se sienta. Usted se aleja de la pantalla al caminar, así que no puede hacerlo sin ayuda.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="96"/>
        <source>In this test you stand up and sit down five times, as fast as is safe, with your arms crossed. Someone else has to stop the clock at the fifth stand. Your arms stay crossed, so you cannot do it yourself.</source>
        <translation>En esta prueba usted se levanta y se sienta cinco veces, tan rápido como pueda sin peligro, con los brazos cruzados. Otra persona tiene que parar el reloj la quinta vez que se levanta. Usted tiene los brazos cruzados, así que no puede hacerlo sin ayuda.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../legapp/qt/widgets.py" line="341"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="344"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="344"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../legapp/checks/person.py" line="32"/>
        <source>Please type the age in years, for example 72.</source>
        <translation>Por favor, escriba la edad en años, por ejemplo 72.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/person.py" line="33"/>
        <source>Please type the age as a whole number of years, for example 72.</source>
        <translation>Por favor, escriba la edad en años, sin decimales, por ejemplo 72.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/person.py" line="35"/>
        <source>Please check the age. It should be from {youngest} to {oldest} years.</source>
        <translation>Por favor, revise la edad. Debe ser de {youngest} a {oldest} años.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/person.py" line="43"/>
        <source>Please type how many times they stood up, for example 11.</source>
        <translation>Por favor, escriba cuántas veces se puso de pie, por ejemplo 11.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/person.py" line="44"/>
        <source>Please type the number of stands as a whole number, for example 11.</source>
        <translation>Por favor, escriba el número de veces sin decimales, por ejemplo 11.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/person.py" line="46"/>
        <source>Please check the number. It should be from 0 to {most}.</source>
        <translation>Por favor, revise el número. Debe ser de 0 a {most}.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="25"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="26"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="40"/>
        <source>{0}, born {1}, {2}</source>
        <translation>{0}, nació en {1}, {2}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="48"/>
        <source>In use: results are kept for this person</source>
        <translation>En uso: los resultados se guardan para esta persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="48"/>
        <source>Choose this person</source>
        <translation>Elegir a esta persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="50"/>
        <source>Edit</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="50"/>
        <source>Edit {0}</source>
        <translation>Cambiar los datos de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="52"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="53"/>
        <source>Delete {0}</source>
        <translation>Borrar a {0}</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="57"/>
        <source>The result is compared with people of the same age and sex. This is not saved.</source>
        <translation>El resultado se compara con personas de la misma edad y sexo. Esto no se guarda.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="37"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="41"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="46"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="54"/>
        <source>Your age helps to read the result: some of what is known comes from studies of people aged {0} and older. This is not saved.</source>
        <translation>Su edad ayuda a entender el resultado: parte de lo que se sabe viene de estudios con personas de {0} años o más. Esto no se guarda.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="60"/>
        <source>Their age in years</source>
        <translation>Edad de la persona, en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="61"/>
        <source>Their sex</source>
        <translation>Sexo de la persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="63"/>
        <source>Your age in years</source>
        <translation>Su edad en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="64"/>
        <source>Your sex</source>
        <translation>Su sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="80"/>
        <source>Please choose woman or man.</source>
        <translation>Por favor, elija mujer u hombre.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../legapp/act/plan.py" line="51"/>
        <source>Please type how many minutes, for example 30.</source>
        <translation>Por favor, escriba cuántos minutos, por ejemplo 30.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="53"/>
        <source>Please type the minutes as a whole number, for example 30.</source>
        <translation>Por favor, escriba los minutos sin decimales, por ejemplo 30.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="56"/>
        <source>Please check the minutes. They should be from 1 to {most}.</source>
        <translation>Por favor, revise los minutos. Deben ser de 1 a {most}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="102"/>
        <source>You did {done} strength sessions this week. That meets the aim of {low} to {high}. Well done.</source>
        <translation>Esta semana hizo {done} sesiones de fuerza. Con eso cumple la meta de {low} a {high}. ¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="105"/>
        <source>You did {done} strength session this week. One or two more would reach the aim of {low} to {high}.</source>
        <translation>Esta semana hizo {done} sesión de fuerza. Con una o dos más llegaría a la meta de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="108"/>
        <source>A strength session or two this week would be a great start. The aim is {low} to {high}.</source>
        <translation>Una o dos sesiones de fuerza esta semana serían un gran comienzo. La meta es de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="113"/>
        <source>You were active for {minutes} minutes. That meets the aim of {aim}.</source>
        <translation>Se movió durante {minutes} minutos. Con eso cumple la meta de {aim} minutos.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="116"/>
        <source>You were active for 1 minute. {left} more would reach {aim}. A short walk counts.</source>
        <translation>Se movió durante 1 minuto. Con {left} minutos más llegaría a {aim}. Una caminata corta también cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="118"/>
        <source>You were active for {minutes} minutes. {left} more would reach {aim}. A short walk counts.</source>
        <translation>Se movió durante {minutes} minutos. Con {left} minutos más llegaría a {aim}. Una caminata corta también cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="121"/>
        <source>Any walk or dance counts toward {aim} minutes of activity a week.</source>
        <translation>Cualquier caminata o baile cuenta para los {aim} minutos de actividad a la semana.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="124"/>
        <source>You practised your balance once.</source>
        <translation>Practicó el equilibrio una vez.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="126"/>
        <source>You practised your balance {times} times.</source>
        <translation>Practicó el equilibrio {times} veces.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="128"/>
        <source>Balance practice, such as standing on one foot by a counter, helps too.</source>
        <translation>Practicar el equilibrio también ayuda, por ejemplo, pararse en un pie junto a un mostrador.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="25"/>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="29"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="33"/>
        <source>The days I mean to do strength exercises:</source>
        <translation>Los días en que pienso hacer ejercicios de fuerza:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="47"/>
        <source>What I did today:</source>
        <translation>Lo que hice hoy:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="49"/>
        <source>A strength session</source>
        <translation>Una sesión de fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="51"/>
        <source>Balance practice</source>
        <translation>Práctica de equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="57"/>
        <source>Minutes of walking or other activity</source>
        <translation>Minutos de caminata u otra actividad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="58"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="60"/>
        <source>Add minutes of walking or activity</source>
        <translation>Agregar minutos de caminata o actividad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="89"/>
        <source>Your week is kept for a saved person. Choose or add one first.</source>
        <translation>Su semana solo se guarda si elige a una persona. Primero elija o agregue una.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="93"/>
        <source>The week of {0}</source>
        <translation>La semana de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="99"/>
        <source>Your week could not be read ({0}).</source>
        <translation>No se pudo leer su semana ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="104"/>
        <source>This week, from {0}</source>
        <translation>Esta semana, desde el {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="115"/>
        <source>Your days could not be saved ({0}).</source>
        <translation>No se pudieron guardar sus días ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="129"/>
        <source>That could not be saved ({0}).</source>
        <translation>No se pudo guardar ({0}).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../legapp/qt/printing.py" line="48"/>
        <source>No printer is ready here. Please ask the staff, or scan the square with your phone.</source>
        <translation>No hay ninguna impresora lista aquí. Por favor, pregunte al personal o escanee el cuadro con su teléfono.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../legapp/track/profiles.py" line="71"/>
        <source>Please type a name or a nickname.</source>
        <translation>Por favor, escriba un nombre o un apodo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="73"/>
        <source>Please use a shorter name, up to {most} letters.</source>
        <translation>Por favor, use un nombre más corto, de {most} letras como máximo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="77"/>
        <source>Please type the year of birth with four numbers, for example 1950.</source>
        <translation>Por favor, escriba el año de nacimiento con cuatro números, por ejemplo 1950.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="81"/>
        <location filename="../legapp/track/profiles.py" line="100"/>
        <source>Please check the year of birth. The age must be from {youngest} to {oldest}.</source>
        <translation>Por favor, revise el año de nacimiento. La edad debe ser de {youngest} a {oldest} años.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="84"/>
        <source>Please choose woman or man.</source>
        <translation>Por favor, elija mujer u hombre.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="88"/>
        <source>Please choose the month first, then the day.</source>
        <translation>Por favor, elija primero el mes y luego el día.</translation>
    </message>
    <message>
        <location filename="../legapp/track/profiles.py" line="92"/>
        <source>Please type the day of the month as a number from 1 to {most}, or leave it empty.</source>
        <translation>Por favor, escriba el día del mes con un número del 1 al {most}, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="179"/>
        <location filename="../legapp/qt/track/profiles_page.py" line="261"/>
        <source>Who is doing the checks?</source>
        <translation>¿Quién hace las pruebas?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="221"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation>No se pudo hacer ({0}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="238"/>
        <source>Change a person</source>
        <translation>Cambiar los datos de una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="238"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="245"/>
        <source>This person cannot be kept, because there is nowhere to keep results right now. You can still do every check as a guest.</source>
        <translation>No se puede guardar a esta persona, porque ahora no hay dónde guardar resultados. Igual puede hacer todas las pruebas como visitante.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="267"/>
        <source>Delete {0} and all their results?</source>
        <translation>¿Borrar a {0} y todos sus resultados?</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/track/profiles_page.py" line="268"/>
        <source>This deletes %n saved result(s) too. It cannot be undone.</source>
        <translation>
            <numerusform>Esto también borra %n resultado guardado. No se puede deshacer.</numerusform>
            <numerusform>Esto también borra %n resultados guardados. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="280"/>
        <source>Delete all your data?</source>
        <translation>¿Borrar todos sus datos?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="281"/>
        <source>This deletes every person and every saved result on this computer. It cannot be undone. Your text size and other settings stay.</source>
        <translation>Esto borra a todas las personas y todos los resultados guardados en esta computadora. No se puede deshacer. El tamaño del texto y los demás ajustes no cambian.</translation>
    </message>
</context>
<context>
    <name>Protein</name>
    <message>
        <location filename="../legapp/act/protein.py" line="52"/>
        <source>Please type your weight, for example 70.</source>
        <translation>Por favor, escriba su peso, por ejemplo 70.</translation>
    </message>
    <message>
        <location filename="../legapp/act/protein.py" line="55"/>
        <source>Please type your weight as a number, for example 70.</source>
        <translation>Por favor, escriba su peso con números, por ejemplo 70.</translation>
    </message>
    <message>
        <location filename="../legapp/act/protein.py" line="59"/>
        <source>Please check the weight. It should be from {low_kg} to {high_kg} kg ({low_lb} to {high_lb} lb).</source>
        <translation>Por favor, revise el peso. Debe ser de {low_kg} a {high_kg} kg ({low_lb} a {high_lb} lb).</translation>
    </message>
</context>
<context>
    <name>ProteinPage</name>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="35"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="44"/>
        <source>Protein from food helps your muscles stay strong and grow back. Adults need about {{protein_per_kg}}. Older adults, and people who train, may need a little more. It works best spread over the day&apos;s meals.</source>
        <translation>La proteína de la comida ayuda a que sus músculos sigan fuertes y se recuperen. Los adultos necesitan más o menos de {{protein_per_kg}}. Las personas mayores, y quienes hacen ejercicio, pueden necesitar un poco más. Funciona mejor si la reparte entre las comidas del día.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="57"/>
        <source>Your weight</source>
        <translation>Su peso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="50"/>
        <location filename="../legapp/qt/act/protein_page.py" line="141"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="48"/>
        <source>Do you weigh yourself in kilograms or in pounds?</source>
        <translation>¿Se pesa usted en kilos o en libras?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="51"/>
        <location filename="../legapp/qt/act/protein_page.py" line="141"/>
        <source>pounds</source>
        <translation>libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="52"/>
        <source>In kilograms</source>
        <translation>En kilos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="53"/>
        <source>In pounds</source>
        <translation>En libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="71"/>
        <source>Meals a day</source>
        <translation>Comidas al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="73"/>
        <source>3 meals</source>
        <translation>3 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="73"/>
        <source>4 meals</source>
        <translation>4 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="77"/>
        <source>Work it out</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="93"/>
        <source>If you have kidney disease, ask your doctor before you eat more protein.</source>
        <translation>Si tiene una enfermedad de los riñones, pregunte a su médico antes de comer más proteína.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="96"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="142"/>
        <source>Your weight in kilograms</source>
        <translation>Su peso en kilos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="143"/>
        <source>Your weight in pounds</source>
        <translation>Su peso en libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="154"/>
        <source>Did you mean pounds? You typed {0} in the kilograms box.</source>
        <translation>¿Quería decir libras? Escribió {0} en la casilla de los kilos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="157"/>
        <source>Yes, {0} pounds</source>
        <translation>Sí, {0} libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="158"/>
        <source>No, {0} kg</source>
        <translation>No, {0} kg</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="212"/>
        <source>{0} to {1} grams of protein a day</source>
        <translation>De {0} a {1} gramos de proteína al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="214"/>
        <source>That is about {0} to {1} grams at each of your {2} meals.</source>
        <translation>Son más o menos de {0} a {1} gramos en cada una de sus {2} comidas.</translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="43"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="52"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../legapp/checks/questionnaire.py" line="55"/>
        <source>Please answer every question first.</source>
        <translation>Por favor, primero responda todas las preguntas.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="153"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="98"/>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="104"/>
        <location filename="../legapp/qt/read_aloud.py" line="181"/>
        <source>▶ Listen</source>
        <translation>▶ Escuchar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="105"/>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="105"/>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="106"/>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="106"/>
        <source>Read more slowly</source>
        <translation>Leer más despacio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="107"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="107"/>
        <source>Read faster</source>
        <translation>Leer más rápido</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="175"/>
        <source>This computer has no voice to read with, so the page is not read aloud. Everything is still here to read.</source>
        <translation>Esta computadora no tiene una voz para leer, así que la página no se lee en voz alta. Todo sigue aquí para que usted lo lea.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="181"/>
        <source>Read this page aloud</source>
        <translation>Leer esta página en voz alta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="182"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="182"/>
        <source>Pause reading</source>
        <translation>Pausar la lectura</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="183"/>
        <source>▶ Go on</source>
        <translation>▶ Seguir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="183"/>
        <source>Go on reading</source>
        <translation>Seguir leyendo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/read_aloud.py" line="194"/>
        <source>Reading speed {0} of {1}</source>
        <translation>Velocidad de lectura: {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../legapp/track/report.py" line="38"/>
        <source>{score} stands</source>
        <translation>{score} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="39"/>
        <source>{score} stand</source>
        <translation>{score} vez</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="40"/>
        <source>{score} of {max} positions held</source>
        <translation>{score} de {max} posiciones mantenidas</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="41"/>
        <location filename="../legapp/track/report.py" line="42"/>
        <source>{score} seconds</source>
        <translation>{score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="43"/>
        <location filename="../legapp/track/report.py" line="44"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="45"/>
        <source>Not completed</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="46"/>
        <source>More than {score} seconds</source>
        <translation>Más de {score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="49"/>
        <source>fewer than {value} stands</source>
        <translation>menos de {value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="50"/>
        <source>{value} stands or less</source>
        <translation>{value} veces o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="51"/>
        <source>more than {value} stands</source>
        <translation>más de {value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="52"/>
        <source>{value} stands or more</source>
        <translation>{value} veces o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="53"/>
        <source>less than {value} seconds</source>
        <translation>menos de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="54"/>
        <source>{value} seconds or less</source>
        <translation>{value} segundos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="55"/>
        <source>more than {value} seconds</source>
        <translation>más de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="56"/>
        <source>{value} seconds or more</source>
        <translation>{value} segundos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="57"/>
        <source>the tandem stance held for less than {value} seconds</source>
        <translation>posición en tándem (un pie delante del otro) mantenida menos de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="59"/>
        <source>the tandem stance held for {value} seconds or less</source>
        <translation>posición en tándem (un pie delante del otro) mantenida {value} segundos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="61"/>
        <source>the tandem stance held for more than {value} seconds</source>
        <translation>posición en tándem (un pie delante del otro) mantenida más de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="63"/>
        <source>the tandem stance held for {value} seconds or more</source>
        <translation>posición en tándem (un pie delante del otro) mantenida {value} segundos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="65"/>
        <source>fewer than {value} points</source>
        <translation>menos de {value} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="66"/>
        <source>{value} points or less</source>
        <translation>{value} puntos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="67"/>
        <source>more than {value} points</source>
        <translation>más de {value} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="68"/>
        <source>{value} points or more</source>
        <translation>{value} puntos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="70"/>
        <source>less than {value}</source>
        <translation>menos de {value}</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="71"/>
        <source>{value} or less</source>
        <translation>{value} o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="72"/>
        <source>more than {value}</source>
        <translation>más de {value}</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="73"/>
        <source>{value} or more</source>
        <translation>{value} o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="74"/>
        <source>{rule}, for women aged {ages}</source>
        <translation>{rule}, en mujeres de {ages} años</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="75"/>
        <source>{rule}, for men aged {ages}</source>
        <translation>{rule}, en hombres de {ages} años</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="76"/>
        <source>{rule} (out of {max})</source>
        <translation>{rule} (de un total de {max})</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="77"/>
        <source>The cut-off used is {rule}.</source>
        <translation>Punto de corte usado: {rule}.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="78"/>
        <source>There is no cut-off for this age.</source>
        <translation>No hay punto de corte para esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="79"/>
        <source>This is education, not a diagnosis. The tests were done at home or at a community centre, not by a doctor. Please talk to your doctor about these results.</source>
        <translation>Esto es información educativa, no un diagnóstico. Las pruebas se hicieron en casa o en un centro comunitario, no las hizo un médico. Por favor, hable con su médico sobre estos resultados.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="57"/>
        <source>Leg strength and falls: my results</source>
        <translation>Fuerza de las piernas y caídas: mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="58"/>
        <source>{name}, born in {year}, woman. Report made on {made_on}.</source>
        <translation>{name}, mujer, nacida en {year}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="60"/>
        <source>{name}, born in {year}, man. Report made on {made_on}.</source>
        <translation>{name}, hombre, nacido en {year}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="61"/>
        <source>These are the results of self-tests of leg strength and balance, done with the legapp program. They are here to talk over with a doctor.</source>
        <translation>Estos son los resultados de pruebas de fuerza de las piernas y de equilibrio que la persona hizo por su cuenta con el programa legapp. Sirven para hablarlos con un médico.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="64"/>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="65"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="66"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="67"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="68"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="69"/>
        <source>Latest result, {when}</source>
        <translation>Último resultado: {when}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="70"/>
        <source>The time before, {when}: {score}. {meaning}.</source>
        <translation>La vez anterior, el {when}: {score}. {meaning}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="71"/>
        <source>This is the only result so far.</source>
        <translation>Por ahora, este es el único resultado.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="72"/>
        <source>Results kept for this test: {count}.</source>
        <translation>Resultados guardados de esta prueba: {count}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="73"/>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="74"/>
        <source>Rule used: {rule}.</source>
        <translation>Criterio usado: {rule}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="75"/>
        <source>Rule used: none. There is no cut-off for this age.</source>
        <translation>Criterio usado: ninguno. No hay punto de corte para esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="76"/>
        <source>Source: {source}.</source>
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="77"/>
        <source>No results are saved yet.</source>
        <translation>Todavía no hay resultados guardados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="78"/>
        <source>Answers to the checklist</source>
        <translation>Respuestas a la lista de preguntas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="79"/>
        <source>Answers to the checklist, {when}</source>
        <translation>Respuestas a la lista de preguntas del {when}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="80"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="81"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="82"/>
        <source>A note for the doctor: what each test measures</source>
        <translation>Nota para el médico: qué mide cada prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="83"/>
        <source>{name}, {made_on}. Page {page} of {pages}</source>
        <translation>{name}, {made_on}. Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="84"/>
        <source>Leg strength and falls: results of {name}</source>
        <translation>Fuerza de las piernas y caídas: resultados de {name}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="85"/>
        <source>Higher risk below this line</source>
        <translation>Más riesgo por debajo de esta línea</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="86"/>
        <source>Higher risk at or above this line</source>
        <translation>Más riesgo en esta línea o por encima</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="87"/>
        <source>The report could not be written.</source>
        <translation>No se pudo crear el informe.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="38"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="38"/>
        <source>Delete: </source>
        <translation>Borrar: </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="34"/>
        <source>This is education, not a diagnosis. Talk to your doctor or nurse about your result, especially if you are worried about falling.</source>
        <translation>Esto es para informarle, no es un diagnóstico. Hable con su médico o enfermera sobre su resultado, sobre todo si le preocupa caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="39"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="40"/>
        <source>Exercises with pictures, for your legs</source>
        <translation>Ejercicios con dibujos, para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="47"/>
        <source>Save it again</source>
        <translation>Guardarlo de nuevo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="59"/>
        <source>Print this result</source>
        <translation>Imprimir este resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="63"/>
        <source>Do it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="64"/>
        <source>Learn more</source>
        <translation>Aprender más</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="65"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="82"/>
        <source>What to do next: </source>
        <translation>Qué hacer ahora: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="83"/>
        <source>Where this rule comes from: </source>
        <translation>De dónde viene esta regla: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="87"/>
        <source>Learn more: </source>
        <translation>Aprender más: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="105"/>
        <source>A QR code of this result, to scan with a phone</source>
        <translation>Un código QR de este resultado, para leerlo con un teléfono</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="106"/>
        <source>To keep this result, scan the square with your phone&apos;s camera.</source>
        <translation>Para guardar este resultado, escanee el cuadro con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="145"/>
        <source>No score</source>
        <translation>Sin resultado</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="91"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="131"/>
        <location filename="../legapp/qt/track/results_page.py" line="221"/>
        <source>Your results could not be read ({0}).</source>
        <translation>No se pudieron leer sus resultados ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="133"/>
        <source>You are a guest, so no results are kept. Choose or add a person to keep their results.</source>
        <translation>Usted es visitante, así que no se guardan resultados. Elija o agregue una persona para guardar sus resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="135"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="137"/>
        <source>Results for {0}</source>
        <translation>Resultados de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="138"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="140"/>
        <source>No results yet. Do a check and its result is kept here.</source>
        <translation>Todavía no hay resultados. Haga una prueba y su resultado se guardará aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="142"/>
        <source>Go to the checks</source>
        <translation>Ir a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="160"/>
        <source>A higher risk: {0}.</source>
        <translation>Más riesgo: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="161"/>
        <source>There is no number to compare with at this age.</source>
        <translation>No hay un número para comparar a esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="168"/>
        <source>{0} older results are not shown here. They are in the report and the spreadsheet.</source>
        <translation>Aquí no se muestran los resultados más antiguos ({0}). Están en el informe y en la hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="181"/>
        <source>Delete this result?</source>
        <translation>¿Borrar este resultado?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="181"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="190"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation>No se pudo hacer ({0}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="224"/>
        <source>legapp report</source>
        <translation>Informe de legapp</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/track/results_page.py" line="227"/>
        <source>The report (%n page(s)) is saved in the folder {1}, named “{2}”. Only you can open it on this computer.</source>
        <translation>
            <numerusform>El informe (%n página) está guardado en la carpeta {1}, con el nombre «{2}». Solo usted puede abrirlo en esta computadora.</numerusform>
            <numerusform>El informe (%n páginas) está guardado en la carpeta {1}, con el nombre «{2}». Solo usted puede abrirlo en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="231"/>
        <source>The report could not be saved in {0}: {1}. Nothing there was changed. You can choose another place, such as a USB stick.</source>
        <translation>No se pudo guardar el informe en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>Save the report for the doctor</source>
        <translation>Guardar el informe para el médico</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="239"/>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="245"/>
        <source>legapp results</source>
        <translation>Resultados de legapp</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="248"/>
        <source>The spreadsheet is saved in the folder {0}, named “{1}”. Only you can open it on this computer.</source>
        <translation>La hoja de cálculo está guardada en la carpeta {0}, con el nombre «{1}». Solo usted puede abrirla en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="251"/>
        <source>The spreadsheet could not be saved in {0}: {1}. Nothing there was changed. You can choose another place, such as a USB stick.</source>
        <translation>No se pudo guardar la hoja de cálculo en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="254"/>
        <source>Save the results as a spreadsheet</source>
        <translation>Guardar los resultados como hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="254"/>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="217"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="217"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="226"/>
        <source>Do a check</source>
        <translation>Hacer una prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="262"/>
        <source>No results to show yet. Do a check while {0} is chosen, and the results will show here over time.</source>
        <translation>Todavía no hay resultados. Haga una prueba a nombre de {0}, y con el tiempo aquí verá los resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="264"/>
        <source>No results to show: you are a guest, and a guest&apos;s results are not kept. Choose a person in My results, then do a check.</source>
        <translation>No hay resultados: usted es visitante, y los resultados de un visitante no se guardan. Elija una persona en Mis resultados y luego haga una prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="281"/>
        <source>Higher risk below this line</source>
        <translation>Más riesgo por debajo de esta línea</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="282"/>
        <source>Higher risk at or above this line</source>
        <translation>Más riesgo en esta línea o por encima</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="287"/>
        <source>{0} not completed (not shown).</source>
        <translation>Sin terminar (no se muestran): {0}.</translation>
    </message>
</context>
<context>
    <name>RoomSetupStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="194"/>
        <location filename="../legapp/qt/check/steps.py" line="198"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="213"/>
        <source>Start the test</source>
        <translation>Empezar la prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="214"/>
        <source>Type in a count instead</source>
        <translation>Escribir el número a mano</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="226"/>
        <source>Who is here: {0}</source>
        <translation>Quién está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="227"/>
        <source>Change who is here</source>
        <translation>Cambiar quién está aquí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="232"/>
        <source>You are on your own, so there is nothing to tap during the test. After each position you say whether you held it.</source>
        <translation>Como no hay nadie con usted, no tiene que tocar nada durante la prueba. Después de cada posición, dirá si la aguantó.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="234"/>
        <source>You are on your own, so there is nothing to tap during the test. Count your stands in your head; afterwards you say how many.</source>
        <translation>Como no hay nadie con usted, no tiene que tocar nada durante la prueba. Cuente en silencio las veces que se levanta; al final dirá cuántas fueron.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="241"/>
        <source>For: a woman aged {0}</source>
        <translation>Para: una mujer de {0} años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="242"/>
        <source>For: a man aged {0}</source>
        <translation>Para: un hombre de {0} años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="244"/>
        <source>For: </source>
        <translation>Para: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="244"/>
        <source>For: {0}, </source>
        <translation>Para: {0}, </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="246"/>
        <source>Change the age or sex</source>
        <translation>Cambiar la edad o el sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="252"/>
        <source>Read these steps to them:</source>
        <translation>Léale estos pasos a la persona:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="252"/>
        <source>What you will do:</source>
        <translation>Lo que va a hacer:</translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <location filename="../legapp/act/routines.py" line="28"/>
        <source>Warm up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="29"/>
        <source>March in place, lifting your knees a little. Hold the back of a chair if you need to.</source>
        <translation>Marche en su lugar, levantando un poco las rodillas. Si lo necesita, agárrese del respaldo de una silla.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="31"/>
        <source>Get ready: {title}</source>
        <translation>Prepárese: {title}</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="32"/>
        <source>I am ready</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="33"/>
        <source>{title}: set {n} of {sets}</source>
        <translation>{title}: serie {n} de {sets}</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="34"/>
        <source>Do it {reps} times, at your own pace. Tap “Done one” each time you finish one.</source>
        <translation>Hágalo {reps} veces, a su propio ritmo. Toque “Hice una” cada vez que termine una.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="36"/>
        <source>Done one</source>
        <translation>Hice una</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="38"/>
        <source>{title}, right leg: set {n} of {sets}</source>
        <translation>{title}, pierna derecha: serie {n} de {sets}</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="39"/>
        <source>{title}, left leg: set {n} of {sets}</source>
        <translation>{title}, pierna izquierda: serie {n} de {sets}</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="40"/>
        <source>Do it {reps} times with the right leg, at your own pace. Tap “Done one” each time you finish one.</source>
        <translation>Hágalo {reps} veces con la pierna derecha, a su propio ritmo. Toque “Hice una” cada vez que termine una.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="43"/>
        <source>Do it {reps} times with the left leg, at your own pace. Tap “Done one” each time you finish one.</source>
        <translation>Hágalo {reps} veces con la pierna izquierda, a su propio ritmo. Toque “Hice una” cada vez que termine una.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="46"/>
        <source>Keep going for {seconds} seconds with the right leg. Stop if you feel unsteady.</source>
        <translation>Siga durante {seconds} segundos con la pierna derecha. Pare si siente que pierde el equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="48"/>
        <source>Keep going for {seconds} seconds with the left leg. Stop if you feel unsteady.</source>
        <translation>Siga durante {seconds} segundos con la pierna izquierda. Pare si siente que pierde el equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="50"/>
        <source>Right leg. Go</source>
        <translation>Pierna derecha. Ya</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="51"/>
        <source>Left leg. Go</source>
        <translation>Pierna izquierda. Ya</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="52"/>
        <source>Now the left leg</source>
        <translation>Ahora la pierna izquierda</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="53"/>
        <source>Rest a moment, then change to your left leg. It starts by itself.</source>
        <translation>Descanse un momento y luego cambie a la pierna izquierda. Empieza sola.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="55"/>
        <source>Keep going for {seconds} seconds. Stop if you feel unsteady.</source>
        <translation>Siga durante {seconds} segundos. Pare si siente que pierde el equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="57"/>
        <source>I had to stop</source>
        <translation>Tuve que parar</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="58"/>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="59"/>
        <source>Rest and breathe. The next part starts by itself.</source>
        <translation>Descanse y respire. La siguiente parte empieza sola.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="60"/>
        <source>Cool down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="61"/>
        <source>Walk slowly or march gently in place, and breathe out slowly.</source>
        <translation>Camine despacio o marche suavemente en su lugar, y suelte el aire despacio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="63"/>
        <source>Go</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="64"/>
        <source>Stop</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="65"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="80"/>
        <source>Please choose at least one exercise.</source>
        <translation>Por favor, elija al menos un ejercicio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="81"/>
        <source>My own session</source>
        <translation>Mi propia sesión</translation>
    </message>
    <message>
        <location filename="../legapp/act/routines.py" line="82"/>
        <source>The exercises I chose.</source>
        <translation>Los ejercicios que elegí.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="54"/>
        <location filename="../legapp/qt/run/run_view.py" line="235"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="57"/>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="59"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="60"/>
        <source>Stops the test at once. Esc stops it too.</source>
        <translation>Para la prueba de inmediato. La tecla Esc también la para.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="97"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="102"/>
        <source>Spoken words</source>
        <translation>Lo que dice la voz</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="176"/>
        <source>seconds left</source>
        <translation>segundos que quedan</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="176"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="182"/>
        <location filename="../legapp/qt/run/run_view.py" line="194"/>
        <source>Space presses it too.</source>
        <translation>También puede usar la tecla Espacio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="194"/>
        <source>Wait a moment.</source>
        <translation>Espere un momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="209"/>
        <source>stand(s)</source>
        <translation>
            <numerusform>vez</numerusform>
            <numerusform>veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="210"/>
        <source>time(s)</source>
        <translation>
            <numerusform>vez</numerusform>
            <numerusform>veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="212"/>
        <source>Count: {0}</source>
        <translation>Cuenta: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="235"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="237"/>
        <source>Paused. The clock waits until you press Go on.</source>
        <translation>En pausa. El reloj espera hasta que toque Seguir.</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="84"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="85"/>
        <location filename="../legapp/qt/run/safety_step.py" line="181"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="87"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="111"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="116"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="116"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="181"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="186"/>
        <location filename="../legapp/qt/run/safety_step.py" line="190"/>
        <source>Answer this question to go on.</source>
        <translation>Responda a esta pregunta para seguir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/safety_step.py" line="192"/>
        <source>Answer all %n question(s) to go on.</source>
        <translation>
            <numerusform>Responda a la pregunta para seguir.</numerusform>
            <numerusform>Responda a las %n preguntas para seguir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveNote</name>
    <message>
        <location filename="../legapp/qt/saving.py" line="188"/>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="189"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="190"/>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="225"/>
        <source>No program on this computer opened it. It is in {0}.</source>
        <translation>Ningún programa de esta computadora pudo abrirlo. Está en {0}.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../legapp/qt/saving.py" line="88"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="90"/>
        <source>this folder does not let files be saved in it</source>
        <translation>esta carpeta no permite guardar archivos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="92"/>
        <source>the folder is not there</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../legapp/qt/saving.py" line="94"/>
        <source>the computer said: {0}</source>
        <translation>la computadora dijo: {0}</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../legapp/assess/scoring.py" line="53"/>
        <source>Age must be a whole number from {low} to {high}.</source>
        <translation>La edad debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/scoring.py" line="54"/>
        <source>The number of stands must be a whole number from {low} to {high}.</source>
        <translation>El número de veces debe ser un número entero de {low} a {high}.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../legapp/qt/routes.py" line="50"/>
        <source>How much protein you need</source>
        <translation>Cuánta proteína necesita</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../legapp/qt/search_page.py" line="36"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="40"/>
        <source>Type a word, for example: balance</source>
        <translation>Escriba una palabra, por ejemplo: equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="41"/>
        <source>Search for</source>
        <translation>Qué buscar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="42"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="42"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/search_page.py" line="77"/>
        <source>%n result(s) for “{0}”</source>
        <translation>
            <numerusform>%n resultado para “{0}”</numerusform>
            <numerusform>%n resultados para “{0}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="80"/>
        <source>Nothing found for “{0}”. Try a shorter or different word.</source>
        <translation>No se encontró nada para “{0}”. Pruebe con una palabra más corta o distinta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="85"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="86"/>
        <source>Check</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="86"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="87"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
</context>
<context>
    <name>SeePage</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="302"/>
        <source>See the numbers</source>
        <translation>Ver los números</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="312"/>
        <source>Muscle with age</source>
        <translation>El músculo con la edad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="312"/>
        <source>Weeks in bed</source>
        <translation>Semanas en cama</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="313"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="403"/>
        <source>The picture could not be made.</source>
        <translation>No se pudo hacer la imagen.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="408"/>
        <source>legapp chart</source>
        <translation>Gráfico de legapp</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="411"/>
        <source>The chart is saved in the folder {0}, named “{1}”.</source>
        <translation>El gráfico está guardado en la carpeta {0}, con el nombre «{1}».</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="414"/>
        <source>The chart could not be saved in {0}: {1}. Nothing there was changed. You can choose another place.</source>
        <translation>No se pudo guardar el gráfico en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="416"/>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="416"/>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="116"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="227"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="239"/>
        <source>Exercise sessions</source>
        <translation>Sesiones de ejercicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="129"/>
        <source>Back to the exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="136"/>
        <source>Asks first, then stops the session. Esc does the same.</source>
        <translation>Primero pregunta y luego para la sesión. Esc hace lo mismo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="193"/>
        <source>Exercise {0} of {1} – about 1 minute left</source>
        <translation>Ejercicio {0} de {1} – queda más o menos 1 minuto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="194"/>
        <source>Exercise {0} of {1} – about {2} minutes left</source>
        <translation>Ejercicio {0} de {1} – quedan unos {2} minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="196"/>
        <source>About 1 minute left</source>
        <translation>Queda más o menos 1 minuto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="196"/>
        <source>About {2} minutes left</source>
        <translation>Quedan unos {2} minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="199"/>
        <source>Skip the warm-up</source>
        <translation>Saltar el calentamiento</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="200"/>
        <source>Skip the cool-down</source>
        <translation>Saltar la vuelta a la calma</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="230"/>
        <source>You stopped the session</source>
        <translation>Ha parado la sesión</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="231"/>
        <source>Here is what you did. Every bit counts.</source>
        <translation>Esto es lo que hizo. Todo cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="232"/>
        <source>You stopped before the first exercise. You can start again whenever you like.</source>
        <translation>Paró antes del primer ejercicio. Puede empezar de nuevo cuando quiera.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="238"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="236"/>
        <source>You finished the {0} session. Your legs will thank you.</source>
        <translation>Terminó la sesión {0}. Sus piernas se lo agradecerán.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="237"/>
        <source>your own</source>
        <translation>que usted armó</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../legapp/settings.py" line="89"/>
        <source>Your settings could not be read ({why}). Using the defaults.</source>
        <translation>No se pudo leer su configuración ({why}). Se usa la configuración inicial.</translation>
    </message>
    <message>
        <location filename="../legapp/settings.py" line="104"/>
        <source>Your saved settings were damaged, so the defaults are used. The old file was kept as {name}.</source>
        <translation>Su configuración guardada estaba dañada, así que se usa la configuración inicial. El archivo anterior se guardó como {name}.</translation>
    </message>
</context>
<context>
    <name>SexChoice</name>
    <message>
        <location filename="../legapp/qt/sex_choice.py" line="15"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../legapp/qt/sex_choice.py" line="15"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../legapp/qt/sex_choice.py" line="23"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="107"/>
        <location filename="../legapp/qt/kiosk.py" line="111"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/kiosk.py" line="144"/>
        <source>Locked for %n minute(s).</source>
        <translation>
            <numerusform>Bloqueado durante %n minuto.</numerusform>
            <numerusform>Bloqueado durante %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/kiosk.py" line="146"/>
        <source>Locked for %n second(s).</source>
        <translation>
            <numerusform>Bloqueado durante %n segundo.</numerusform>
            <numerusform>Bloqueado durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="148"/>
        <source>That is not the PIN.</source>
        <translation>Ese no es el PIN.</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="45"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="50"/>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="60"/>
        <source>{0} seconds left</source>
        <translation>Quedan {0} segundos</translation>
    </message>
</context>
<context>
    <name>StopStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="72"/>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="73"/>
        <source>The clock waits while you choose. If you carry on, you go on from where you were.</source>
        <translation>El reloj espera mientras usted elige. Si sigue, continúa desde donde estaba.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="76"/>
        <source>No, carry on</source>
        <translation>No, seguir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="77"/>
        <source>Yes, stop</source>
        <translation>Sí, parar</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="26"/>
        <source>Meaning of {0}</source>
        <translation>Significado de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="41"/>
        <source>All words</source>
        <translation>Todas las palabras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="41"/>
        <source>Open the word list</source>
        <translation>Abrir la lista de palabras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="43"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="43"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TimeCheckStep</name>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="32"/>
        <source>Yes, that is right</source>
        <translation>Sí, está bien</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="33"/>
        <source>No, do it again</source>
        <translation>No, hacerlo otra vez</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="43"/>
        <source>That was very fast: {0} seconds. Was that right?</source>
        <translation>Fue muy rápido: {0} segundos. ¿Está bien?</translation>
    </message>
</context>
<context>
    <name>TimedCheckPage</name>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="60"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="72"/>
        <source>That time was not scored. Start again when you are ready.</source>
        <translation>Ese tiempo no se contó. Empiece otra vez cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="185"/>
        <source>You stopped the test, so nothing was scored. You can start again when you are ready.</source>
        <translation>Usted paró la prueba, así que no hay resultado. Puede empezar otra vez cuando quiera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/check/timed_check_page.py" line="237"/>
        <source>{score} stand(s)</source>
        <translation>
            <numerusform>{score} vez</numerusform>
            <numerusform>{score} veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="238"/>
        <location filename="../legapp/qt/check/timed_check_page.py" line="239"/>
        <source>{score} seconds</source>
        <translation>{score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="239"/>
        <source>{score} of 4 positions held</source>
        <translation>Aguantó {score} de 4 posiciones</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="240"/>
        <source>Not completed</source>
        <translation>Sin terminar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="20"/>
        <source>Main controls</source>
        <translation>Controles principales</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="23"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="23"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="24"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="25"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="27"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="28"/>
        <source>Bigger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="29"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="52"/>
        <source>Text size {0} of {1}</source>
        <translation>Tamaño del texto: {0} de {1}</translation>
    </message>
</context>
<context>
    <name>TopicListPage</name>
    <message>
        <location filename="../legapp/qt/topic_list_page.py" line="20"/>
        <source>Learn about your legs</source>
        <translation>Aprender sobre sus piernas</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="67"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="68"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="69"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="93"/>
        <source>Key points</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="98"/>
        <source>Read next</source>
        <translation>Para seguir leyendo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="103"/>
        <source>Where this comes from</source>
        <translation>De dónde viene esto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="115"/>
        <source>Previous topic</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="116"/>
        <source>Next topic</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="120"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <location filename="../legapp/visit.py" line="124"/>
        <source>Your settings could not be saved ({why}). They will work until you close the app.</source>
        <translation>No se pudo guardar su configuración ({why}). Funcionará hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="242"/>
        <source>Your saved results could not be opened ({why}). You can still do every check.</source>
        <translation>No se pudieron abrir sus resultados guardados ({why}). Igual puede hacer todas las pruebas.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="271"/>
        <source>You are a guest, so this result is not kept. To keep results, choose a person in My results.</source>
        <translation>Usted es visitante, así que este resultado no se guarda. Para guardar resultados, elija una persona en Mis resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="279"/>
        <source>This result could not be kept ({why}). It is still shown here.</source>
        <translation>No se pudo guardar este resultado ({why}). Igual se muestra aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="292"/>
        <source>This result could not be kept ({why}). It is still shown here, and kept in memory: put the problem right, then press Save it again.</source>
        <translation>Este resultado no se pudo guardar ({why}). Se sigue viendo aquí y se conserva en la memoria: resuelva el problema y pulse Guardarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="296"/>
        <source>Kept in {name}&apos;s results.</source>
        <translation>Se guardó en los resultados de {name}.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="308"/>
        <source>It could not be noted in your week ({why}).</source>
        <translation>No se pudo anotar en su semana ({why}).</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="309"/>
        <source>It is noted in {name}&apos;s week as a strength session.</source>
        <translation>Quedó anotada en la semana de {name} como una sesión de fuerza.</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="26"/>
        <source>Who is here?</source>
        <translation>¿Quién está aquí?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="40"/>
        <source>The app times the test. Someone with you can tap the screen during it. On your own, there is nothing to tap: the voice and the clock run it, and you answer afterwards.</source>
        <translation>La aplicación toma el tiempo de la prueba. Si alguien le acompaña, puede tocar la pantalla durante la prueba. Sin compañía, no tiene que tocar nada: la voz y el reloj la llevan, y usted contesta al final.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="29"/>
        <location filename="../legapp/qt/check/alone_steps.py" line="58"/>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="29"/>
        <location filename="../legapp/qt/check/alone_steps.py" line="59"/>
        <source>Someone is helping me</source>
        <translation>Alguien me está ayudando</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="30"/>
        <location filename="../legapp/qt/check/alone_steps.py" line="60"/>
        <source>I am helping someone</source>
        <translation>Estoy ayudando a otra persona</translation>
    </message>
</context>
</TS>
