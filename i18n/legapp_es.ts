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
        <source>My programme</source>
        <translation>Mi programa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="28"/>
        <source>A level that fits you, steps up as you get stronger, and your days in your calendar.</source>
        <translation>Un nivel a su medida, pasos hacia arriba a medida que se fortalece, y sus días en su calendario.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="30"/>
        <source>Exercise with me</source>
        <translation>Haga ejercicio conmigo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="31"/>
        <source>A guided session: the app shows, says and counts each move with you.</source>
        <translation>Una sesión guiada: la aplicación le muestra y le dice cada movimiento, y cuenta con usted.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="33"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="34"/>
        <source>Safe moves for strength and balance, with pictures.</source>
        <translation>Movimientos seguros para la fuerza y el equilibrio, con dibujos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="35"/>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="36"/>
        <source>Pick your days, note what you did, and see your week.</source>
        <translation>Elija sus días, anote lo que hizo y vea su semana.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="37"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="38"/>
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
        <location filename="../legapp/qt/application.py" line="157"/>
        <source>legapp cannot start: its built-in content is damaged ({0}). Please reinstall it.</source>
        <translation>legapp no puede abrirse: el contenido que trae está dañado ({0}). Por favor, vuelva a instalarla.</translation>
    </message>
    <message>
        <location filename="../legapp/app.py" line="74"/>
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
    <name>Calendar</name>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="71"/>
        <source>Please choose at least one day for your exercises.</source>
        <translation>Por favor, elija al menos un día para sus ejercicios.</translation>
    </message>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="76"/>
        <source>{name}: leg exercises</source>
        <translation>{name}: ejercicios de piernas</translation>
    </message>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="77"/>
        <source>My leg exercises</source>
        <translation>Mis ejercicios de piernas</translation>
    </message>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="78"/>
        <source>The {level} session in legapp. Keep a sturdy chair close by.</source>
        <translation>La sesión {level} en legapp. Tenga una silla firme cerca.</translation>
    </message>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="100"/>
        <source>In 30 minutes: {title}</source>
        <translation>En 30 minutos: {title}</translation>
    </message>
    <message>
        <location filename="../legapp/act/calendar_file.py" line="151"/>
        <source>exercise</source>
        <translation>de ejercicio</translation>
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
        <location filename="../legapp/charts/results.py" line="45"/>
        <location filename="../legapp/charts/results.py" line="46"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../legapp/charts/results.py" line="44"/>
        <source>metres a second</source>
        <translation>metros por segundo</translation>
    </message>
    <message>
        <location filename="../legapp/charts/results.py" line="47"/>
        <source>yes answers</source>
        <translation>respuestas de sí</translation>
    </message>
</context>
<context>
    <name>ChartStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="92"/>
        <source>Save as picture</source>
        <translation>Guardar como imagen</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="202"/>
        <source>The usual range</source>
        <translation>El rango habitual</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="203"/>
        <source>Its top edge: slower loss</source>
        <translation>Su borde de arriba: pérdida más lenta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/chart_view.py" line="204"/>
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
        <location filename="../legapp/qt/check/menu_page.py" line="33"/>
        <source>Three tests together (SPPB)</source>
        <translation>Tres pruebas juntas (SPPB)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="34"/>
        <source>Balance, walking speed and five chair stands, one after the other, with a helper. Doctors use the total.</source>
        <translation>Equilibrio, velocidad al caminar y cinco levantadas de la silla, una tras otra, con un ayudante. Los médicos usan el total.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="54"/>
        <source>Checking as a guest</source>
        <translation>Pruebas como visitante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="55"/>
        <source>Results are not kept. Tap here to choose a person.</source>
        <translation>Los resultados no se guardan. Toque aquí para elegir una persona.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="57"/>
        <source>Checking: {0}</source>
        <translation>Pruebas a nombre de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="58"/>
        <source>Results are kept. Tap here to choose someone else.</source>
        <translation>Los resultados se guardan. Toque aquí para elegir a otra persona.</translation>
    </message>
</context>
<context>
    <name>CheckScoring</name>
    <message>
        <location filename="../legapp/checks/scoring.py" line="33"/>
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
        <location filename="../legapp/app.py" line="104"/>
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
    <name>CourseStep</name>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="44"/>
        <source>How long is the path?</source>
        <translation>¿Cuánto mide el camino?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="56"/>
        <source>With a cane or walker</source>
        <translation>Con bastón o andador</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="60"/>
        <source>Continue</source>
        <translation>Continuar</translation>
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
        <location filename="../legapp/qt/charts/see_page.py" line="188"/>
        <source>Days in bed or in a cast</source>
        <translation>Días en cama o con yeso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="188"/>
        <source>% of muscle left</source>
        <translation>% de músculo que queda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="192"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="193"/>
        <source>{0}: -{1}% after {2} days</source>
        <translation>{0}: -{1}% a los {2} días</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="199"/>
        <source>The band is an illustration of the pattern: the loss is fastest at first, then slows. The marked points are what each study measured.</source>
        <translation>La franja muestra la forma general: al principio el músculo se pierde más rápido, y luego más despacio. Los puntos marcados son lo que midió cada estudio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="201"/>
        <source>Sources: {0}.</source>
        <translation>Fuentes: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="208"/>
        <source>Day {0}: about {1} to {2} of the muscle is left.</source>
        <translation>Día {0}: queda más o menos entre el {1} y el {2} del músculo.</translation>
    </message>
</context>
<context>
    <name>DoctorNotes</name>
    <message>
        <location filename="../legapp/track/report.py" line="105"/>
        <source>Lower-limb strength and endurance: full stands from a chair without arm rests in 30 seconds, arms crossed on the chest; a stand more than halfway up at the end counts; if the arms are needed the test is stopped and scored 0 (CDC STEADI). Judged against the norm for age and sex.</source>
        <translation>Fuerza y resistencia de las piernas: veces que se levanta del todo de una silla sin brazos en 30 segundos, con los brazos cruzados sobre el pecho; al final cuenta si está a más de la mitad; si necesita los brazos, la prueba se detiene y se puntúa 0 (CDC STEADI). Se compara con la norma por edad y sexo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="109"/>
        <source>Static balance: feet side by side, semi-tandem, tandem, then one leg, each held for the set time, going on only when a position is held without moving the feet or support (CDC STEADI).</source>
        <translation>Equilibrio estático: pies juntos, semitándem, tándem y luego a una pierna, cada posición el tiempo fijado; se pasa a la siguiente solo si se mantiene sin mover los pies ni apoyarse (CDC STEADI).</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="113"/>
        <source>Functional mobility: rise from an armchair, walk to a line 3 metres away at usual pace, turn, walk back and sit; usual walking aid allowed; timed by a helper (CDC STEADI).</source>
        <translation>Movilidad funcional: levantarse de un sillón, caminar hasta una línea a 3 metros a paso habitual, girar, volver y sentarse; se permite la ayuda habitual para caminar; lo cronometra un ayudante (CDC STEADI).</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="116"/>
        <source>Lower-limb strength: five rises as fast as is safe, arms folded; arms used or time limit reached = not completed. Also read as low strength (probable sarcopenia, EWGSOP2).</source>
        <translation>Fuerza de las piernas: cinco veces levantarse lo más rápido que sea seguro, con los brazos cruzados; si usa los brazos o se acaba el tiempo = no completada. También se lee como fuerza baja (sarcopenia probable, EWGSOP2).</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="119"/>
        <source>Usual gait speed over a 4-metre (or 3-metre) course, two tries, the faster counts; walking aid allowed; timed by a helper (EWGSOP2, SPPB protocol).</source>
        <translation>Velocidad de la marcha habitual en un recorrido de 4 metros (o 3 metros), dos intentos, cuenta el más rápido; se permite la ayuda para caminar; lo cronometra un ayudante (EWGSOP2, protocolo SPPB).</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="122"/>
        <source>Short Physical Performance Battery: balance, gait speed and five chair rises, from the same day, 0 to 4 points each (Guralnik 1994).</source>
        <translation>Batería corta de desempeño físico: equilibrio, velocidad de la marcha y cinco veces levantarse de la silla, del mismo día, de 0 a 4 puntos cada parte (Guralnik 1994).</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="125"/>
        <source>CDC STEADI Stay Independent brochure: 12 yes/no items, weighted points; validated as the Fall Risk Questionnaire (Rubenstein 2011). Self-report.</source>
        <translation>Folleto Stay Independent de CDC STEADI: 12 preguntas de sí o no, con puntos ponderados; validado como Fall Risk Questionnaire (Rubenstein 2011). Respuestas de la persona.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="128"/>
        <source>SARC-F sarcopenia screen: strength, assistance in walking, rising from a chair, climbing stairs, falls; 0 to 2 points each (Malmstrom and Morley 2013). Self-report.</source>
        <translation>Cribado de sarcopenia SARC-F: fuerza, ayuda para caminar, levantarse de una silla, subir escaleras, caídas; de 0 a 2 puntos cada una (Malmstrom y Morley 2013). Respuestas de la persona.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="131"/>
        <source>Short FES-I: concern about falling in seven daily activities, 1 to 4 points each (Kempen 2008). Self-report.</source>
        <translation>Short FES-I: preocupación por caerse en siete actividades diarias, de 1 a 4 puntos cada una (Kempen 2008). Respuestas de la persona.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="134"/>
        <source>CDC STEADI key questions: fallen in the past year, unsteady when standing or walking, worried about falling. Any yes = screened at risk. Self-report.</source>
        <translation>Preguntas clave de CDC STEADI: caída en el último año, inestabilidad al estar de pie o caminar, preocupación por caerse. Cualquier «sí» = cribado positivo. Respuestas de la persona.</translation>
    </message>
</context>
<context>
    <name>DoctorSummary</name>
    <message>
        <location filename="../legapp/track/summary.py" line="37"/>
        <source>{value} stands</source>
        <translation>{value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="38"/>
        <source>{value} of 4 positions</source>
        <translation>{value} de 4 posiciones</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="39"/>
        <location filename="../legapp/track/summary.py" line="40"/>
        <source>{value} s</source>
        <translation>{value} s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="41"/>
        <source>{value} m/s</source>
        <translation>{value} m/s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="42"/>
        <source>{value} of 12</source>
        <translation>{value} de 12</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="43"/>
        <source>{value} of 14</source>
        <translation>{value} de 14</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="44"/>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="45"/>
        <source>{value} (7 to 28)</source>
        <translation>{value} (de 7 a 28)</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="46"/>
        <source>{value} of 3 yes</source>
        <translation>{value} de 3 con «sí»</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="49"/>
        <source>Below average for age</source>
        <translation>Bajo el promedio para la edad</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="50"/>
        <source>Not below average</source>
        <translation>No está por debajo del promedio</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="51"/>
        <source>No norm for this age</source>
        <translation>Sin norma para esta edad</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="52"/>
        <source>Increased fall risk</source>
        <translation>Más riesgo de caída</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="53"/>
        <location filename="../legapp/track/summary.py" line="55"/>
        <location filename="../legapp/track/summary.py" line="58"/>
        <location filename="../legapp/track/summary.py" line="60"/>
        <location filename="../legapp/track/summary.py" line="62"/>
        <source>Not flagged</source>
        <translation>Sin alerta</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="54"/>
        <source>At risk for falling</source>
        <translation>Con riesgo de caída</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="56"/>
        <source>Higher risk of recurrent falls</source>
        <translation>Mayor riesgo de caídas repetidas</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="59"/>
        <location filename="../legapp/track/summary.py" line="61"/>
        <source>Low physical performance</source>
        <translation>Bajo desempeño físico</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="63"/>
        <source>Positive: fall risk</source>
        <translation>Positivo: riesgo de caída</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="64"/>
        <location filename="../legapp/track/summary.py" line="66"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="65"/>
        <source>Positive: likely sarcopenia</source>
        <translation>Positivo: sarcopenia probable</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="67"/>
        <source>Low concern about falling</source>
        <translation>Preocupación baja</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="68"/>
        <source>Moderate concern about falling</source>
        <translation>Preocupación moderada</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="69"/>
        <source>High concern about falling</source>
        <translation>Preocupación alta</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="70"/>
        <source>Screened at risk</source>
        <translation>Cribado positivo</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="71"/>
        <source>Not screened at risk</source>
        <translation>Cribado negativo</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="74"/>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="75"/>
        <source>Counted as at risk</source>
        <translation>Se cuenta como riesgo</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="76"/>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="77"/>
        <source>{value} or more (timer ran out)</source>
        <translation>{value} o más (se acabó el tiempo)</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="78"/>
        <source>tandem {seconds} s</source>
        <translation>tándem {seconds} s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="79"/>
        <source>None for this age</source>
        <translation>Ninguno para esta edad</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="80"/>
        <source>{rule} (women {ages})</source>
        <translation>{rule} (mujeres de {ages})</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="81"/>
        <source>{rule} (men {ages})</source>
        <translation>{rule} (hombres de {ages})</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="82"/>
        <source>{rule}; {source}</source>
        <translation>{rule}; {source}</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="83"/>
        <source>{low} or {high}</source>
        <translation>{low} o {high}</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="84"/>
        <source>helper tapped each stand</source>
        <translation>un ayudante tocó cada vez</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="85"/>
        <source>count typed in afterwards</source>
        <translation>número escrito después</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="86"/>
        <source>alone, holds self-reported</source>
        <translation>a solas, lo dice la persona</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="87"/>
        <source>timed by a helper</source>
        <translation>lo cronometró un ayudante</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="88"/>
        <source>arms used: scored 0</source>
        <translation>usó los brazos: 0</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="89"/>
        <source>arms used</source>
        <translation>usó los brazos</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="90"/>
        <source>arms crossed</source>
        <translation>brazos cruzados</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="91"/>
        <source>walking aid</source>
        <translation>con ayuda para andar</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="92"/>
        <source>self-report</source>
        <translation>autoinforme</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="93"/>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="96"/>
        <source>{op} {value} stands</source>
        <translation>{op} {value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="97"/>
        <source>{op} {value} s</source>
        <translation>{op} {value} s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="98"/>
        <source>tandem {op} {value} s</source>
        <translation>tándem {op} {value} s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="99"/>
        <source>{op} {value} m/s</source>
        <translation>{op} {value} m/s</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="100"/>
        <source>{op} {value} yes</source>
        <translation>{op} {value} «sí»</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="101"/>
        <source>{op} {value} points</source>
        <translation>{op} {value} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="269"/>
        <source>medical review</source>
        <translation>revisión médica</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="270"/>
        <source>physical therapy</source>
        <translation>fisioterapia</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="271"/>
        <source>exercise programme</source>
        <translation>programa de ejercicio</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="273"/>
        <source>Suggested: {whom}.</source>
        <translation>Se sugiere: {whom}.</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="274"/>
        <source>More than six months old: to be done again.</source>
        <translation>Tiene más de seis meses: conviene repetirla.</translation>
    </message>
    <message>
        <location filename="../legapp/track/summary.py" line="275"/>
        <source>Screened at risk; not yet assessed: {what}.</source>
        <translation>Cribado positivo; falta evaluar: {what}.</translation>
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
    <name>Dose</name>
    <message>
        <location filename="../legapp/act/dose.py" line="85"/>
        <source>{done} strength sessions: that meets the aim of {low} to {high}. Well done.</source>
        <translation>{done} sesiones de fuerza: así cumple la meta de {low} a {high}. Muy bien.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="88"/>
        <source>1 strength session so far. The aim is {low} to {high} a week.</source>
        <translation>1 sesión de fuerza hasta ahora. La meta es de {low} a {high} por semana.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="91"/>
        <source>No strength session yet this week. Any day is a good day to start. The aim is {low} to {high} a week.</source>
        <translation>Todavía no hay una sesión de fuerza esta semana. Cualquier día es bueno para empezar. La meta es de {low} a {high} por semana.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="94"/>
        <source>{minutes} minutes of walking or other activity: that meets the aim of {aim}.</source>
        <translation>{minutes} minutos de caminar u otra actividad: así cumple la meta de {aim}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="97"/>
        <source>{minutes} minutes of walking or other activity. Every walk adds up toward {aim}.</source>
        <translation>{minutes} minutos de caminar u otra actividad. Cada caminata suma para llegar a {aim}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="101"/>
        <source>A walk of any length counts toward {aim} minutes of activity a week.</source>
        <translation>Una caminata, larga o corta, cuenta para los {aim} minutos de actividad por semana.</translation>
    </message>
    <message>
        <location filename="../legapp/act/dose.py" line="104"/>
        <source>{minutes} minutes of balance practice. The programmes that cut falls in studies did about {low} to {high} hours a week, built up over months.</source>
        <translation>{minutes} minutos de práctica de equilibrio. Los programas que redujeron las caídas en los estudios hacían unas {low} a {high} horas por semana, poco a poco a lo largo de meses.</translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <location filename="../legapp/qt/charts/dose_chart.py" line="30"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/dose_chart.py" line="39"/>
        <source>Week of {0}: {1} minutes of strength, {2} minutes of balance, {3} minutes of activity.</source>
        <translation>Semana del {0}: {1} minutos de fuerza, {2} minutos de equilibrio, {3} minutos de actividad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/dose_chart.py" line="52"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/dose_chart.py" line="56"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/dose_chart.py" line="72"/>
        <source>Solid bars: strength. Hatched bars: balance. Dashed line: walking and other activity.</source>
        <translation>Barras llenas: fuerza. Barras rayadas: equilibrio. Línea de trazos: caminar y otra actividad.</translation>
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
        <location filename="../legapp/qt/act/library_page.py" line="91"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="94"/>
        <source>Strong legs help you stand up, walk and stay steady.</source>
        <translation>Unas piernas fuertes le ayudan a ponerse de pie, caminar y mantenerse firme.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="95"/>
        <source>Try to do the strength moves {{strength_sessions_per_week|bare}} times a week, add some balance practice, and build up to {{aerobic_minutes_per_week}} of brisk movement.</source>
        <translation>Trate de hacer los ejercicios de fuerza de {{strength_sessions_per_week|bare}} veces por semana, practique un poco el equilibrio y, poco a poco, muévase a buen paso hasta sumar {{aerobic_minutes_per_week}}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="98"/>
        <source>Keep a sturdy chair or counter close by, and stop if anything hurts.</source>
        <translation>Tenga cerca una silla firme o un mostrador, y pare si algo le duele.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="103"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="103"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="104"/>
        <source>Warm up and move</source>
        <translation>Calentar y moverse</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="159"/>
        <source>Which muscles</source>
        <translation>Qué músculos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="167"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="178"/>
        <source>To make it easier</source>
        <translation>Para hacerlo más fácil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="180"/>
        <source>To make it harder</source>
        <translation>Para hacerlo más difícil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="191"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="192"/>
        <source>All exercises</source>
        <translation>Todos los ejercicios</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="193"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="230"/>
        <source>Stay safe: </source>
        <translation>Para su seguridad: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="232"/>
        <source>Where this comes from: </source>
        <translation>De dónde viene esto: </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="240"/>
        <source>How many: %n time(s) with each leg</source>
        <translation>
            <numerusform>Cuántas veces: %n con cada pierna</numerusform>
            <numerusform>Cuántas veces: %n con cada pierna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/act/library_page.py" line="241"/>
        <source>How many: %n time(s)</source>
        <translation>
            <numerusform>Cuántas veces: %n</numerusform>
            <numerusform>Cuántas veces: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="243"/>
        <source>How long: hold for {0} seconds on each leg</source>
        <translation>Cuánto tiempo: aguante {0} segundos en cada pierna</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="244"/>
        <source>How long: hold for {0} seconds</source>
        <translation>Cuánto tiempo: aguante {0} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="249"/>
        <source>How often: {{strength_sessions_per_week}}, with a day of rest in between.</source>
        <translation>Cada cuánto: de {{strength_sessions_per_week}}, con un día de descanso entre una y otra.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="250"/>
        <source>How often: a little every day, or on most days.</source>
        <translation>Cada cuánto: un poco todos los días, o casi todos los días.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="252"/>
        <source>How often: on most days. A few minutes at a time all add up.</source>
        <translation>Cada cuánto: casi todos los días. Unos pocos minutos cada vez también suman.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="264"/>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="277"/>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="278"/>
        <source>Next exercise</source>
        <translation>Ejercicio siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="282"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../legapp/checks/explain.py" line="88"/>
        <source>More than {score} seconds</source>
        <translation>Más de {score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/checks/explain.py" line="102"/>
        <source>Next: {next_step}</source>
        <translation>Qué hacer ahora: {next_step}</translation>
    </message>
    <message>
        <location filename="../legapp/checks/explain.py" line="103"/>
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
    <name>FeelStep</name>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="56"/>
        <source>Yes, take this step</source>
        <translation>Sí, dar este paso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="57"/>
        <source>No, stay as I am</source>
        <translation>No, seguir como estoy</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="61"/>
        <location filename="../legapp/qt/act/feel_step.py" line="114"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="69"/>
        <source>How did that feel?</source>
        <translation>¿Cómo se sintió?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="69"/>
        <source>Your answer helps the app suggest your next step. You always decide.</source>
        <translation>Su respuesta ayuda a la aplicación a sugerir su siguiente paso. Usted siempre decide.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="75"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="92"/>
        <source>Which exercise hurt?</source>
        <translation>¿Qué ejercicio le dolió?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="92"/>
        <source>It will be stopped for now.</source>
        <translation>Quedará en pausa por ahora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="97"/>
        <source>I am not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="117"/>
        <source>Thank you for telling us</source>
        <translation>Gracias por decírnoslo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="122"/>
        <location filename="../legapp/qt/act/feel_step.py" line="132"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="122"/>
        <source>Keep going at this level. Every session counts.</source>
        <translation>Siga en este nivel. Cada sesión cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="124"/>
        <source>Would you like to take a step?</source>
        <translation>¿Quiere dar un paso?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="132"/>
        <source>Your choice is kept. You can change your level at any time in My programme.</source>
        <translation>Su elección queda guardada. Puede cambiar su nivel cuando quiera en Mi programa.</translation>
    </message>
</context>
<context>
    <name>Fhir</name>
    <message>
        <location filename="../legapp/track/fhir.py" line="205"/>
        <source>A self-test at home with the legapp program, not a measurement by a clinician.</source>
        <translation>Una autoprueba en casa con el programa legapp, no una medición hecha por un profesional sanitario.</translation>
    </message>
</context>
<context>
    <name>FindingBlock</name>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="38"/>
        <source>Done on {0}.</source>
        <translation>Hecho el {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="40"/>
        <source>More than six months old: do it again.</source>
        <translation>Tiene más de seis meses: hágalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="43"/>
        <source>Whom to see: {0}.</source>
        <translation>A quién consultar: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="50"/>
        <source>Go to the exercises</source>
        <translation>Ir a los ejercicios</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="50"/>
        <source>Go to the exercises: </source>
        <translation>Ir a los ejercicios: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="53"/>
        <source>Open the home safety check</source>
        <translation>Abrir la revisión de seguridad en casa</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../legapp/checks/findings.py" line="49"/>
        <source>Taking more than {seconds} seconds to stand up five times also means low leg strength. Doctors call this probable sarcopenia (EWGSOP2). It is a good reason to talk to your doctor about your legs.</source>
        <translation>Tardar más de {seconds} segundos en levantarse cinco veces también indica poca fuerza en las piernas. Los médicos lo llaman sarcopenia probable (EWGSOP2). Es un buen motivo para hablar con su médico sobre sus piernas.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="55"/>
        <source>Needing your arms to stand up is a reason by itself to talk to your doctor about your leg strength, at any age.</source>
        <translation>Necesitar los brazos para levantarse ya es, por sí solo, un motivo para hablar con su médico sobre la fuerza de sus piernas, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="63"/>
        <source>You fell in the past year. That alone is reason enough to talk to your doctor about falls, whatever the total (CDC STEADI).</source>
        <translation>Usted se cayó en el último año. Eso basta para hablar con su médico sobre las caídas, sea cual sea el total (CDC STEADI).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="72"/>
        <source>In the SPPB, a set of three tests doctors use, this walk scores {points} of 4 points.</source>
        <translation>En el SPPB, un grupo de tres pruebas que usan los médicos, esta caminata da {points} de 4 puntos.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/findings.py" line="78"/>
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
        <location filename="../legapp/qt/check/finish_step.py" line="120"/>
        <source>Answer the question first.</source>
        <translation>Responda primero a la pregunta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="121"/>
        <source>Answer each question first.</source>
        <translation>Responda primero a cada pregunta.</translation>
    </message>
</context>
<context>
    <name>FixRow</name>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="125"/>
        <source>✔ Done</source>
        <translation>✔ Hecho</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="125"/>
        <source>Tick when done</source>
        <translation>Marcar cuando esté hecho</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="127"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="127"/>
        <source>Not done yet</source>
        <translation>Todavía no está hecho</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <location filename="../legapp/act/glance.py" line="22"/>
        <source>{done} of {planned} planned sessions</source>
        <translation>{done} de {planned} sesiones previstas</translation>
    </message>
    <message>
        <location filename="../legapp/act/glance.py" line="25"/>
        <source>{done} sessions, no days chosen yet</source>
        <translation>{done} sesiones, todavía sin días elegidos</translation>
    </message>
    <message>
        <location filename="../legapp/act/glance.py" line="27"/>
        <source>{sessions}, {active} minutes of activity, {balance} minutes of balance practice.</source>
        <translation>{sessions}, {active} minutos de actividad, {balance} minutos de práctica de equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/glance.py" line="31"/>
        <source>A re-test is due.</source>
        <translation>Le toca repetir la prueba.</translation>
    </message>
</context>
<context>
    <name>GlancePage</name>
    <message>
        <location filename="../legapp/qt/act/glance_page.py" line="29"/>
        <source>Everyone&apos;s week</source>
        <translation>La semana de cada persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/glance_page.py" line="31"/>
        <source>This week for each person. Tap a name to see their programme.</source>
        <translation>Esta semana, para cada persona. Toque un nombre para ver su programa.</translation>
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
        <location filename="../legapp/qt/check/alone_steps.py" line="117"/>
        <source>Did you hold it without moving your feet or holding on?</source>
        <translation>¿Aguantó sin mover los pies y sin agarrarse a nada?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="119"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="119"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="123"/>
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
        <location filename="../legapp/track/store.py" line="53"/>
        <source>Your saved results were made by a newer version of legapp, so legapp started a new, empty list. The old file was kept as {name}; nothing in it was changed.</source>
        <translation>El archivo de sus resultados guardados es de una versión más nueva de legapp, así que legapp empezó una lista nueva, vacía. El archivo anterior se guardó como {name}, sin ningún cambio.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="59"/>
        <source>A file called {other} belongs to another program, so legapp left it alone and keeps your results in {name} beside it.</source>
        <translation>Un archivo llamado {other} es de otro programa, así que legapp no lo tocó y guarda sus resultados en {name}, a su lado.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="65"/>
        <source>another program is using the file of saved results</source>
        <translation>otro programa está usando el archivo de sus resultados guardados</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="66"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="67"/>
        <source>legapp may not write in the folder of saved results</source>
        <translation>legapp no tiene permiso para escribir en la carpeta de sus resultados guardados</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="68"/>
        <source>the disk could not be read</source>
        <translation>no se pudo leer el disco</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="72"/>
        <source>Close the other program (a backup, or a second legapp), then try again.</source>
        <translation>Cierre el otro programa (una copia de seguridad, o un segundo legapp) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="74"/>
        <source>Make some space on the disk (delete files you do not need), then try again.</source>
        <translation>Libere espacio en el disco (borre archivos que no necesite) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="76"/>
        <source>Ask someone to check the folder&apos;s permissions, then try again.</source>
        <translation>Pida a alguien que revise los permisos de la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="78"/>
        <source>Try again in a moment. If it keeps happening, the disk may need to be checked.</source>
        <translation>Vuelva a intentarlo en un momento. Si sigue pasando, puede que haya que revisar el disco.</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="81"/>
        <source>Your saved results can be seen, but nothing can be added or changed right now, because {why}. Nothing in the file was changed. {advice}</source>
        <translation>Puede ver sus resultados guardados, pero ahora no se puede añadir ni cambiar nada, porque {why}. No se cambió nada en el archivo. {advice}</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="83"/>
        <source>Your saved results cannot be opened right now, because {why}. Nothing in the file was changed, and you can still do every check. {advice}</source>
        <translation>Ahora no se pueden abrir sus resultados guardados, porque {why}. No se cambió nada en el archivo, y puede hacer todas las pruebas. {advice}</translation>
    </message>
    <message>
        <location filename="../legapp/track/store.py" line="56"/>
        <source>Your saved results were damaged, so legapp started a new, empty list. The old file was kept as {name}; nothing in it was changed.</source>
        <translation>El archivo de sus resultados guardados estaba dañado, así que legapp empezó una lista nueva, vacía. El archivo anterior se guardó como {name}, sin ningún cambio.</translation>
    </message>
</context>
<context>
    <name>HomeListStep</name>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="147"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="148"/>
        <source>Change the answers</source>
        <translation>Cambiar las respuestas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="174"/>
        <source>More ways to stay safe</source>
        <translation>Más formas de estar seguro</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="182"/>
        <source>No questions answered yet.</source>
        <translation>Todavía no contestó ninguna pregunta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="184"/>
        <source>Nothing to fix was found. Well done!</source>
        <translation>No se encontró nada que arreglar. ¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="186"/>
        <source>Still to fix: {0}. Tick each one when it is done.</source>
        <translation>Falta arreglar: {0}. Marque cada uno cuando esté hecho.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="189"/>
        <source>Everything found has been fixed. Well done!</source>
        <translation>Todo lo que se encontró ya está arreglado. ¡Muy bien!</translation>
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
        <location filename="../legapp/qt/home_page.py" line="93"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="97"/>
        <source>White and yellow on black, with thick edges, for people who see poorly</source>
        <translation>Blanco y amarillo sobre negro, con bordes gruesos, para quienes ven poco</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="125"/>
        <source>Please ask a member of staff if you need help.</source>
        <translation>Si necesita ayuda, pregunte a un miembro del personal.</translation>
    </message>
</context>
<context>
    <name>HomePrint</name>
    <message>
        <location filename="../legapp/qt/check/home_print.py" line="27"/>
        <source>For {name}, {day}</source>
        <translation>Para {name}, {day}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_print.py" line="28"/>
        <source>Nothing to fix was found.</source>
        <translation>No se encontró nada que arreglar.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_print.py" line="29"/>
        <source>More ways to stay safe</source>
        <translation>Más formas de estar seguro</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_print.py" line="30"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>HomeQuestionStep</name>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="44"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="45"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="53"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="54"/>
        <source>See what to fix</source>
        <translation>Ver qué arreglar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="71"/>
        <source>{room}: question {0} of {1}</source>
        <translation>{room}: pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="80"/>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
</context>
<context>
    <name>HomeSafetyPage</name>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="245"/>
        <source>Your home safety check could not be read ({0}).</source>
        <translation>No se pudo leer su revisión de seguridad en casa ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="259"/>
        <source>Your home safety check could not be saved ({0}). It stays on the screen until you leave it.</source>
        <translation>No se pudo guardar su revisión de seguridad en casa ({0}). Queda en la pantalla hasta que salga de ella.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="295"/>
        <source>Nothing is kept on this computer. Print the list to take it home.</source>
        <translation>En esta computadora no se guarda nada. Imprima la lista para llevarla a casa.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="297"/>
        <source>You are a guest, so this list is not kept. Print it to keep it.</source>
        <translation>Usted es visitante, así que esta lista no se guarda. Imprímala para conservarla.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="298"/>
        <source>Kept for {0}. Come back to tick each fix when it is done.</source>
        <translation>Guardada para {0}. Vuelva para marcar cada arreglo cuando esté hecho.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/home_safety_page.py" line="316"/>
        <source>The list was sent to the printer.</source>
        <translation>La lista se envió a la impresora.</translation>
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
        <location filename="../legapp/qt/charts/see_page.py" line="133"/>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="135"/>
        <location filename="../legapp/qt/charts/see_page.py" line="153"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="135"/>
        <location filename="../legapp/qt/charts/see_page.py" line="153"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="140"/>
        <source>Show muscle or strength</source>
        <translation>Ver el músculo o la fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="157"/>
        <source>You are here: {0}</source>
        <translation>Usted está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="159"/>
        <source>Strength training {{strength_sessions_per_week}} slows this loss, and can win some of it back, at any age.</source>
        <translation>Hacer ejercicios de fuerza de {{strength_sessions_per_week}} frena esta pérdida y puede recuperar parte de ella, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="163"/>
        <source>Sources: {0}; {1}.</source>
        <translation>Fuentes: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="170"/>
        <source>% of what you had at {0}</source>
        <translation>% de lo que tenía a los {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="175"/>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="175"/>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="176"/>
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
        <location filename="../legapp/qt/track/results_page.py" line="59"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="63"/>
        <source>What my results say together</source>
        <translation>Lo que dicen mis resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="70"/>
        <source>Save the report (PDF)</source>
        <translation>Guardar el informe (PDF)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="74"/>
        <source>Save for the clinic (FHIR)</source>
        <translation>Guardar para la clínica (FHIR)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="76"/>
        <source>Save the spreadsheet (CSV)</source>
        <translation>Guardar la hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="72"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>MonthChoice</name>
    <message>
        <location filename="../legapp/qt/month_choice.py" line="33"/>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
</context>
<context>
    <name>NeedsHelperStep</name>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="78"/>
        <source>This test needs someone to time it</source>
        <translation>Esta prueba necesita a alguien que tome el tiempo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="79"/>
        <source>The chair stand works with nobody else. The voice and the clock run it, and afterwards you say how many times you stood up.</source>
        <translation>La prueba de la silla se puede hacer sin ayuda. La voz y el reloj la llevan, y al final usted dice cuántas veces se levantó.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="81"/>
        <source>Do the chair stand instead</source>
        <translation>Hacer en su lugar la prueba de la silla</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="85"/>
        <source>Someone is here to help</source>
        <translation>Hay alguien para ayudar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="86"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="93"/>
        <source>In this test you walk a short, straight path at your usual pace. Someone else has to start the clock at the first mark and stop it at the second. You are walking away from the screen, so you cannot do it yourself.</source>
        <translation>En esta prueba usted camina un trecho corto y recto a su paso de siempre. Otra persona tiene que poner en marcha el reloj en la primera marca y pararlo en la segunda. Usted se aleja de la pantalla, así que no lo puede hacer solo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="97"/>
        <source>In this test you stand up, walk to a line, turn, walk back and sit down. Someone else has to stop the clock the moment you sit down. You are walking away from the screen, so you cannot do it yourself.</source>
        <translation>En esta prueba usted se levanta, camina hasta una línea, da la vuelta, vuelve y se sienta. Otra persona tiene que parar el reloj en el momento en que usted se sienta. Usted se aleja de la pantalla al caminar, así que no puede hacerlo sin ayuda.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/alone_steps.py" line="101"/>
        <source>In this test you stand up and sit down five times, as fast as is safe, with your arms crossed. Someone else has to stop the clock at the fifth stand. Your arms stay crossed, so you cannot do it yourself.</source>
        <translation>En esta prueba usted se levanta y se sienta cinco veces, tan rápido como pueda sin peligro, con los brazos cruzados. Otra persona tiene que parar el reloj la quinta vez que se levanta. Usted tiene los brazos cruzados, así que no puede hacerlo sin ayuda.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../legapp/qt/widgets.py" line="356"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="359"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="359"/>
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
        <location filename="../legapp/act/plan.py" line="53"/>
        <source>Please type how many minutes, for example 30.</source>
        <translation>Por favor, escriba cuántos minutos, por ejemplo 30.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="55"/>
        <source>Please type the minutes as a whole number, for example 30.</source>
        <translation>Por favor, escriba los minutos sin decimales, por ejemplo 30.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="58"/>
        <source>Please check the minutes. They should be from 1 to {most}.</source>
        <translation>Por favor, revise los minutos. Deben ser de 1 a {most}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="104"/>
        <source>You did {done} strength sessions this week. That meets the aim of {low} to {high}. Well done.</source>
        <translation>Esta semana hizo {done} sesiones de fuerza. Con eso cumple la meta de {low} a {high}. ¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="107"/>
        <source>You did {done} strength session this week. One or two more would reach the aim of {low} to {high}.</source>
        <translation>Esta semana hizo {done} sesión de fuerza. Con una o dos más llegaría a la meta de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="110"/>
        <source>A strength session or two this week would be a great start. The aim is {low} to {high}.</source>
        <translation>Una o dos sesiones de fuerza esta semana serían un gran comienzo. La meta es de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="115"/>
        <source>You were active for {minutes} minutes. That meets the aim of {aim}.</source>
        <translation>Se movió durante {minutes} minutos. Con eso cumple la meta de {aim} minutos.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="118"/>
        <source>You were active for 1 minute. {left} more would reach {aim}. A short walk counts.</source>
        <translation>Se movió durante 1 minuto. Con {left} minutos más llegaría a {aim}. Una caminata corta también cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="120"/>
        <source>You were active for {minutes} minutes. {left} more would reach {aim}. A short walk counts.</source>
        <translation>Se movió durante {minutes} minutos. Con {left} minutos más llegaría a {aim}. Una caminata corta también cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="123"/>
        <source>Any walk or dance counts toward {aim} minutes of activity a week.</source>
        <translation>Cualquier caminata o baile cuenta para los {aim} minutos de actividad a la semana.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="126"/>
        <source>You practised your balance once.</source>
        <translation>Practicó el equilibrio una vez.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="128"/>
        <source>You practised your balance {times} times.</source>
        <translation>Practicó el equilibrio {times} veces.</translation>
    </message>
    <message>
        <location filename="../legapp/act/plan.py" line="130"/>
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
        <location filename="../legapp/qt/act/plan_page.py" line="63"/>
        <source>Add them as a balance class, like tai chi</source>
        <translation>Agregarlos como una clase de equilibrio, como tai chi</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="96"/>
        <source>Your week is kept for a saved person. Choose or add one first.</source>
        <translation>Su semana solo se guarda si elige a una persona. Primero elija o agregue una.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="100"/>
        <source>The week of {0}</source>
        <translation>La semana de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="106"/>
        <source>Your week could not be read ({0}).</source>
        <translation>No se pudo leer su semana ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="111"/>
        <source>This week, from {0}</source>
        <translation>Esta semana, desde el {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="122"/>
        <source>Your days could not be saved ({0}).</source>
        <translation>No se pudieron guardar sus días ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="136"/>
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
    <name>Programme</name>
    <message>
        <location filename="../legapp/act/programme.py" line="35"/>
        <source>Too easy</source>
        <translation>Muy fácil</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="36"/>
        <source>About right</source>
        <translation>Bien así</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="37"/>
        <source>Too hard</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="38"/>
        <source>It hurt</source>
        <translation>Me dolió</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="41"/>
        <source>Hold the back of a sturdy chair with both hands.</source>
        <translation>Agárrese del respaldo de una silla firme con las dos manos.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="42"/>
        <source>Hold the back of a sturdy chair with one hand.</source>
        <translation>Agárrese del respaldo de una silla firme con una mano.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="43"/>
        <source>Touch the chair with your fingertips only, and keep it close.</source>
        <translation>Toque la silla solo con la punta de los dedos, y téngala cerca.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="45"/>
        <source>Stay seated in a sturdy chair with arms, or hold on firmly.</source>
        <translation>Quédese sentado en una silla firme con brazos, o agárrese bien.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="99"/>
        <source>Next step: two more times for each exercise, and a little longer for each hold.</source>
        <translation>Siguiente paso: dos veces más en cada ejercicio, y un poco más de tiempo en cada postura.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="101"/>
        <source>An easier step: two fewer times for each exercise.</source>
        <translation>Un paso más fácil: dos veces menos en cada ejercicio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="103"/>
        <source>Next step: hold on a little less. {how}</source>
        <translation>Siguiente paso: agárrese un poco menos. {how}</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="104"/>
        <source>An easier step: hold on a little more. {how}</source>
        <translation>Un paso más fácil: agárrese un poco más. {how}</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="106"/>
        <source>Next step: the {name} level.</source>
        <translation>Siguiente paso: el nivel {name}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="107"/>
        <source>An easier step: the {name} level.</source>
        <translation>Un paso más fácil: el nivel {name}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="203"/>
        <source>That exercise is stopped for now. Please ask a doctor or a physical therapist about the pain before you do it again. You can go on with the others if they feel fine.</source>
        <translation>Ese ejercicio queda en pausa por ahora. Por favor, consulte a un médico o a un fisioterapeuta sobre el dolor antes de volver a hacerlo. Puede seguir con los demás si se siente bien.</translation>
    </message>
    <message>
        <location filename="../legapp/act/programme.py" line="234"/>
        <source>My programme</source>
        <translation>Mi programa</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="46"/>
        <source>Seated and supported</source>
        <translation>Sentado y con apoyo</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="47"/>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="48"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="49"/>
        <source>Stronger</source>
        <translation>Más fuerte</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="52"/>
        <source>two or more falls in the past year</source>
        <translation>dos o más caídas en el último año</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="53"/>
        <source>a fall that needed a doctor or hospital</source>
        <translation>una caída que necesitó médico u hospital</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="54"/>
        <source>a walking speed under 0.8 metres a second</source>
        <translation>una velocidad al caminar de menos de 0,8 metros por segundo</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="55"/>
        <source>a Timed Up and Go of 20 seconds or more</source>
        <translation>una prueba Levántese y Camine de 20 segundos o más</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="77"/>
        <source>From your SPPB score, the Vivifrail programme would start you at level {band}. In this app that is the {name} level.</source>
        <translation>Según su puntaje SPPB, el programa Vivifrail lo haría empezar en el nivel {band}. En esta aplicación, es el nivel {name}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="81"/>
        <source>From your chair stand and balance results, this app suggests the {name} level. This is the app&apos;s own rule, not a rule from a study.</source>
        <translation>Según sus resultados de levantarse de la silla y de equilibrio, esta aplicación sugiere el nivel {name}. Es una regla propia de la aplicación, no una regla de un estudio.</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="86"/>
        <source>Because of {why}, it adds extra balance practice, as Vivifrail does.</source>
        <translation>Por {why}, agrega más práctica de equilibrio, como hace Vivifrail.</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="89"/>
        <source>Your results show a high risk of falling. Please ask a physical therapist before you start.</source>
        <translation>Sus resultados muestran un riesgo alto de caerse. Por favor, consulte a un fisioterapeuta antes de empezar.</translation>
    </message>
    <message>
        <location filename="../legapp/act/start_level.py" line="91"/>
        <source>It is only a suggestion: you choose the level.</source>
        <translation>Es solo una sugerencia: usted elige el nivel.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="46"/>
        <source>My programme</source>
        <translation>Mi programa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="55"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="67"/>
        <source>Do the chair stand and balance test first</source>
        <translation>Primero haga la prueba de la silla y la de equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="72"/>
        <source>In the past year, did a fall need a doctor or a hospital?</source>
        <translation>En el último año, ¿alguna caída necesitó médico u hospital?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="74"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="75"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="82"/>
        <source>Which level would you like to start at?</source>
        <translation>¿En qué nivel quiere empezar?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="94"/>
        <source>Print the exercises for this level</source>
        <translation>Imprimir los ejercicios de este nivel</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="104"/>
        <source>Start my session</source>
        <translation>Empezar mi sesión</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="106"/>
        <source>Choose my days</source>
        <translation>Elegir mis días</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="111"/>
        <source>Yes, take this step</source>
        <translation>Sí, dar este paso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="113"/>
        <source>No, stay as I am</source>
        <translation>No, seguir como estoy</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="122"/>
        <source>Do the re-test</source>
        <translation>Repetir la prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="126"/>
        <source>My weeks</source>
        <translation>Mis semanas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="131"/>
        <source>Put my plan in my calendar</source>
        <translation>Poner mi plan en mi calendario</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="133"/>
        <source>Save a copy for a caregiver&apos;s calendar</source>
        <translation>Guardar una copia para el calendario de quien me cuida</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="137"/>
        <location filename="../legapp/qt/act/programme_page.py" line="248"/>
        <source>The file has one event for each of your days, every week, with a reminder 30 minutes before. Open it with your phone&apos;s or computer&apos;s calendar.</source>
        <translation>El archivo tiene un evento para cada uno de sus días, cada semana, con un aviso 30 minutos antes. Ábralo con el calendario de su teléfono o de su computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="143"/>
        <source>Everyone&apos;s week</source>
        <translation>La semana de cada persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="145"/>
        <source>Choose another level</source>
        <translation>Elegir otro nivel</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="170"/>
        <source>Your programme is kept for a saved person. Choose or add one first.</source>
        <translation>Su programa se guarda para una persona guardada. Primero elija o agregue una.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="176"/>
        <source>The programme of {0}</source>
        <translation>El programa de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="200"/>
        <source>Do the chair stand and the balance test, and the app can suggest a level to start at. Or choose one yourself.</source>
        <translation>Haga la prueba de levantarse de la silla y la de equilibrio, y la aplicación le puede sugerir un nivel para empezar. O elija uno usted.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="209"/>
        <source> (suggested)</source>
        <translation> (sugerido)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="218"/>
        <source> With extra balance practice.</source>
        <translation> Con más práctica de equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="219"/>
        <source>My level: {0}</source>
        <translation>Mi nivel: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="224"/>
        <source>Would you like to take it?</source>
        <translation>¿Quiere darlo?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="229"/>
        <source>It is time to do the chair stand and balance test again, to see how far you have come.</source>
        <translation>Es hora de repetir la prueba de levantarse de la silla y la de equilibrio, para ver cuánto ha avanzado.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="232"/>
        <source>Your next re-test of the chair stand and balance: {0}.</source>
        <translation>Su próxima prueba de la silla y de equilibrio: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="235"/>
        <source>Chair stand since you started: {0} stands, now {1}.</source>
        <translation>Levantarse de la silla desde que empezó: {0} veces, ahora {1}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="236"/>
        <source>Balance since you started: {0} positions held, now {1}.</source>
        <translation>Equilibrio desde que empezó: {0} posiciones sostenidas, ahora {1}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="250"/>
        <source>Choose your days first, and the app can put them in your calendar.</source>
        <translation>Primero elija sus días, y la aplicación los puede poner en su calendario.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="266"/>
        <source>Stopped for now, because it hurt: {0}. Ask a doctor or a physical therapist before you try it again.</source>
        <translation>En pausa por ahora, porque le dolió: {0}. Consulte a un médico o a un fisioterapeuta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="271"/>
        <source>Try {0} again</source>
        <translation>Volver a intentar {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/feel_step.py" line="31"/>
        <source>That could not be saved ({0}).</source>
        <translation>No se pudo guardar ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="303"/>
        <source>Print the exercises for the {0} level</source>
        <translation>Imprimir los ejercicios del nivel {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="339"/>
        <source>legapp exercise days, caregiver&apos;s copy</source>
        <translation>días de ejercicio de legapp, copia para quien cuida</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="340"/>
        <source>legapp exercise days</source>
        <translation>días de ejercicio de legapp</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="344"/>
        <source>Your plan is saved in the folder {0}, named “{1}”. Open it, and your calendar will ask to add the events.</source>
        <translation>Su plan está guardado en la carpeta {0}, con el nombre “{1}”. Ábralo, y su calendario le preguntará si quiere agregar los eventos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="347"/>
        <source>The calendar file could not be saved in {0}: {1}. Nothing there was changed. You can choose another place.</source>
        <translation>El archivo del calendario no se pudo guardar en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="350"/>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo del calendario</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="350"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="359"/>
        <source>Nothing is kept here. Choose a level, and print its exercises to take home.</source>
        <translation>Aquí no se guarda nada. Elija un nivel e imprima sus ejercicios para llevárselos a casa.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/programme_page.py" line="366"/>
        <source>If you did the chair stand and the balance test: after 0 stands or no position held, the Seated and supported level; below average or the third position not held, Gentle; otherwise Standard. This is the app&apos;s own rule. Ask a physical therapist if you are unsure.</source>
        <translation>Si hizo la prueba de la silla y la de equilibrio: con 0 veces o ninguna posición sostenida, el nivel Sentado y con apoyo; por debajo del promedio o sin sostener la tercera posición, Suave; si no, Normal. Es una regla propia de la aplicación. Consulte a un fisioterapeuta si tiene dudas.</translation>
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
        <location filename="../legapp/qt/act/protein_page.py" line="36"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="45"/>
        <source>Protein from food helps your muscles stay strong and grow back. Adults need about {{protein_per_kg}}. Older adults, and people who train, may need a little more. It works best spread over the day&apos;s meals.</source>
        <translation>La proteína de la comida ayuda a que sus músculos sigan fuertes y se recuperen. Los adultos necesitan más o menos de {{protein_per_kg}}. Las personas mayores, y quienes hacen ejercicio, pueden necesitar un poco más. Funciona mejor si la reparte entre las comidas del día.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="59"/>
        <source>Your weight</source>
        <translation>Su peso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="51"/>
        <location filename="../legapp/qt/act/protein_page.py" line="144"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="49"/>
        <source>Do you weigh yourself in kilograms or in pounds?</source>
        <translation>¿Se pesa usted en kilos o en libras?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="52"/>
        <location filename="../legapp/qt/act/protein_page.py" line="144"/>
        <source>pounds</source>
        <translation>libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="53"/>
        <source>In kilograms</source>
        <translation>En kilos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="54"/>
        <source>In pounds</source>
        <translation>En libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="73"/>
        <source>Meals a day</source>
        <translation>Comidas al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="75"/>
        <source>3 meals</source>
        <translation>3 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="75"/>
        <source>4 meals</source>
        <translation>4 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="80"/>
        <source>Work it out</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="96"/>
        <source>If you have kidney disease, ask your doctor before you eat more protein.</source>
        <translation>Si tiene una enfermedad de los riñones, pregunte a su médico antes de comer más proteína.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="99"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="145"/>
        <source>Your weight in kilograms</source>
        <translation>Su peso en kilos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="146"/>
        <source>Your weight in pounds</source>
        <translation>Su peso en libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="157"/>
        <source>Did you mean pounds? You typed {0} in the kilograms box.</source>
        <translation>¿Quería decir libras? Escribió {0} en la casilla de los kilos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="160"/>
        <source>Yes, {0} pounds</source>
        <translation>Sí, {0} libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="161"/>
        <source>No, {0} kg</source>
        <translation>No, {0} kg</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="215"/>
        <source>{0} to {1} grams of protein a day</source>
        <translation>De {0} a {1} gramos de proteína al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="217"/>
        <source>That is about {0} to {1} grams at each of your {2} meals.</source>
        <translation>Son más o menos de {0} a {1} gramos en cada una de sus {2} comidas.</translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="46"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="55"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../legapp/checks/questionnaire.py" line="62"/>
        <source>Please answer every question first.</source>
        <translation>Por favor, primero responda todas las preguntas.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="165"/>
        <source>Yes to {score} of {max} questions</source>
        <translation>Sí a {score} de {max} preguntas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="167"/>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="192"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="176"/>
        <source>With a score under {0}, doctors still ask about a fall in the past year.</source>
        <translation>Con un puntaje de menos de {0}, los médicos igual preguntan si hubo una caída en el último año.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="181"/>
        <source>One more question</source>
        <translation>Una pregunta más</translation>
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
        <location filename="../legapp/track/report.py" line="49"/>
        <source>{score} stands</source>
        <translation>{score} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="50"/>
        <source>{score} stand</source>
        <translation>{score} vez</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="51"/>
        <source>{score} of {max} positions held</source>
        <translation>{score} de {max} posiciones mantenidas</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="52"/>
        <location filename="../legapp/track/report.py" line="53"/>
        <source>{score} seconds</source>
        <translation>{score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="54"/>
        <location filename="../legapp/track/report.py" line="55"/>
        <location filename="../legapp/track/report.py" line="57"/>
        <location filename="../legapp/track/report.py" line="58"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="56"/>
        <source>{score} metres per second</source>
        <translation>{score} metros por segundo</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="59"/>
        <source>Yes: {score} of {max} asked</source>
        <translation>Sí: {score} de {max} preguntadas</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="60"/>
        <source>Not completed</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="61"/>
        <source>More than {score} seconds</source>
        <translation>Más de {score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="64"/>
        <source>fewer than {value} stands</source>
        <translation>menos de {value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="65"/>
        <source>{value} stands or less</source>
        <translation>{value} veces o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="66"/>
        <source>more than {value} stands</source>
        <translation>más de {value} veces</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="67"/>
        <source>{value} stands or more</source>
        <translation>{value} veces o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="68"/>
        <source>less than {value} seconds</source>
        <translation>menos de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="69"/>
        <source>{value} seconds or less</source>
        <translation>{value} segundos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="70"/>
        <source>more than {value} seconds</source>
        <translation>más de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="71"/>
        <source>{value} seconds or more</source>
        <translation>{value} segundos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="72"/>
        <source>the tandem stance held for less than {value} seconds</source>
        <translation>posición en tándem (un pie delante del otro) mantenida menos de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="74"/>
        <source>the tandem stance held for {value} seconds or less</source>
        <translation>posición en tándem (un pie delante del otro) mantenida {value} segundos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="76"/>
        <source>the tandem stance held for more than {value} seconds</source>
        <translation>posición en tándem (un pie delante del otro) mantenida más de {value} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="78"/>
        <source>the tandem stance held for {value} seconds or more</source>
        <translation>posición en tándem (un pie delante del otro) mantenida {value} segundos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="80"/>
        <source>fewer than {value} points</source>
        <translation>menos de {value} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="81"/>
        <source>{value} points or less</source>
        <translation>{value} puntos o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="82"/>
        <source>more than {value} points</source>
        <translation>más de {value} puntos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="83"/>
        <source>{value} points or more</source>
        <translation>{value} puntos o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="84"/>
        <source>{value} metres per second or less</source>
        <translation>{value} metros por segundo o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="85"/>
        <source>{value} or more yes answers</source>
        <translation>{value} o más respuestas de sí</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="87"/>
        <source>less than {value}</source>
        <translation>menos de {value}</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="88"/>
        <source>{value} or less</source>
        <translation>{value} o menos</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="89"/>
        <source>more than {value}</source>
        <translation>más de {value}</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="90"/>
        <source>{value} or more</source>
        <translation>{value} o más</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="91"/>
        <source>{rule}, for women aged {ages}</source>
        <translation>{rule}, en mujeres de {ages} años</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="92"/>
        <source>{rule}, for men aged {ages}</source>
        <translation>{rule}, en hombres de {ages} años</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="93"/>
        <source>{rule} (out of {max})</source>
        <translation>{rule} (de un total de {max})</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="94"/>
        <source>The cut-off used is {rule}.</source>
        <translation>Punto de corte usado: {rule}.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="95"/>
        <source>There is no cut-off for this age.</source>
        <translation>No hay punto de corte para esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/track/report.py" line="96"/>
        <source>This is education, not a diagnosis. The tests were done at home or at a community centre, not by a doctor. Please talk to your doctor about these results.</source>
        <translation>Esto es información educativa, no un diagnóstico. Las pruebas se hicieron en casa o en un centro comunitario, no las hizo un médico. Por favor, hable con su médico sobre estos resultados.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="59"/>
        <source>Leg strength and falls: my results</source>
        <translation>Fuerza de las piernas y caídas: mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="60"/>
        <source>{name}, born in {year}, woman. Report made on {made_on}.</source>
        <translation>{name}, mujer, nacida en {year}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="62"/>
        <source>{name}, born in {year}, man. Report made on {made_on}.</source>
        <translation>{name}, hombre, nacido en {year}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="63"/>
        <source>These are the results of self-tests of leg strength and balance, done with the legapp program. They are here to talk over with a doctor.</source>
        <translation>Estos son los resultados de pruebas de fuerza de las piernas y de equilibrio que la persona hizo por su cuenta con el programa legapp. Sirven para hablarlos con un médico.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="66"/>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="67"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="69"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="70"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="71"/>
        <source>Latest result, {when}</source>
        <translation>Último resultado: {when}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="72"/>
        <source>The time before, {when}: {score}. {meaning}.</source>
        <translation>La vez anterior, el {when}: {score}. {meaning}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="73"/>
        <source>This is the only result so far.</source>
        <translation>Por ahora, este es el único resultado.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="74"/>
        <source>Results kept for this test: {count}.</source>
        <translation>Resultados guardados de esta prueba: {count}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="75"/>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="76"/>
        <source>Rule used: {rule}.</source>
        <translation>Criterio usado: {rule}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="77"/>
        <source>Rule used: none. There is no cut-off for this age.</source>
        <translation>Criterio usado: ninguno. No hay punto de corte para esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="78"/>
        <source>Source: {source}.</source>
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="79"/>
        <source>No results are saved yet.</source>
        <translation>Todavía no hay resultados guardados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="80"/>
        <source>Answers to the checklist</source>
        <translation>Respuestas a la lista de preguntas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="81"/>
        <source>Answers to the checklist, {when}</source>
        <translation>Respuestas a la lista de preguntas del {when}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="82"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="83"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="84"/>
        <source>A note for the doctor: what each test measures</source>
        <translation>Nota para el médico: qué mide cada prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="85"/>
        <source>{name}, {made_on}. Page {page} of {pages}</source>
        <translation>{name}, {made_on}. Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="86"/>
        <source>Leg strength and falls: results of {name}</source>
        <translation>Fuerza de las piernas y caídas: resultados de {name}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="87"/>
        <source>Higher risk below this line</source>
        <translation>Más riesgo por debajo de esta línea</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="88"/>
        <source>Higher risk at or above this line</source>
        <translation>Más riesgo en esta línea o por encima</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="89"/>
        <source>The report could not be written.</source>
        <translation>No se pudo crear el informe.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="91"/>
        <source>Self-test results for the doctor: leg strength and falls</source>
        <translation>Para el médico: autopruebas de piernas y caídas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="93"/>
        <source>date of birth {born}</source>
        <translation>fecha de nacimiento {born}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="94"/>
        <source>born in {born}</source>
        <translation>nacida o nacido en {born}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="95"/>
        <source>{name}, woman, {born}. Report made on {made_on}.</source>
        <translation>{name}, mujer, {born}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="96"/>
        <source>{name}, man, {born}. Report made on {made_on}.</source>
        <translation>{name}, hombre, {born}. Informe hecho el {made_on}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="97"/>
        <source>Self-tests done at home with the legapp program, not measurements by a clinician. The latest result of each test; each test over time follows.</source>
        <translation>Autopruebas hechas en casa con el programa legapp, no mediciones de un profesional sanitario. El último resultado de cada prueba; después, su evolución.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="100"/>
        <source>Test (latest result)</source>
        <translation>Prueba (último resultado)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="101"/>
        <source>Date (age)</source>
        <translation>Fecha (edad)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="102"/>
        <source>Result and flag</source>
        <translation>Resultado y alerta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="103"/>
        <source>Cut-off; source</source>
        <translation>Punto de corte; fuente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="104"/>
        <source>How it was done</source>
        <translation>Cómo se hizo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="105"/>
        <source>{date} (age {age})</source>
        <translation>{date} (edad {age})</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="106"/>
        <source>In the person&apos;s own words: their answers about falls</source>
        <translation>En sus propias palabras, sobre caídas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="107"/>
        <source>Each test over time, as the person was told it</source>
        <translation>Cada prueba a lo largo del tiempo, tal como se le explicó a la persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="108"/>
        <source>Called “{title}” in legapp.</source>
        <translation>En legapp se llama «{title}».</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="109"/>
        <source>What the results say together</source>
        <translation>Lo que dicen los resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="110"/>
        <source>({day})</source>
        <translation>({day})</translation>
    </message>
    <message>
        <location filename="../legapp/qt/report_pdf.py" line="111"/>
        <source>No test found a problem.</source>
        <translation>Ninguna prueba encontró un problema.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="39"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="39"/>
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
        <location filename="../legapp/qt/check/result_view.py" line="140"/>
        <source>No score</source>
        <translation>Sin resultado</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="104"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="146"/>
        <location filename="../legapp/qt/track/results_page.py" line="275"/>
        <location filename="../legapp/qt/track/results_page.py" line="319"/>
        <source>Your results could not be read ({0}).</source>
        <translation>No se pudieron leer sus resultados ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="148"/>
        <source>You are a guest, so no results are kept. Choose or add a person to keep their results.</source>
        <translation>Usted es visitante, así que no se guardan resultados. Elija o agregue una persona para guardar sus resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="150"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="152"/>
        <source>Results for {0}</source>
        <translation>Resultados de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="153"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="155"/>
        <source>No results yet. Do a check and its result is kept here.</source>
        <translation>Todavía no hay resultados. Haga una prueba y su resultado se guardará aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="157"/>
        <source>Go to the checks</source>
        <translation>Ir a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="163"/>
        <source>What their results say together</source>
        <translation>Lo que dicen sus resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="164"/>
        <source>What my results say together</source>
        <translation>Lo que dicen mis resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="181"/>
        <source>A higher risk: {0}.</source>
        <translation>Más riesgo: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="182"/>
        <source>There is no number to compare with at this age.</source>
        <translation>No hay un número para comparar a esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="189"/>
        <source>{0} older results are not shown here. They are in the report and the spreadsheet.</source>
        <translation>Aquí no se muestran los resultados más antiguos ({0}). Están en el informe y en la hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="210"/>
        <source>From the three tests done on {0}: {1} of 12 points (balance {2}, walking {3}, chair stands {4}). 8 or less is low.</source>
        <translation>Con las tres pruebas hechas el {0}: {1} de 12 puntos (equilibrio {2}, caminata {3}, levantadas de la silla {4}). 8 o menos es bajo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="216"/>
        <source>{0}: {1} of 4 points</source>
        <translation>{0}: {1} de 4 puntos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="217"/>
        <source>balance</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="217"/>
        <source>walking</source>
        <translation>caminata</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="218"/>
        <source>chair stands</source>
        <translation>levantadas de la silla</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="219"/>
        <source>On {0}: {1}. The total needs all three tests on the same day.</source>
        <translation>El {0}: {1}. Para el total hacen falta las tres pruebas el mismo día.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="221"/>
        <source>Three tests together (SPPB)</source>
        <translation>Tres pruebas juntas (SPPB)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>Delete this result?</source>
        <translation>¿Borrar este resultado?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="242"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation>No se pudo hacer ({0}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="278"/>
        <source>legapp report</source>
        <translation>Informe de legapp</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/track/results_page.py" line="281"/>
        <source>The report (%n page(s)) is saved in the folder {1}, named “{2}”. Only you can open it on this computer.</source>
        <translation>
            <numerusform>El informe (%n página) está guardado en la carpeta {1}, con el nombre «{2}». Solo usted puede abrirlo en esta computadora.</numerusform>
            <numerusform>El informe (%n páginas) está guardado en la carpeta {1}, con el nombre «{2}». Solo usted puede abrirlo en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="285"/>
        <source>The report could not be saved in {0}: {1}. Nothing there was changed. You can choose another place, such as a USB stick.</source>
        <translation>No se pudo guardar el informe en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="287"/>
        <source>Save the report for the doctor</source>
        <translation>Guardar el informe para el médico</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="287"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="293"/>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="299"/>
        <source>legapp results</source>
        <translation>Resultados de legapp</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="302"/>
        <source>The spreadsheet is saved in the folder {0}, named “{1}”. Only you can open it on this computer.</source>
        <translation>La hoja de cálculo está guardada en la carpeta {0}, con el nombre «{1}». Solo usted puede abrirla en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="305"/>
        <source>The spreadsheet could not be saved in {0}: {1}. Nothing there was changed. You can choose another place, such as a USB stick.</source>
        <translation>No se pudo guardar la hoja de cálculo en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="308"/>
        <source>Save the results as a spreadsheet</source>
        <translation>Guardar los resultados como hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="308"/>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="323"/>
        <source>legapp results for the clinic</source>
        <translation>resultados de legapp para la clínica</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="326"/>
        <source>The file for the clinic is saved in the folder {0}, named “{1}”. Give it to your doctor&apos;s office, for example on a USB stick; it is not sent anywhere. Only you can open it on this computer.</source>
        <translation>El archivo para la clínica está guardado en la carpeta {0}, con el nombre «{1}». Llévelo a la consulta de su médico, por ejemplo en una memoria USB; no se envía a ninguna parte. Solo usted puede abrirlo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="330"/>
        <source>The file for the clinic could not be saved in {0}: {1}. Nothing there was changed. You can choose another place, such as a USB stick.</source>
        <translation>El archivo para la clínica no se pudo guardar en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar, como una memoria USB.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="333"/>
        <source>Save the results for the clinic&apos;s computer</source>
        <translation>Guardar los resultados para la computadora de la clínica</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="333"/>
        <source>FHIR files (*.json)</source>
        <translation>Archivos FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="220"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="220"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="229"/>
        <source>Which check&apos;s results</source>
        <translation>Resultados de qué prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="230"/>
        <source>Do a check</source>
        <translation>Hacer una prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="266"/>
        <source>No results to show yet. Do a check while {0} is chosen, and the results will show here over time.</source>
        <translation>Todavía no hay resultados. Haga una prueba a nombre de {0}, y con el tiempo aquí verá los resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="268"/>
        <source>No results to show: you are a guest, and a guest&apos;s results are not kept. Choose a person in My results, then do a check.</source>
        <translation>No hay resultados: usted es visitante, y los resultados de un visitante no se guardan. Elija una persona en Mis resultados y luego haga una prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="285"/>
        <source>Higher risk below this line</source>
        <translation>Más riesgo por debajo de esta línea</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="286"/>
        <source>Higher risk at or above this line</source>
        <translation>Más riesgo en esta línea o por encima</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="292"/>
        <source>{0} not completed (not shown).</source>
        <translation>Sin terminar (no se muestran): {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="313"/>
        <source>Programme start</source>
        <translation>Inicio del programa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="317"/>
        <source>Since your programme started: from {0} to {1}.</source>
        <translation>Desde que empezó su programa: de {0} a {1}.</translation>
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
        <location filename="../legapp/qt/run/run_view.py" line="241"/>
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
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="229"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/run_view.py" line="231"/>
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>%n segundo hasta ahora</numerusform>
            <numerusform>%n segundos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="241"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/run_view.py" line="243"/>
        <source>Paused. The clock waits until you press Go on.</source>
        <translation>En pausa. El reloj espera hasta que toque Seguir.</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="90"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="91"/>
        <location filename="../legapp/qt/run/safety_step.py" line="187"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="93"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="117"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="122"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="122"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="187"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/run/safety_step.py" line="192"/>
        <location filename="../legapp/qt/run/safety_step.py" line="196"/>
        <source>Answer this question to go on.</source>
        <translation>Responda a esta pregunta para seguir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/run/safety_step.py" line="198"/>
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
        <location filename="../legapp/qt/saving.py" line="228"/>
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
    <message>
        <location filename="../legapp/assess/performance.py" line="27"/>
        <source>The time must be a number of seconds.</source>
        <translation>El tiempo debe ser un número de segundos.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/performance.py" line="30"/>
        <source>The time must be more than 0 seconds.</source>
        <translation>El tiempo debe ser de más de 0 segundos.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/performance.py" line="32"/>
        <source>The time cannot be more than {longest} seconds.</source>
        <translation>El tiempo no puede ser de más de {longest} segundos.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/performance.py" line="40"/>
        <source>The length of the walk must be a number of metres from more than 0 to {longest}.</source>
        <translation>El largo de la caminata debe ser un número de metros de más de 0 hasta {longest}.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/performance.py" line="104"/>
        <source>The SPPB walk is {courses} metres long.</source>
        <translation>La caminata del SPPB mide {courses} metros.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/screening.py" line="32"/>
        <source>The answer to &quot;{item}&quot; must be a whole number from {low} to {high}.</source>
        <translation>La respuesta a «{item}» debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/screening.py" line="50"/>
        <source>The answer to &quot;{item}&quot; must be yes, no or not asked.</source>
        <translation>La respuesta a «{item}» debe ser sí, no o sin preguntar.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/screening.py" line="63"/>
        <source>The question about a fall in the past year needs an answer.</source>
        <translation>La pregunta sobre una caída en el último año necesita una respuesta.</translation>
    </message>
    <message>
        <location filename="../legapp/assess/screening.py" line="84"/>
        <source>The checklist total must be a whole number from 0 to {high}.</source>
        <translation>El total de la lista debe ser un número entero de 0 a {high}.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../legapp/qt/routes.py" line="48"/>
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
        <location filename="../legapp/qt/search_page.py" line="88"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="88"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="88"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="89"/>
        <source>Check</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="89"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="90"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
</context>
<context>
    <name>SeePage</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="331"/>
        <source>See the numbers</source>
        <translation>Ver los números</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="341"/>
        <source>Muscle with age</source>
        <translation>El músculo con la edad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="341"/>
        <source>Weeks in bed</source>
        <translation>Semanas en cama</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="342"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="348"/>
        <source>Which chart</source>
        <translation>Qué gráfico ver</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="434"/>
        <source>The picture could not be made.</source>
        <translation>No se pudo hacer la imagen.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="439"/>
        <source>legapp chart</source>
        <translation>Gráfico de legapp</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="442"/>
        <source>The chart is saved in the folder {0}, named “{1}”.</source>
        <translation>El gráfico está guardado en la carpeta {0}, con el nombre «{1}».</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="445"/>
        <source>The chart could not be saved in {0}: {1}. Nothing there was changed. You can choose another place.</source>
        <translation>No se pudo guardar el gráfico en {0}: {1}. No se cambió nada allí. Puede elegir otro lugar.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="447"/>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="447"/>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="116"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="253"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="267"/>
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
        <location filename="../legapp/qt/act/sessions_page.py" line="219"/>
        <source>Exercise {0} of {1} – about 1 minute left</source>
        <translation>Ejercicio {0} de {1} – queda más o menos 1 minuto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="220"/>
        <source>Exercise {0} of {1} – about {2} minutes left</source>
        <translation>Ejercicio {0} de {1} – quedan unos {2} minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="222"/>
        <source>About 1 minute left</source>
        <translation>Queda más o menos 1 minuto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="222"/>
        <source>About {2} minutes left</source>
        <translation>Quedan unos {2} minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="225"/>
        <source>Skip the warm-up</source>
        <translation>Saltar el calentamiento</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="226"/>
        <source>Skip the cool-down</source>
        <translation>Saltar la vuelta a la calma</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="256"/>
        <source>You stopped the session</source>
        <translation>Ha parado la sesión</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="257"/>
        <source>Here is what you did. Every bit counts.</source>
        <translation>Esto es lo que hizo. Todo cuenta.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="258"/>
        <source>You stopped before the first exercise. You can start again whenever you like.</source>
        <translation>Paró antes del primer ejercicio. Puede empezar de nuevo cuando quiera.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="265"/>
        <source>You finished today&apos;s session of your programme. Your legs will thank you.</source>
        <translation>Terminó la sesión de hoy de su programa. Sus piernas se lo agradecerán.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="266"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="262"/>
        <source>You finished the {0} session. Your legs will thank you.</source>
        <translation>Terminó la sesión {0}. Sus piernas se lo agradecerán.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="263"/>
        <source>your own</source>
        <translation>que usted armó</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../legapp/settings.py" line="101"/>
        <source>Your settings could not be read ({why}). Using the defaults.</source>
        <translation>No se pudo leer su configuración ({why}). Se usa la configuración inicial.</translation>
    </message>
    <message>
        <location filename="../legapp/settings.py" line="116"/>
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
    <name>SppbPage</name>
    <message>
        <location filename="../legapp/qt/check/sppb_page.py" line="35"/>
        <source>Three tests together (SPPB)</source>
        <translation>Tres pruebas juntas (SPPB)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/sppb_page.py" line="52"/>
        <source>Part {0} of 3 is done: {1}. Next: {2}.</source>
        <translation>Ya terminó la parte {0} de 3: {1}. Ahora sigue: {2}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/sppb_page.py" line="85"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
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
    <name>StandardNames</name>
    <message>
        <location filename="../legapp/track/codes.py" line="43"/>
        <source>CDC STEADI 30-Second Chair Stand</source>
        <translation>Levantarse de la silla en 30 segundos (CDC STEADI)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="45"/>
        <source>4-Stage Balance Test (CDC STEADI)</source>
        <translation>Equilibrio en 4 posiciones (CDC STEADI)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="47"/>
        <source>Timed Up and Go (TUG)</source>
        <translation>Timed Up and Go (TUG)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="49"/>
        <source>Five Times Sit-to-Stand (5xSTS)</source>
        <translation>Levantarse de la silla cinco veces (5xSTS)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="51"/>
        <source>4-metre walk, usual pace (gait speed)</source>
        <translation>Marcha de 4 metros, paso habitual (velocidad)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="53"/>
        <source>Short Physical Performance Battery (SPPB)</source>
        <translation>Batería corta de desempeño físico (SPPB)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="55"/>
        <source>CDC STEADI Stay Independent checklist</source>
        <translation>Cuestionario Stay Independent (CDC STEADI)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="57"/>
        <source>SARC-F</source>
        <translation>SARC-F</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="59"/>
        <source>Short FES-I (fear of falling)</source>
        <translation>Short FES-I (miedo a caerse)</translation>
    </message>
    <message>
        <location filename="../legapp/track/codes.py" line="61"/>
        <source>CDC STEADI three key questions</source>
        <translation>Tres preguntas clave (CDC STEADI)</translation>
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
    <name>TakeHome</name>
    <message>
        <location filename="../legapp/act/take_home.py" line="17"/>
        <source>My leg exercises: the {level} level</source>
        <translation>Mis ejercicios de piernas: el nivel {level}</translation>
    </message>
    <message>
        <location filename="../legapp/act/take_home.py" line="21"/>
        <source>Do these 2 or 3 days a week, with a day of rest in between. Keep a sturdy chair close by. Stop if you feel pain, dizziness or chest pain, and ask your doctor.</source>
        <translation>Hágalos 2 o 3 días por semana, con un día de descanso entre uno y otro. Tenga una silla firme cerca. Pare si siente dolor, mareo o dolor en el pecho, y consulte a su médico.</translation>
    </message>
    <message>
        <location filename="../legapp/act/take_home.py" line="27"/>
        <source>{sets} x {reps} times</source>
        <translation>{sets} x {reps} veces</translation>
    </message>
    <message>
        <location filename="../legapp/act/take_home.py" line="30"/>
        <source>{sets} x {seconds} seconds</source>
        <translation>{sets} x {seconds} segundos</translation>
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
        <location filename="../legapp/qt/check/timed_check_page.py" line="62"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="74"/>
        <source>That time was not scored. Start again when you are ready.</source>
        <translation>Ese tiempo no se contó. Empiece otra vez cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="193"/>
        <source>You stopped the test, so nothing was scored. You can start again when you are ready.</source>
        <translation>Usted paró la prueba, así que no hay resultado. Puede empezar otra vez cuando quiera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../legapp/qt/check/timed_check_page.py" line="256"/>
        <source>{score} stand(s)</source>
        <translation>
            <numerusform>{score} vez</numerusform>
            <numerusform>{score} veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="257"/>
        <location filename="../legapp/qt/check/timed_check_page.py" line="258"/>
        <source>{score} seconds</source>
        <translation>{score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="258"/>
        <source>{score} of 4 positions held</source>
        <translation>Aguantó {score} de 4 posiciones</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="261"/>
        <source>Not completed</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="311"/>
        <source>{0}, for a short room</source>
        <translation>{0}, para una habitación corta</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="338"/>
        <source>{score} metres a second</source>
        <translation>{score} metros por segundo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="340"/>
        <source>{score} metres a second ({0} feet a second)</source>
        <translation>{score} metros por segundo ({0} pies por segundo)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/timed_check_page.py" line="359"/>
        <source>With the balance test, the walk and the five chair stands done today, the SPPB score is {0} of 12 points (balance {1}, walking {2}, chair stands {3}). 8 or less is low physical performance.</source>
        <translation>Con la prueba de equilibrio, la caminata y las cinco levantadas de la silla hechas hoy, el puntaje del SPPB es {0} de 12 puntos (equilibrio {1}, caminata {2}, levantadas de la silla {3}). 8 o menos es bajo rendimiento físico.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../legapp/act/today.py" line="22"/>
        <source>You did your session today. Well done.</source>
        <translation>Hoy ya hizo su sesión. Muy bien.</translation>
    </message>
    <message>
        <location filename="../legapp/act/today.py" line="23"/>
        <source>Today is one of your exercise days: the {level} session.</source>
        <translation>Hoy es uno de sus días de ejercicio: la sesión {level}.</translation>
    </message>
    <message>
        <location filename="../legapp/act/today.py" line="26"/>
        <source>It is time to do the chair stand and balance test again, to see how far you have come.</source>
        <translation>Es hora de repetir la prueba de levantarse de la silla y la de equilibrio, para ver cuánto ha avanzado.</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <location filename="../legapp/qt/act/today_card.py" line="48"/>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
</context>
<context>
    <name>Together</name>
    <message>
        <location filename="../legapp/checks/together.py" line="224"/>
        <source>Talk to your doctor about your leg strength: weak legs can be a sign of muscle loss (sarcopenia). Then start leg-strength exercises with the guided sessions in “Keep your legs strong”.</source>
        <translation>Hable con su médico sobre la fuerza de sus piernas: unas piernas débiles pueden ser señal de pérdida de músculo (sarcopenia). Luego empiece ejercicios de fuerza para las piernas con las sesiones guiadas de “Mantenga sus piernas fuertes”.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="228"/>
        <source>Help them talk to their doctor about their leg strength: weak legs can be a sign of muscle loss (sarcopenia). Then help them start leg-strength exercises with the guided sessions in “Keep your legs strong”.</source>
        <translation>Ayúdele a hablar con su médico sobre la fuerza de sus piernas: unas piernas débiles pueden ser señal de pérdida de músculo (sarcopenia). Luego ayúdele a empezar ejercicios de fuerza para las piernas con las sesiones guiadas de “Mantenga sus piernas fuertes”.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="233"/>
        <source>Start leg-strength exercises with the guided sessions in “Keep your legs strong”, and tell your doctor about this result at your next visit.</source>
        <translation>Empiece ejercicios de fuerza para las piernas con las sesiones guiadas de “Mantenga sus piernas fuertes”, y cuéntele a su médico este resultado en su próxima consulta.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="236"/>
        <source>Help them start leg-strength exercises with the guided sessions in “Keep your legs strong”, and tell their doctor about this result at the next visit.</source>
        <translation>Ayúdele a empezar ejercicios de fuerza para las piernas con las sesiones guiadas de “Mantenga sus piernas fuertes”, y cuéntenle a su médico este resultado en la próxima consulta.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="240"/>
        <source>Ask your doctor to send you to a physical therapist for balance training, or join a balance class such as Tai Chi. The balance exercises in “Keep your legs strong” help too.</source>
        <translation>Pida a su médico que le envíe a un fisioterapeuta para entrenar el equilibrio, o únase a una clase de equilibrio como el taichí. Los ejercicios de equilibrio de “Mantenga sus piernas fuertes” también ayudan.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="244"/>
        <source>Ask their doctor to send them to a physical therapist for balance training, or help them join a balance class such as Tai Chi. The balance exercises in “Keep your legs strong” help too.</source>
        <translation>Pida a su médico que le envíe a un fisioterapeuta para entrenar el equilibrio, o ayúdele a unirse a una clase de equilibrio como el taichí. Los ejercicios de equilibrio de “Mantenga sus piernas fuertes” también ayudan.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="249"/>
        <source>Show this result to your doctor, and ask about a physical therapist who can help with walking and balance.</source>
        <translation>Muestre este resultado a su médico, y pregunte por un fisioterapeuta que pueda ayudarle a caminar y con el equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="252"/>
        <source>Show this result to their doctor, and ask about a physical therapist who can help them with walking and balance.</source>
        <translation>Muestren este resultado a su médico, y pregunten por un fisioterapeuta que pueda ayudarle a caminar y con el equilibrio.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="256"/>
        <source>Show this result to your doctor. A low score means your legs, balance and walking all need care; a physical therapist can make a plan with you.</source>
        <translation>Muestre este resultado a su médico. Un puntaje bajo quiere decir que sus piernas, su equilibrio y su forma de caminar necesitan atención; un fisioterapeuta puede hacer un plan con usted.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="259"/>
        <source>Show this result to their doctor. A low score means their legs, balance and walking all need care; a physical therapist can make a plan with them.</source>
        <translation>Muestren este resultado a su médico. Un puntaje bajo quiere decir que sus piernas, su equilibrio y su forma de caminar necesitan atención; un fisioterapeuta puede hacer un plan con esa persona.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="263"/>
        <source>See your doctor: your answers point to muscle loss (sarcopenia), and a doctor can check it.</source>
        <translation>Consulte a su médico: sus respuestas indican pérdida de músculo (sarcopenia), y un médico puede revisarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="266"/>
        <source>Help them see their doctor: their answers point to muscle loss (sarcopenia), and a doctor can check it.</source>
        <translation>Ayúdele a consultar a su médico: sus respuestas indican pérdida de músculo (sarcopenia), y un médico puede revisarlo.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="270"/>
        <source>Tell your doctor that you worry about falling. Gentle balance and strength exercises (in “Keep your legs strong”) build confidence as well as strength.</source>
        <translation>Cuéntele a su médico que le preocupa caerse. Los ejercicios suaves de equilibrio y fuerza (en “Mantenga sus piernas fuertes”) dan confianza además de fuerza.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="273"/>
        <source>Tell their doctor that they worry about falling. Gentle balance and strength exercises (in “Keep your legs strong”) build confidence as well as strength.</source>
        <translation>Cuéntenle a su médico que a esa persona le preocupa caerse. Los ejercicios suaves de equilibrio y fuerza (en “Mantenga sus piernas fuertes”) dan confianza además de fuerza.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="277"/>
        <source>Fix what is still open on your home safety check, one thing at a time.</source>
        <translation>Arregle lo que falta de su revisión de seguridad en casa, una cosa a la vez.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="279"/>
        <source>Help them fix what is still open on their home safety check, one thing at a time.</source>
        <translation>Ayúdele a arreglar lo que falta de su revisión de seguridad en casa, una cosa a la vez.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="293"/>
        <source>This result is more than six months old: do the check again first.</source>
        <translation>Este resultado tiene más de seis meses: primero vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="295"/>
        <source>This result is more than six months old: do the check again with them first.</source>
        <translation>Este resultado tiene más de seis meses: primero vuelvan a hacer la prueba juntos.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="313"/>
        <source>Talk to your doctor about your risk of falling, and do the checks of strength, balance and walking that are still missing.</source>
        <translation>Hable con su médico sobre su riesgo de caerse, y haga las pruebas de fuerza, equilibrio y marcha que todavía faltan.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="316"/>
        <source>Help them talk to their doctor about their risk of falling, and do the checks of strength, balance and walking that are still missing.</source>
        <translation>Ayúdele a hablar con su médico sobre su riesgo de caerse, y hagan las pruebas de fuerza, equilibrio y marcha que todavía faltan.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="319"/>
        <source>Talk to your doctor about your risk of falling.</source>
        <translation>Hable con su médico sobre su riesgo de caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="321"/>
        <source>Help them talk to their doctor about their risk of falling.</source>
        <translation>Ayúdele a hablar con su médico sobre su riesgo de caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="325"/>
        <source>Take this page to your doctor: it shows what to work on. The steps below say whom to see for each.</source>
        <translation>Lleve esta página a su médico: muestra en qué trabajar. Los pasos de abajo dicen a quién consultar en cada caso.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="328"/>
        <source>Take this page to their doctor: it shows what to work on. The steps below say whom to see for each.</source>
        <translation>Lleven esta página a su médico: muestra en qué trabajar. Los pasos de abajo dicen a quién consultar en cada caso.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="333"/>
        <source>Answer the questions about falls (the checklist in Check) so the app can tell whether you may be at risk.</source>
        <translation>Conteste las preguntas sobre caídas (la lista en Pruebas) para que la aplicación pueda decir si usted podría estar en riesgo.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="336"/>
        <source>Answer the questions about falls with them (the checklist in Check) so the app can tell whether they may be at risk.</source>
        <translation>Contesten juntos las preguntas sobre caídas (la lista en Pruebas) para que la aplicación pueda decir si esa persona podría estar en riesgo.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="340"/>
        <source>Nothing here needs care now. Keep active, and do the checks again in six months.</source>
        <translation>Por ahora nada de esto necesita atención. Manténgase activo, y vuelva a hacer las pruebas dentro de seis meses.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together.py" line="342"/>
        <source>Nothing here needs care now. Help them keep active, and do the checks again in six months.</source>
        <translation>Por ahora nada de esto necesita atención. Ayúdele a mantenerse activo, y vuelvan a hacer las pruebas dentro de seis meses.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="38"/>
        <source>your doctor</source>
        <translation>su médico</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="39"/>
        <source>a physical therapist</source>
        <translation>un fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="40"/>
        <source>an exercise programme (“Keep your legs strong” in this app)</source>
        <translation>un programa de ejercicios (“Mantenga sus piernas fuertes” en esta aplicación)</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="42"/>
        <location filename="../legapp/track/summary.py" line="302"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="57"/>
        <source>Leg strength: {count} stands in the 30-second chair stand, below average for your age.</source>
        <translation>Fuerza de las piernas: {count} veces de pie en la prueba de la silla de 30 segundos, menos que el promedio para su edad.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="59"/>
        <source>Leg strength: {count} stands in the 30-second chair stand, below average for their age.</source>
        <translation>Fuerza de las piernas: {count} veces de pie en la prueba de la silla de 30 segundos, menos que el promedio para la edad de esa persona.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="63"/>
        <source>Leg strength: you needed your arms to stand up from the chair.</source>
        <translation>Fuerza de las piernas: necesitó los brazos para levantarse de la silla.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="64"/>
        <source>Leg strength: they needed their arms to stand up from the chair.</source>
        <translation>Fuerza de las piernas: esa persona necesitó los brazos para levantarse de la silla.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="66"/>
        <source>Leg strength: five stands took {seconds} seconds ({line} seconds or more means a higher risk of falls).</source>
        <translation>Fuerza de las piernas: levantarse cinco veces tomó {seconds} segundos ({line} segundos o más quiere decir un riesgo mayor de caídas).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="70"/>
        <source>Leg strength: five stands took {seconds} seconds (more than {line} seconds means low leg strength, and a higher risk of falls).</source>
        <translation>Fuerza de las piernas: levantarse cinco veces tomó {seconds} segundos (más de {line} segundos quiere decir poca fuerza en las piernas y un riesgo mayor de caídas).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="74"/>
        <source>Leg strength: the five stands could not be finished.</source>
        <translation>Fuerza de las piernas: no se pudo terminar de levantarse cinco veces.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="76"/>
        <source>Balance: the heel-to-toe stance was not held for {seconds} seconds.</source>
        <translation>Equilibrio: no se mantuvo un pie delante del otro (talón con punta) durante {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="79"/>
        <source>Walking: the Timed Up and Go took {seconds} seconds ({line} seconds or more means a higher risk of falls).</source>
        <translation>Marcha: la prueba “Levántese y camine” tomó {seconds} segundos ({line} segundos o más quiere decir un riesgo mayor de caídas).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="83"/>
        <source>Walking: a speed of {speed} metres a second ({line} or less is slow walking).</source>
        <translation>Marcha: una velocidad de {speed} metros por segundo ({line} o menos es caminar despacio).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="86"/>
        <source>Walking: the walk could not be finished.</source>
        <translation>Marcha: no se pudo terminar la caminata.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="87"/>
        <source>Legs, balance and walking together (SPPB): {total} points ({line} or less is low).</source>
        <translation>Piernas, equilibrio y marcha juntos (SPPB): {total} puntos ({line} o menos es bajo).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="90"/>
        <source>Muscle loss: {total} points on the SARC-F questions ({line} or more means muscle loss is likely).</source>
        <translation>Pérdida de músculo: {total} puntos en las preguntas SARC-F ({line} o más quiere decir que es probable que haya pérdida de músculo).</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="95"/>
        <source>Fear of falling: you are somewhat worried about falling.</source>
        <translation>Miedo a caerse: le preocupa algo caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="96"/>
        <source>Fear of falling: they are somewhat worried about falling.</source>
        <translation>Miedo a caerse: a esa persona le preocupa algo caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="98"/>
        <source>Fear of falling: you are very worried about falling.</source>
        <translation>Miedo a caerse: le preocupa mucho caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="99"/>
        <source>Fear of falling: they are very worried about falling.</source>
        <translation>Miedo a caerse: a esa persona le preocupa mucho caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="100"/>
        <source>Home safety: still to fix at home: {count}.</source>
        <translation>Seguridad en casa: cosas por arreglar en casa: {count}.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="121"/>
        <source>your answers to the checklist “Check your risk for falling”</source>
        <translation>sus respuestas a la lista “Revise su riesgo de caerse”</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="123"/>
        <source>you fell in the past year</source>
        <translation>se cayó en el último año</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="124"/>
        <source>you feel unsteady when you stand or walk</source>
        <translation>se siente inestable al estar de pie o al caminar</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="125"/>
        <source>you worry about falling</source>
        <translation>le preocupa caerse</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="126"/>
        <source>their answers to the checklist “Check your risk for falling”</source>
        <translation>sus respuestas a la lista “Revise su riesgo de caerse”</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="128"/>
        <source>they fell in the past year</source>
        <translation>se cayó en el último año</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="129"/>
        <source>they feel unsteady when they stand or walk</source>
        <translation>se siente inestable al estar de pie o al caminar</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="130"/>
        <source>they worry about falling</source>
        <translation>le preocupa caerse</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="140"/>
        <source>You have not answered the questions about falls yet.</source>
        <translation>Todavía no contestó las preguntas sobre caídas.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="141"/>
        <source>They have not answered the questions about falls yet.</source>
        <translation>Esa persona todavía no contestó las preguntas sobre caídas.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="143"/>
        <source>Your answers about falls do not show a higher risk of falling.</source>
        <translation>Sus respuestas sobre caídas no muestran un riesgo mayor de caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="145"/>
        <source>Their answers about falls do not show a higher risk of falling.</source>
        <translation>Las respuestas de esa persona sobre caídas no muestran un riesgo mayor de caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="147"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="148"/>
        <source>You may be at risk of falling (the CDC&apos;s STEADI screen). Why: {why}.</source>
        <translation>Usted podría estar en riesgo de caerse (evaluación STEADI de los CDC). Por qué: {why}.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="150"/>
        <source>They may be at risk of falling (the CDC&apos;s STEADI screen). Why: {why}.</source>
        <translation>Esa persona podría estar en riesgo de caerse (evaluación STEADI de los CDC). Por qué: {why}.</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="156"/>
        <source>the 30-second chair stand</source>
        <translation>la prueba de la silla de 30 segundos</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="157"/>
        <source>five times sit to stand</source>
        <translation>levantarse cinco veces de la silla</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="158"/>
        <source>the 4-stage balance test</source>
        <translation>la prueba de equilibrio en cuatro posiciones</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="159"/>
        <source>the Timed Up and Go</source>
        <translation>la prueba “Levántese y camine”</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="160"/>
        <source>the walking speed test</source>
        <translation>la prueba de velocidad al caminar</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="161"/>
        <source>the SPPB</source>
        <translation>el SPPB</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="162"/>
        <source>the SARC-F questions</source>
        <translation>las preguntas SARC-F</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="163"/>
        <source>the questions about fear of falling</source>
        <translation>las preguntas sobre el miedo a caerse</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="164"/>
        <source>the home safety check</source>
        <translation>la revisión de seguridad en casa</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="165"/>
        <source>leg strength</source>
        <translation>fuerza de las piernas</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="166"/>
        <source>balance</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/checks/together_words.py" line="167"/>
        <source>walking</source>
        <translation>marcha</translation>
    </message>
</context>
<context>
    <name>TogetherPage</name>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="92"/>
        <location filename="../legapp/qt/track/together_page.py" line="119"/>
        <source>What my results say together</source>
        <translation>Lo que dicen mis resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="118"/>
        <source>What their results say together</source>
        <translation>Lo que dicen sus resultados en conjunto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="127"/>
        <source>Your results could not be read ({0}).</source>
        <translation>No se pudieron leer sus resultados ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="134"/>
        <source>Results for {0}</source>
        <translation>Resultados de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="135"/>
        <source>You are a guest, so no results are kept.</source>
        <translation>Usted es visitante, así que no se guardan resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="138"/>
        <source>These answers are more than six months old: answer the questions about falls again.</source>
        <translation>Estas respuestas tienen más de seis meses: vuelva a contestar las preguntas sobre caídas.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="148"/>
        <source>Not checked yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="151"/>
        <source>Do these again (more than six months old)</source>
        <translation>Vuelva a hacer estas pruebas (tienen más de seis meses)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="153"/>
        <source>{0}, done on {1}</source>
        <translation>{0}, hecha el {1}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="155"/>
        <source>This is education, not a diagnosis. Your doctor can tell you what these results mean for you.</source>
        <translation>Esto es información, no un diagnóstico. Su médico puede decirle qué significan estos resultados para usted.</translation>
    </message>
</context>
<context>
    <name>TogetherStep</name>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="71"/>
        <source>◀ Back to my results</source>
        <translation>◀ Volver a mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/together_page.py" line="72"/>
        <source>Go to the checks</source>
        <translation>Ir a las pruebas</translation>
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
        <location filename="../legapp/qt/topic_page.py" line="78"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="79"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="80"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="104"/>
        <source>Key points</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="109"/>
        <source>Read next</source>
        <translation>Para seguir leyendo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="114"/>
        <source>Where this comes from</source>
        <translation>De dónde viene esto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="126"/>
        <source>Previous topic</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="127"/>
        <source>Next topic</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="131"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>TriesStep</name>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="93"/>
        <source>Start the second try</source>
        <translation>Empezar la segunda vez</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="95"/>
        <source>Stop after one try</source>
        <translation>Quedarse con una sola vez</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="106"/>
        <source>The first try was not finished</source>
        <translation>La primera vez no se terminó</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="108"/>
        <source>First try: {0} seconds</source>
        <translation>Primera vez: {0} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/walk_steps.py" line="109"/>
        <source>Go back to the start, a few steps before the first mark. Then walk the path once more. The faster try counts.</source>
        <translation>Vuelva al comienzo, unos pasos antes de la primera marca. Luego camine el trecho una vez más. Cuenta la vez más rápida.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <location filename="../legapp/visit.py" line="136"/>
        <source>Your settings could not be saved ({why}). They will work until you close the app.</source>
        <translation>No se pudo guardar su configuración ({why}). Funcionará hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="254"/>
        <source>Your saved results could not be opened ({why}). You can still do every check.</source>
        <translation>No se pudieron abrir sus resultados guardados ({why}). Igual puede hacer todas las pruebas.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="283"/>
        <source>You are a guest, so this result is not kept. To keep results, choose a person in My results.</source>
        <translation>Usted es visitante, así que este resultado no se guarda. Para guardar resultados, elija una persona en Mis resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="291"/>
        <source>This result could not be kept ({why}). It is still shown here.</source>
        <translation>No se pudo guardar este resultado ({why}). Igual se muestra aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="304"/>
        <source>This result could not be kept ({why}). It is still shown here, and kept in memory: put the problem right, then press Save it again.</source>
        <translation>Este resultado no se pudo guardar ({why}). Se sigue viendo aquí y se conserva en la memoria: resuelva el problema y pulse Guardarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="308"/>
        <source>Kept in {name}&apos;s results.</source>
        <translation>Se guardó en los resultados de {name}.</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="320"/>
        <source>It could not be noted in your week ({why}).</source>
        <translation>No se pudo anotar en su semana ({why}).</translation>
    </message>
    <message>
        <location filename="../legapp/visit.py" line="321"/>
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
