<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActPage</name>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="17"/>
        <source>Keep your legs strong</source>
        <translation>Mantenga sus piernas fuertes</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="19"/>
        <source>Strength training {{strength_sessions_per_week}}, staying active and eating enough protein can slow muscle loss, and even win some of it back, at any age.</source>
        <translation>Hacer ejercicios de fuerza de {{strength_sessions_per_week}}, mantenerse en movimiento y comer suficiente proteína puede frenar la pérdida de músculo, y hasta recuperar parte, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="24"/>
        <source>Exercise with me</source>
        <translation>Haga ejercicio conmigo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="25"/>
        <source>A guided session: the app shows, says and counts each move with you.</source>
        <translation>Una sesión guiada: la aplicación le muestra y le dice cada movimiento, y cuenta con usted.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="27"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="28"/>
        <source>Safe moves for strength and balance, with pictures.</source>
        <translation>Movimientos seguros para la fuerza y el equilibrio, con dibujos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="29"/>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="30"/>
        <source>Pick your days, note what you did, and see your week.</source>
        <translation>Elija sus días, anote lo que hizo y vea su semana.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="31"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/act_page.py" line="32"/>
        <source>Work out how much protein you need each day.</source>
        <translation>Calcule cuánta proteína necesita cada día.</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="23"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="24"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../legapp/qt/application.py" line="65"/>
        <source>Your settings could not be saved ({0}). They will work until you close the app.</source>
        <translation>No se pudo guardar su configuración ({0}). Funcionará hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/application.py" line="196"/>
        <source>legapp cannot start: its built-in content is damaged ({0}). Please reinstall it.</source>
        <translation>legapp no puede abrirse: el contenido que trae está dañado ({0}). Por favor, vuelva a instalarla.</translation>
    </message>
</context>
<context>
    <name>ChartStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="77"/>
        <source>Save as picture</source>
        <translation>Guardar como imagen</translation>
    </message>
</context>
<context>
    <name>CheckMenuPage</name>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="21"/>
        <source>Check your fall risk</source>
        <translation>Pruebas de riesgo de caídas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="48"/>
        <source>Checking as a guest: results are not kept. Choose a person</source>
        <translation>Pruebas como visitante: los resultados no se guardan. Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/menu_page.py" line="50"/>
        <source>Checking: {0}. Results are kept. Change</source>
        <translation>Pruebas de: {0}. Los resultados se guardan. Cambiar</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="36"/>
        <source>Each session starts with a warm-up and ends with a cool-down. The app tells you what to do, counts with you, and waits for you. Keep a sturdy chair close by.</source>
        <translation>Cada sesión empieza con un calentamiento y termina con movimientos suaves para relajarse. La aplicación le dice qué hacer, cuenta con usted y le espera. Tenga cerca una silla firme.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="43"/>
        <source>Or build your own: choose the exercises.</source>
        <translation>O arme la suya: elija los ejercicios.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="56"/>
        <source>Start my own session</source>
        <translation>Empezar mi propia sesión</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../legapp/qt/step_view.py" line="106"/>
        <source>Yes, delete</source>
        <translation>Sí, borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/step_view.py" line="108"/>
        <source>No, keep it</source>
        <translation>No, dejarlo así</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../legapp/app.py" line="87"/>
        <source>The content pack you chose has a problem, so the built-in content is shown instead. ({0})</source>
        <translation>El paquete de contenido que eligió tiene un problema, así que se muestra el contenido que trae la aplicación. ({0})</translation>
    </message>
</context>
<context>
    <name>DisuseStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="155"/>
        <source>Days in bed or in a cast</source>
        <translation>Días en cama o con yeso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="155"/>
        <source>% of muscle left</source>
        <translation>% de músculo que queda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="159"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="160"/>
        <source>{0}: -{1}% after {2} days</source>
        <translation>{0}: -{1}% a los {2} días</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="166"/>
        <source>The band is an illustration of the pattern: the loss is fastest at first, then slows. The marked points are what each study measured.</source>
        <translation>La franja muestra la forma general: al principio el músculo se pierde más rápido, y luego más despacio. Los puntos marcados son lo que midió cada estudio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="168"/>
        <source>Sources: {0}.</source>
        <translation>Fuentes: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="174"/>
        <source>Day {0}: about {1} to {2} of the muscle is left.</source>
        <translation>Día {0}: queda más o menos entre el {1} y el {2} del músculo.</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="78"/>
        <source>Back to the sessions</source>
        <translation>Volver a las sesiones</translation>
    </message>
</context>
<context>
    <name>EditStep</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="66"/>
        <source>The year of birth and sex pick the right numbers to compare with. Everything stays on this computer.</source>
        <translation>El año de nacimiento y el sexo sirven para elegir los números correctos para comparar. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="69"/>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="73"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="79"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="89"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryPage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="80"/>
        <source>Exercises for your legs</source>
        <translation>Ejercicios para sus piernas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="83"/>
        <source>Strong legs help you stand up, walk and stay steady.</source>
        <translation>Unas piernas fuertes le ayudan a ponerse de pie, caminar y mantenerse firme.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="84"/>
        <source>Try to do the strength moves {{strength_sessions_per_week|bare}} times a week, add some balance practice, and build up to {{aerobic_minutes_per_week}} of brisk movement.</source>
        <translation>Trate de hacer los ejercicios de fuerza de {{strength_sessions_per_week|bare}} veces por semana, practique un poco el equilibrio y, poco a poco, muévase a buen paso hasta sumar {{aerobic_minutes_per_week}}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="87"/>
        <source>Keep a sturdy chair or counter close by, and stop if anything hurts.</source>
        <translation>Tenga cerca una silla firme o un mostrador, y pare si algo le duele.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="92"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="92"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="93"/>
        <source>Warm up and move</source>
        <translation>Calentar y moverse</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="148"/>
        <source>Which muscles</source>
        <translation>Qué músculos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="156"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="167"/>
        <source>To make it easier</source>
        <translation>Para hacerlo más fácil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="169"/>
        <source>To make it harder</source>
        <translation>Para hacerlo más difícil</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="180"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="181"/>
        <source>All exercises</source>
        <translation>Todos los ejercicios</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="182"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="219"/>
        <source>Stay safe: </source>
        <translation>Para su seguridad: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="221"/>
        <source>Where this comes from: </source>
        <translation>De dónde viene esto: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="229"/>
        <source>How many: {0} times with each leg</source>
        <translation>Cuántas veces: {0} con cada pierna</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="230"/>
        <source>How many: {0} times</source>
        <translation>Cuántas veces: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="233"/>
        <source>How long: hold for {0} seconds on each leg</source>
        <translation>Cuánto tiempo: aguante {0} segundos en cada pierna</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="234"/>
        <source>How long: hold for {0} seconds</source>
        <translation>Cuánto tiempo: aguante {0} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="239"/>
        <source>How often: {{strength_sessions_per_week}}, with a day of rest in between.</source>
        <translation>Cada cuánto: de {{strength_sessions_per_week}}, con un día de descanso entre una y otra.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="240"/>
        <source>How often: a little every day, or on most days.</source>
        <translation>Cada cuánto: un poco todos los días, o casi todos los días.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="242"/>
        <source>How often: on most days. A few minutes at a time all add up.</source>
        <translation>Cada cuánto: casi todos los días. Unos pocos minutos cada vez también suman.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="254"/>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="267"/>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="268"/>
        <source>Next exercise</source>
        <translation>Ejercicio siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/library_page.py" line="272"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="61"/>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/reading_page.py" line="68"/>
        <source>Read more: {0}</source>
        <translation>Leer más: {0}</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="45"/>
        <source>See the result</source>
        <translation>Ver el resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="60"/>
        <source>How many times did they stand up all the way?</source>
        <translation>¿Cuántas veces se puso de pie por completo la persona?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="61"/>
        <source>How many times did you stand up all the way?</source>
        <translation>¿Cuántas veces se puso de pie por completo?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="64"/>
        <source>When time ran out, were they more than halfway up?</source>
        <translation>Cuando se acabó el tiempo, ¿la persona había subido más de la mitad?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="65"/>
        <source>When time ran out, were you more than halfway up?</source>
        <translation>Cuando se acabó el tiempo, ¿había subido más de la mitad?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="66"/>
        <source>Did they have to push with their arms to stand up?</source>
        <translation>¿La persona tuvo que empujarse con los brazos para ponerse de pie?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="67"/>
        <source>Did you have to push with your arms to stand up?</source>
        <translation>¿Tuvo que empujarse con los brazos para ponerse de pie?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="73"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/finish_step.py" line="73"/>
        <source>No</source>
        <translation>No</translation>
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
    <name>HelperToggle</name>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="22"/>
        <location filename="../legapp/qt/check/helper_toggle.py" line="37"/>
        <source>I am helping someone else</source>
        <translation>Estoy ayudando a otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="39"/>
        <source>On: the steps are written for a helper</source>
        <translation>Activado: los pasos están escritos para el ayudante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/helper_toggle.py" line="39"/>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>Gráficos de la pérdida de músculo con la edad y en cama, y sus propios resultados.</translation>
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
        <location filename="../legapp/qt/home_page.py" line="85"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../legapp/qt/home_page.py" line="89"/>
        <source>White and yellow on black, with thick edges, for people who see poorly</source>
        <translation>Blanco y amarillo sobre negro, con bordes gruesos, para quienes ven poco</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="264"/>
        <source>Sorry, something went wrong. Let&apos;s start again.</source>
        <translation>Perdón, algo salió mal. Empecemos de nuevo.</translation>
    </message>
</context>
<context>
    <name>LifetimeStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="111"/>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="111"/>
        <source>% of what you had at 30</source>
        <translation>% de lo que tenía a los 30</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="113"/>
        <location filename="../legapp/qt/charts/see_page.py" line="128"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="113"/>
        <location filename="../legapp/qt/charts/see_page.py" line="128"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="132"/>
        <source>You are here: {0}</source>
        <translation>Usted está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="134"/>
        <source>Strength training {{strength_sessions_per_week}} slows this loss, and can win some of it back, at any age.</source>
        <translation>Hacer ejercicios de fuerza de {{strength_sessions_per_week}} frena esta pérdida y puede recuperar parte de ella, a cualquier edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="136"/>
        <source>Sources: {0}; {1}.</source>
        <translation>Fuentes: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="144"/>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="144"/>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="145"/>
        <source>Age {0}: about {1} to {2} of the {3} you had at 30 is left.</source>
        <translation>A los {0} años: queda más o menos entre el {1} y el {2} de su {3} de cuando tenía 30 años.</translation>
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
        <location filename="../legapp/qt/track/profiles_page.py" line="149"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="152"/>
        <source>Go on as a guest</source>
        <translation>Seguir como visitante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="55"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="66"/>
        <source>Report for the doctor (PDF)</source>
        <translation>Informe para el médico (PDF)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="69"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="71"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../legapp/qt/widgets.py" line="93"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="100"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/widgets.py" line="100"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="125"/>
        <location filename="../legapp/qt/kiosk.py" line="126"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="126"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="21"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="22"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="36"/>
        <source>{0}, born {1}, {2}</source>
        <translation>{0}, nació en {1}, {2}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="44"/>
        <source>In use: results are kept for this person</source>
        <translation>En uso: los resultados se guardan para esta persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="44"/>
        <source>Choose this person</source>
        <translation>Elegir a esta persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="46"/>
        <source>Edit</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="46"/>
        <source>Edit {0}</source>
        <translation>Cambiar los datos de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="48"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="49"/>
        <source>Delete {0}</source>
        <translation>Borrar a {0}</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="138"/>
        <source>The result is compared with people of the same age and sex. This is not saved.</source>
        <translation>El resultado se compara con personas de la misma edad y sexo. Esto no se guarda.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="141"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="151"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="157"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="164"/>
        <source>Their age in years</source>
        <translation>Edad de la persona, en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="165"/>
        <source>Their sex</source>
        <translation>Sexo de la persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="167"/>
        <source>Your age in years</source>
        <translation>Su edad en años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="168"/>
        <source>Your sex</source>
        <translation>Su sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="183"/>
        <source>Please choose woman or man.</source>
        <translation>Por favor, elija mujer u hombre.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="23"/>
        <source>My week</source>
        <translation>Mi semana</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="27"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="31"/>
        <source>The days I mean to do strength exercises:</source>
        <translation>Los días en que pienso hacer ejercicios de fuerza:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="45"/>
        <source>What I did today:</source>
        <translation>Lo que hice hoy:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="48"/>
        <source>A strength session</source>
        <translation>Una sesión de fuerza</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="49"/>
        <source>Balance practice</source>
        <translation>Práctica de equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="60"/>
        <source>Minutes of walking or other activity</source>
        <translation>Minutos de caminata u otra actividad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="61"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/plan_page.py" line="63"/>
        <source>Add minutes of walking or activity</source>
        <translation>Agregar minutos de caminata o actividad</translation>
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
        <location filename="../legapp/qt/act/plan_page.py" line="138"/>
        <source>That could not be saved ({0}).</source>
        <translation>No se pudo guardar ({0}).</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="183"/>
        <location filename="../legapp/qt/track/profiles_page.py" line="258"/>
        <source>Who is doing the checks?</source>
        <translation>¿Quién hace las pruebas?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="224"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation>No se pudo hacer ({0}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="240"/>
        <source>Change a person</source>
        <translation>Cambiar los datos de una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="240"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="264"/>
        <source>Delete {0} and all their results?</source>
        <translation>¿Borrar a {0} y todos sus resultados?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="265"/>
        <source>This deletes {0} saved results too. It cannot be undone.</source>
        <translation>Esto también borra sus resultados guardados ({0}). No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="277"/>
        <source>Delete all your data?</source>
        <translation>¿Borrar todos sus datos?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/profiles_page.py" line="278"/>
        <source>This deletes every person and every saved result on this computer. It cannot be undone. Your text size and other settings stay.</source>
        <translation>Esto borra a todas las personas y todos los resultados guardados en esta computadora. No se puede deshacer. El tamaño del texto y los demás ajustes no cambian.</translation>
    </message>
</context>
<context>
    <name>ProteinPage</name>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="25"/>
        <source>How much protein?</source>
        <translation>¿Cuánta proteína?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="29"/>
        <source>Protein from food helps your muscles stay strong and grow back. Adults need about {{protein_per_kg}}. Older adults, and people who train, may need a little more. It works best spread over the day&apos;s meals.</source>
        <translation>La proteína de la comida ayuda a que sus músculos sigan fuertes y se recuperen. Los adultos necesitan más o menos de {{protein_per_kg}}. Las personas mayores, y quienes hacen ejercicio, pueden necesitar un poco más. Funciona mejor si la reparte entre las comidas del día.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="33"/>
        <location filename="../legapp/qt/act/protein_page.py" line="40"/>
        <source>Your weight</source>
        <translation>Su peso</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="42"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="42"/>
        <source>pounds</source>
        <translation>libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="43"/>
        <source>In kilograms</source>
        <translation>En kilos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="44"/>
        <source>In pounds</source>
        <translation>En libras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="52"/>
        <source>Meals a day</source>
        <translation>Comidas al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="55"/>
        <source>3 meals</source>
        <translation>3 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="55"/>
        <source>4 meals</source>
        <translation>4 comidas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="61"/>
        <source>Work it out</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="73"/>
        <source>If you have kidney disease, ask your doctor before you eat more protein.</source>
        <translation>Si tiene una enfermedad de los riñones, pregunte a su médico antes de comer más proteína.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="76"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="116"/>
        <source>{0} to {1} grams of protein a day</source>
        <translation>De {0} a {1} gramos de proteína al día</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/protein_page.py" line="118"/>
        <source>That is about {0} to {1} grams at each of your {2} meals.</source>
        <translation>Son más o menos de {0} a {1} gramos en cada una de sus {2} comidas.</translation>
    </message>
</context>
<context>
    <name>QuestionStep</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="40"/>
        <source>◀ Previous question</source>
        <translation>◀ Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="51"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../legapp/qt/check/questionnaire_page.py" line="140"/>
        <source>{score} of {max} points</source>
        <translation>{score} de {max} puntos</translation>
    </message>
</context>
<context>
    <name>RefusedStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="119"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="37"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="37"/>
        <source>Delete: </source>
        <translation>Borrar: </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="28"/>
        <source>This is education, not a diagnosis. Talk to your doctor or nurse about your result, especially if you are worried about falling.</source>
        <translation>Esto es para informarle, no es un diagnóstico. Hable con su médico o enfermera sobre su resultado, sobre todo si le preocupa caerse.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="38"/>
        <source>Print this result</source>
        <translation>Imprimir este resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="44"/>
        <source>Do it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="45"/>
        <source>Learn more</source>
        <translation>Aprender más</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="46"/>
        <source>Back to the checks</source>
        <translation>Volver a las pruebas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="58"/>
        <source>What to do next: </source>
        <translation>Qué hacer ahora: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="59"/>
        <source>Where this rule comes from: </source>
        <translation>De dónde viene esta regla: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="62"/>
        <source>Learn more: </source>
        <translation>Aprender más: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="79"/>
        <source>A QR code of this result, to scan with a phone</source>
        <translation>Un código QR de este resultado, para leerlo con un teléfono</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="80"/>
        <source>To keep this result, scan the square with your phone&apos;s camera.</source>
        <translation>Para guardar este resultado, escanee el cuadro con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/result_view.py" line="106"/>
        <source>No score</source>
        <translation>Sin resultado</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="99"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="134"/>
        <source>Your results could not be read ({0}).</source>
        <translation>No se pudieron leer sus resultados ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="136"/>
        <source>You are a guest, so no results are kept. Choose or add a person to keep their results.</source>
        <translation>Usted es visitante, así que no se guardan resultados. Elija o agregue una persona para guardar sus resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="138"/>
        <source>Choose a person</source>
        <translation>Elegir una persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="140"/>
        <source>Results for {0}</source>
        <translation>Resultados de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="141"/>
        <source>Choose another person</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="143"/>
        <source>No results yet. Do a check and its result is kept here.</source>
        <translation>Todavía no hay resultados. Haga una prueba y su resultado se guardará aquí.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="162"/>
        <source>A higher risk: {0}.</source>
        <translation>Más riesgo: {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="163"/>
        <source>There is no number to compare with at this age.</source>
        <translation>No hay un número para comparar a esta edad.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="170"/>
        <source>{0} older results are not shown here. They are in the report and the spreadsheet.</source>
        <translation>Aquí no se muestran los resultados más antiguos ({0}). Están en el informe y en la hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="183"/>
        <source>Delete this result?</source>
        <translation>¿Borrar este resultado?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="183"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="192"/>
        <source>That could not be done ({0}). Nothing was changed.</source>
        <translation>No se pudo hacer ({0}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="217"/>
        <source>Save the report for the doctor</source>
        <translation>Guardar el informe para el médico</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="224"/>
        <source>The report could not be saved ({0}).</source>
        <translation>No se pudo guardar el informe ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="226"/>
        <source>The report ({0} pages) was saved as {1}. Only you can open it on this computer.</source>
        <translation>El informe ({0} pág.) se guardó como {1}. Solo usted puede abrirlo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="233"/>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="238"/>
        <source>Save the results as a spreadsheet</source>
        <translation>Guardar los resultados como hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="239"/>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Archivos de hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="245"/>
        <source>The spreadsheet could not be saved ({0}).</source>
        <translation>No se pudo guardar la hoja de cálculo ({0}).</translation>
    </message>
    <message>
        <location filename="../legapp/qt/track/results_page.py" line="247"/>
        <source>The results were saved as {0}. Only you can open it on this computer.</source>
        <translation>Los resultados se guardaron como {0}. Solo usted puede abrir el archivo en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="185"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="194"/>
        <source>Do a check</source>
        <translation>Hacer una prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="225"/>
        <source>No results to show yet. Do a check while {0} is chosen, and the results will show here over time.</source>
        <translation>Todavía no hay resultados. Haga una prueba a nombre de {0}, y con el tiempo aquí verá los resultados.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="227"/>
        <source>No results to show: you are a guest, and a guest&apos;s results are not kept. Choose a person in My results, then do a check.</source>
        <translation>No hay resultados: usted es visitante, y los resultados de un visitante no se guardan. Elija una persona en Mis resultados y luego haga una prueba.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="242"/>
        <source>Higher risk below this line</source>
        <translation>Más riesgo por debajo de esta línea</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="243"/>
        <source>Higher risk at or above this line</source>
        <translation>Más riesgo en esta línea o por encima</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="248"/>
        <source>{0} not completed (not shown).</source>
        <translation>Sin terminar (no se muestran): {0}.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="49"/>
        <location filename="../legapp/qt/check/run_view.py" line="172"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="52"/>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="54"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="55"/>
        <source>Stops the test at once. Esc stops it too.</source>
        <translation>Para la prueba de inmediato. La tecla Esc también la para.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="88"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="93"/>
        <source>Spoken words</source>
        <translation>Lo que dice la voz</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="97"/>
        <source>stands</source>
        <translation>veces</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="144"/>
        <source>seconds left</source>
        <translation>segundos que quedan</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="144"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="148"/>
        <source>Space presses it too.</source>
        <translation>También puede usar la tecla Espacio.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="165"/>
        <source>Count: {0}</source>
        <translation>Cuenta: {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="172"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/run_view.py" line="175"/>
        <source>Paused. The clock waits until you press Go on.</source>
        <translation>En pausa. El reloj espera hasta que toque Seguir.</translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="64"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="85"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="85"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../legapp/qt/search_page.py" line="35"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="39"/>
        <source>Type a word, for example: balance</source>
        <translation>Escriba una palabra, por ejemplo: equilibrio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="40"/>
        <source>Search for</source>
        <translation>Qué buscar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="41"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="41"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="76"/>
        <source>One result for “{0}”</source>
        <translation>Un resultado para “{0}”</translation>
    </message>
    <message>
        <location filename="../legapp/qt/search_page.py" line="77"/>
        <source>{n} results for “{0}”</source>
        <translation>{n} resultados para “{0}”</translation>
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
</context>
<context>
    <name>SeePage</name>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="260"/>
        <source>See the numbers</source>
        <translation>Ver los números</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="271"/>
        <source>Muscle with age</source>
        <translation>El músculo con la edad</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="272"/>
        <source>Weeks in bed</source>
        <translation>Semanas en cama</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="273"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="305"/>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="306"/>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="312"/>
        <source>The chart was saved as {0}.</source>
        <translation>El gráfico se guardó como {0}.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/charts/see_page.py" line="314"/>
        <source>The chart could not be saved as {0}.</source>
        <translation>No se pudo guardar el gráfico como {0}.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="92"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="184"/>
        <location filename="../legapp/qt/act/sessions_page.py" line="201"/>
        <source>Exercise sessions</source>
        <translation>Sesiones de ejercicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="110"/>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="193"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="194"/>
        <source>You finished the {0} session. Your legs will thank you.</source>
        <translation>Terminó la sesión {0}. Sus piernas se lo agradecerán.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/act/sessions_page.py" line="195"/>
        <source>your own</source>
        <translation>que usted armó</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="218"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="238"/>
        <source>Start the test</source>
        <translation>Empezar la prueba</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="242"/>
        <source>Type in a count instead</source>
        <translation>Escribir el número a mano</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="253"/>
        <source>For: a woman aged {0}</source>
        <translation>Para: una mujer de {0} años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="254"/>
        <source>For: a man aged {0}</source>
        <translation>Para: un hombre de {0} años</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="256"/>
        <source>For: </source>
        <translation>Para: </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="256"/>
        <source>For: {0}, </source>
        <translation>Para: {0}, </translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="258"/>
        <source>Change the age or sex</source>
        <translation>Cambiar la edad o el sexo</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="264"/>
        <source>Read these steps to them:</source>
        <translation>Léale estos pasos a la persona:</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/steps.py" line="264"/>
        <source>What you will do:</source>
        <translation>Lo que va a hacer:</translation>
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
</context>
<context>
    <name>StaffPin</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="59"/>
        <location filename="../legapp/qt/kiosk.py" line="63"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="76"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="106"/>
        <source>Locked for {0} seconds.</source>
        <translation>Bloqueado durante {0} segundos.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="107"/>
        <source>That is not the PIN.</source>
        <translation>Ese no es el PIN.</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="30"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="35"/>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location filename="../legapp/qt/kiosk.py" line="45"/>
        <source>{0} seconds left</source>
        <translation>Quedan {0} segundos</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="22"/>
        <source>Meaning of {0}</source>
        <translation>Significado de {0}</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="36"/>
        <source>All words</source>
        <translation>Todas las palabras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="36"/>
        <source>Open the word list</source>
        <translation>Abrir la lista de palabras</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="38"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../legapp/qt/term_dialog.py" line="38"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="160"/>
        <source>You stopped the test, so nothing was scored. You can start again when you are ready.</source>
        <translation>Usted paró la prueba, así que no hay resultado. Puede empezar otra vez cuando quiera.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="172"/>
        <source>The timer reached its limit before “Seated” was pressed, so there is no score. You can try again.</source>
        <translation>El reloj llegó a su límite antes de que se tocara “Se sentó”, así que no hay resultado. Puede intentarlo otra vez.</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="199"/>
        <source>{score} stands</source>
        <translation>{score} veces</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="199"/>
        <location filename="../legapp/qt/check/test_page.py" line="200"/>
        <source>{score} seconds</source>
        <translation>{score} segundos</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="200"/>
        <source>{score} of 4 positions held</source>
        <translation>Aguantó {score} de 4 posiciones</translation>
    </message>
    <message>
        <location filename="../legapp/qt/check/test_page.py" line="201"/>
        <source>Not completed</source>
        <translation>Sin terminar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="21"/>
        <source>Main controls</source>
        <translation>Controles principales</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="25"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="25"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="26"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="27"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="29"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="30"/>
        <source>Bigger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="31"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../legapp/qt/top_bar.py" line="54"/>
        <source>Text size {0} of {1}</source>
        <translation>Tamaño del texto: {0} de {1}</translation>
    </message>
</context>
<context>
    <name>TopicListPage</name>
    <message>
        <location filename="../legapp/qt/topic_list_page.py" line="16"/>
        <source>Learn about your legs</source>
        <translation>Aprender sobre sus piernas</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="37"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="38"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="39"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="61"/>
        <source>Key points</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="79"/>
        <source>Previous topic</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="80"/>
        <source>Next topic</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <location filename="../legapp/qt/topic_page.py" line="84"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
</TS>
