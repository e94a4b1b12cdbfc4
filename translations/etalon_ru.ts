<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>WindowPreset</name>
    <message>
        <location filename="../core/model/WindowPresets.cpp" line="+16"/>
        <source>File default</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lung</source>
        <translation>Лёгкие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediastinum</source>
        <translation>Средостение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bone</source>
        <translation>Кости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brain</source>
        <translation>Головной мозг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft tissue</source>
        <translation>Мягкие ткани</translation>
    </message>
</context>
<context>
    <name>etalon::app::ArbitrationScreen</name>
    <message>
        <location filename="../app/gui/ArbitrationScreen.cpp" line="+85"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three planes</source>
        <translation>Три плоскости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axial, coronal and sagittal views of each reading (else the active plane only)</source>
        <translation>Аксиальная, корональная и сагиттальная проекции каждого описания (иначе — только активная плоскость)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidate:</source>
        <translation>Консенсусная маска:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Start own reading from</source>
        <translation>Основа собственного описания</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay</source>
        <translation>Наложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask difference</source>
        <translation>Различия масок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own reading</source>
        <translation>Собственное описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept reading A</source>
        <translation>Принять описание A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept reading B</source>
        <translation>Принять описание B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit own reading and decide</source>
        <translation>Отправить собственное описание и принять решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude as unresolvable…</source>
        <translation>Исключить как неразрешимое…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding A</source>
        <translation>Находка A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding B</source>
        <translation>Находка B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Dispute %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть разногласие %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The readings of dispute %1 (study %2) cannot be opened: %3</source>
        <translation>Не удаётся открыть описания по разногласию %1 (исследование %2): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty reading</source>
        <translation>пустое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>reading A</source>
        <translation>описание A</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>reading B</source>
        <translation>описание B</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>HD95 / distance, mm</source>
        <translation>HD95 / расстояние, мм</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masks: the 95th percentile Hausdorff distance per label; other findings: the distance between their centres</source>
        <translation>Маски: 95-й процентиль расстояния Хаусдорфа по каждой метке; остальные находки: расстояние между их центрами</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1 (candidate)</source>
        <translation>%1 (консенсусная маска)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The images of study %1 cannot be shown: %2. Ask the coordinator to re-import the study.</source>
        <translation>Не удаётся показать изображения исследования %1: %2. Попросите координатора повторно импортировать исследование.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series has no image files in this workspace</source>
        <translation>у серии нет файлов изображений в этом рабочем пространстве</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the images of study %1…</source>
        <translation>Загрузка изображений исследования %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The images of study %1 cannot be loaded: %2</source>
        <translation>Не удаётся загрузить изображения исследования %1: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>mask of A only</source>
        <translation>только маска A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask of B only</source>
        <translation>только маска B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>both masks</source>
        <translation>обе маски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(findings outlined in the readers&apos; colours)</source>
        <translation>(находки обведены цветами врачей)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading A (%1)</source>
        <translation>описание A (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading B (%1)</source>
        <translation>описание B (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no class</source>
        <translation>класс не выбран</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Arbitration&lt;/b&gt; · %1 · dispute %2 · study &lt;span title=&quot;%3&quot;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Арбитраж&lt;/b&gt; · %1 · разногласие %2 · исследование &lt;span title=&quot;%3&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;A&lt;/b&gt; (%2): %3&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;■&lt;/span&gt; &lt;b&gt;B&lt;/b&gt; (%5): %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;A&lt;/b&gt; (%2): %3&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;■&lt;/span&gt; &lt;b&gt;B&lt;/b&gt; (%5): %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Why disputed:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Причины разногласия:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;b&gt;Decided:&lt;/b&gt; %1 at %2 %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Решение:&lt;/b&gt; %1, %2 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; Reading A · %2 · %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; Описание A · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; Reading B · %2 · %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; Описание B · %2 · %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>label %1 (%2)</source>
        <translation>метка %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>unmatched</source>
        <translation>нет соответствия</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&lt;b&gt;Own reading&lt;/b&gt; · dispute %1</source>
        <translation>&lt;b&gt;Собственное описание&lt;/b&gt; · разногласие %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>No dispute is open.</source>
        <translation>Разногласие не открыто.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The candidate mask cannot be made: both readings of study %1 need a mask.</source>
        <translation>Не удаётся построить консенсусную маску: в обоих описаниях исследования %1 должна быть маска.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start from candidate: %1</source>
        <translation>Начальная маска: %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Why can study %1 not be resolved? The reason is stored with the final labels and published in the dataset&apos;s release (labels.csv, README): describe the images, never the patient. Excluding is final: the study keeps no class.</source>
        <translation>Почему разногласие по исследованию %1 не разрешить? Причина сохраняется вместе с итоговой разметкой и публикуется в выпуске датасета (labels.csv, README): описывайте изображения, но не пациента. Исключение окончательно: исследование останется без класса.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Start your own reading first (&quot;Start own reading from&quot;).</source>
        <translation>Сначала начните собственное описание («Основа собственного описания», кнопка «Начать»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your reading cannot be submitted: %1</source>
        <translation>Не удаётся отправить ваше описание: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decision on study %1 was not stored: %2</source>
        <translation>Решение по исследованию %1 не сохранено: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decision stored: %1.</source>
        <translation>Решение сохранено: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept reading A (%1) as the final labels of study %2?</source>
        <translation>Принять описание A (%1) как итоговую разметку исследования %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept reading B (%1) as the final labels of study %2?</source>
        <translation>Принять описание B (%1) как итоговую разметку исследования %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit your own reading and take it as the final labels of study %1?</source>
        <translation>Отправить собственное описание и принять его как итоговую разметку исследования %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude study %1 as unresolvable?</source>
        <translation>Исключить исследование %1 как неразрешимое?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arbitration decision</source>
        <translation>Решение арбитража</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is final: it goes into the final labels and the audit log and cannot be changed.</source>
        <translation>Решение окончательно: оно записывается в итоговую разметку и журнал аудита и не может быть изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide</source>
        <translation>Принять решение</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Exclude study as unresolvable</source>
        <translation>Исключить исследование как неразрешимое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude</source>
        <translation>Исключить</translation>
    </message>
</context>
<context>
    <name>etalon::app::CoordinatorSetupDialog</name>
    <message>
        <location filename="../app/gui/LoginDialog.cpp" line="+91"/>
        <source>Coordinator account</source>
        <translation>Учётная запись координатора</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new workspace needs its first coordinator: the account that creates datasets, adds readers and experts, and assigns studies.</source>
        <translation>Новому рабочему пространству нужен первый координатор — учётная запись, которая создаёт датасеты, добавляет врачей-рентгенологов и экспертов и распределяет исследования.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create account</source>
        <translation>&amp;Создать учётную запись</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>etalon::app::DashboardPanel</name>
    <message>
        <location filename="../app/gui/DashboardPanel.cpp" line="+467"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the figures again from the workspace</source>
        <translation>Заново считать показатели из рабочего пространства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes waiting longer than (days):</source>
        <translation>Разногласия, ожидающие дольше (дней):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies by state</source>
        <translation>Исследования по состояниям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded studies and why</source>
        <translation>Исключённые исследования и причины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class balance: final labels against the plan&apos;s targets</source>
        <translation>Баланс классов: итоговая разметка в сравнении с целями плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save chart…</source>
        <translation>Сохранить диаграмму…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Согласие врачей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader workload and pace</source>
        <translation>Нагрузка и темп работы врачей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To read</source>
        <translation>Ожидает описания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In reading</source>
        <translation>Описывается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed, no expert</source>
        <translation>Разногласие, нет эксперта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In arbitration</source>
        <translation>На арбитраже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final: agreed</source>
        <translation>Итог: согласовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final: arbitrated</source>
        <translation>Итог: по арбитражу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excluded (unresolvable)</source>
        <translation>Исключено (неразрешимо)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final, all</source>
        <translation>Итог, всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Изъято из датасета</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+195"/>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Share of the dataset</source>
        <translation>Доля датасета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+20"/>
        <location line="+1"/>
        <source>Reader</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+228"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+227"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per study</source>
        <translation>На исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upheld</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent on the reader&apos;s primary readings (h:mm:ss)</source>
        <translation>Время, затраченное врачом на первичные описания (ч:мм:сс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>Time spent on all primary readings divided by the readings submitted</source>
        <translation>Время всех первичных описаний, делённое на число отправленных описаний</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Decided arbitrations of this reader&apos;s studies that accepted their reading</source>
        <translation>Завершённые арбитражи по исследованиям этого врача, в которых принято его описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbitrations this user decided as the expert</source>
        <translation>Арбитражи, решённые этим пользователем в роли эксперта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement statistics</source>
        <translation>Статистика согласованности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study-level classes: the two primary reads</source>
        <translation>Классы исследований: два первичных описания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix: rows reader A (the reading assigned first), columns reader B</source>
        <translation>Матрица сопряжённости: строки — врач A (описание, назначенное первым), столбцы — врач B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings and masks: matched pairs</source>
        <translation>Находки и маски: сопоставленные пары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection agreement</source>
        <translation>Согласованность обнаружения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per reader: primary readings submitted, time and arbitration outcome</source>
        <translation>По врачам: отправленные первичные описания, время и исход арбитража</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistic</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kappa</source>
        <translation>Каппа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SE</source>
        <translation>Ст. ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Наблюдаемое</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидаемое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed agreement (weighted for weighted kappa)</source>
        <translation>Наблюдаемая согласованность (взвешенная для взвешенной каппы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement expected by chance from the margins</source>
        <translation>Согласованность, ожидаемая случайно по маргинальным частотам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard error (for Fleiss&apos; kappa: under the null hypothesis kappa = 0)</source>
        <translation>Стандартная ошибка (для каппы Флейса — при нулевой гипотезе каппа = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairs</source>
        <translation>Пары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IQR (Q1–Q3)</source>
        <translation>МКР (Q1–Q3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>Мин.–макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings drawn</source>
        <translation>Нарисовано находок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmatched</source>
        <translation>Без пары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies read</source>
        <translation>Описано исследований</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean time per study</source>
        <translation>Среднее время на исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time per study</source>
        <translation>Медиана времени на исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upheld in arbitration</source>
        <translation>Подтверждено арбитражем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided arbitrations of this reader&apos;s studies that accepted their reading, of all decided on their studies</source>
        <translation>Решённые арбитражи по исследованиям этого врача, принявшие его описание, из всех решённых по его исследованиям</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The dashboard is for coordinators: sign in as a coordinator to see it.</source>
        <translation>Панель мониторинга предназначена для координаторов: чтобы открыть её, войдите как координатор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dataset yet: plan one in the Datasets panel.</source>
        <translation>Датасетов пока нет: спланируйте датасет на панели «Датасеты».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot show the dashboard of %1: %2</source>
        <translation>Не удаётся показать панель мониторинга датасета %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compute the agreement statistics of %1: %2</source>
        <translation>Не удалось вычислить статистику согласованности датасета %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n studies in the dataset</source>
        <translation>
            <numerusform>В датасете %n исследование</numerusform>
            <numerusform>В датасете %n исследования</numerusform>
            <numerusform>В датасете %n исследований</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 final (%2%)</source>
        <translation>с итоговой разметкой: %1 (%2%)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Final labels</source>
        <translation>Итоговая разметка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>target @yPoint</source>
        <translation>цель @yPoint</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: final labels by class (bars) and targets (marks)</source>
        <translation>%1: итоговая разметка по классам (столбцы) и цели (отметки)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assigned, not started</source>
        <translation>Назначено, не начато</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+273"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Primary readings</source>
        <translation>Первичные описания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: primary readings per reader</source>
        <translation>%1: первичные описания по врачам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disputed after two reads: %1 of %2 studies read twice (%3%); the article saw up to %4%.</source>
        <translation>Разногласия после двух описаний: %1 из %2 дважды описанных исследований (%3%); в статье — до %4%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded after arbitration: %1 of %2 (%3%); the article saw up to %4%. Awaiting arbitration: %5, of them without an expert: %6.</source>
        <translation>Исключено после арбитража: %1 из %2 (%3%); в статье — до %4%. Ожидают арбитража: %5, из них без эксперта: %6.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>quadratic-weighted</source>
        <translation>с квадратичными весами</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unweighted</source>
        <translation>без весов</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cohen&apos;s kappa (%1) between the two primary reads: %2 (95% CI %3 to %4) over %n studies</source>
        <translation>
            <numerusform>Каппа Коэна (%1) между двумя первичными описаниями: %2 (95% ДИ от %3 до %4) по %n исследованию</numerusform>
            <numerusform>Каппа Коэна (%1) между двумя первичными описаниями: %2 (95% ДИ от %3 до %4) по %n исследованиям</numerusform>
            <numerusform>Каппа Коэна (%1) между двумя первичными описаниями: %2 (95% ДИ от %3 до %4) по %n исследованиям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cohen&apos;s kappa (%1): undefined over %n studies (needs pairs with more than one class)</source>
        <translation>
            <numerusform>Каппа Коэна (%1) по %n исследованию не определена (нужны пары с более чем одним классом)</numerusform>
            <numerusform>Каппа Коэна (%1) по %n исследованиям не определена (нужны пары с более чем одним классом)</numerusform>
            <numerusform>Каппа Коэна (%1) по %n исследованиям не определена (нужны пары с более чем одним классом)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>Проблем не обнаружено.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 studies read twice, %2 of them with a class from both readers (%3 scale). Percent agreement: %4.</source>
        <translation>Исследований с двумя описаниями: %1, из них с классом от обоих врачей: %2 (шкала: %3). Доля совпадений: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ordinal</source>
        <translation>порядковая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nominal</source>
        <translation>номинальная</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undefined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not for a nominal scale</source>
        <translation>не для номинальной шкалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Каппа Коэна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted kappa, linear</source>
        <translation>Взвешенная каппа, линейные веса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted kappa, quadratic</source>
        <translation>Взвешенная каппа, квадратичные веса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; kappa (with arbitration reads)</source>
        <translation>Каппа Флейса (с арбитражными описаниями)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the studies with the most common number (three or more) of class reads, counting the expert&apos;s own arbitration reading as a read</source>
        <translation>По исследованиям с самым частым числом (три и более) описаний с классом; собственное описание эксперта при арбитраже считается описанием</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 × %2 reads</source>
        <translation>%1 × %2 описания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No study has three class reads (an expert&apos;s own arbitration reading is the third)</source>
        <translation>Ни у одного исследования нет трёх описаний с классом (третьим было бы собственное описание эксперта при арбитраже)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoU, boxes and contours</source>
        <translation>IoU, прямоугольники и контуры</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dice, mask label %1</source>
        <translation>Dice, метка маски %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HD95 (mm), mask label %1</source>
        <translation>HD95 (мм), метка маски %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Over %n studies where a reader drew findings: </source>
        <translation>
            <numerusform>По %n исследованию, где врач рисовал находки: </numerusform>
            <numerusform>По %n исследованиям, где врачи рисовали находки: </numerusform>
            <numerusform>По %n исследованиям, где врачи рисовали находки: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched pairs: %1; without a partner: %2 of reader A, %3 of reader B.</source>
        <translation>сопоставленных пар: %1; без пары: %2 у врача A, %3 у врача B.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Etalon dashboard chart</source>
        <translation>Диаграмма панели мониторинга Etalon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Cannot write the chart to %1: check that the folder exists and is writable.</source>
        <translation>Не удаётся записать диаграмму в %1: проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the chart to %1: use a .png or .svg name in a writable folder.</source>
        <translation>Не удаётся записать диаграмму в %1: укажите имя файла .png или .svg в папке, доступной для записи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart saved to %1.</source>
        <translation>Диаграмма сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>etalon::app::DatasetDialog</name>
    <message>
        <location filename="../app/gui/DatasetDialog.cpp" line="+31"/>
        <source>Functional test (about 5 studies)</source>
        <translation>Функциональное тестирование (около 5 исследований)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration test (100–200 studies)</source>
        <translation>Калибровочное тестирование (100–200 исследований)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning</source>
        <translation>Дообучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic (studies of one patient over time)</source>
        <translation>Динамическое наблюдение (исследования одного пациента во времени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical defects</source>
        <translation>Технические дефекты</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New dataset</source>
        <translation>Новый датасет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DS_&lt;test&gt;_&lt;modality&gt;_&lt;organ&gt;_&lt;target&gt;, e.g. DS_FT-I_CT_OGK_CANCER or DS_CT-II_MMG_CANCER.</source>
        <translation>DS_&lt;test&gt;_&lt;modality&gt;_&lt;organ&gt;_&lt;target&gt;, например DS_FT-I_CT_OGK_CANCER или DS_CT-II_MMG_CANCER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the AI must find, e.g. COVID-19 pneumonia on chest CT, severity CT0–CT4.</source>
        <translation>Что должен найти ИИ, например пневмонию COVID-19 на КТ органов грудной клетки, степень тяжести CT0–CT4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. one chest CT study</source>
        <translation>например, одно исследование КТ органов грудной клетки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical &amp;task:</source>
        <translation>Клиническая &amp;задача:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;unit:</source>
        <translation>&amp;Единица данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label &amp;schema:</source>
        <translation>&amp;Схема разметки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verification method:</source>
        <translation>&amp;Метод верификации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;source:</source>
        <translation>&amp;Источник данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class targets (studies per class)</source>
        <translation>Целевые количества по классам (исследований на класс)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordinal tolerance (classes):</source>
        <translation>Допуск по порядковой шкале (классов):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings agree from IoU:</source>
        <translation>Находки совпадают при IoU от:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masks agree from Dice:</source>
        <translation>Маски совпадают при Dice от:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When two readings disagree</source>
        <translation>Когда два описания расходятся</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create dataset</source>
        <translation>Создать &amp;датасет</translation>
    </message>
</context>
<context>
    <name>etalon::app::DatasetPanel</name>
    <message>
        <location filename="../app/gui/DatasetPanel.cpp" line="+182"/>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My worklist</source>
        <translation>Мой рабочий список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes</source>
        <translation>Разногласия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace has no accounts: datasets need a signed-in coordinator.</source>
        <translation>В этом рабочем пространстве нет учётных записей: для работы с датасетами нужен координатор, вошедший в систему.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>whole study</source>
        <translation>всё исследование</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>to do</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>arbitration</source>
        <translation>арбитраж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Studies: %1.</source>
        <translation>Исследования: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed after two reads: %1% (reference ≤ %2%); excluded after arbitration: %3% (≤ %4%).</source>
        <translation>Разногласия после двух описаний: %1% (ориентир ≤ %2%); исключено после арбитража: %3% (≤ %4%).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kappa between readers: %1.</source>
        <translation>Каппа между врачами: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 studies assigned to two readers each (%2 readings); %3 were already assigned.</source>
        <translation>Назначено исследований: %1, каждому — по два врача (описаний: %2); уже были назначены ранее: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dataset %1 created. Select studies in the browser and add them.</source>
        <translation>Датасет %1 создан. Выберите исследования в браузере и добавьте их.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select studies (or one series of a study) in the study browser first.</source>
        <translation>Сначала выберите исследования (или одну серию исследования) в браузере исследований.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 added, %2 already in the dataset.</source>
        <translation>Добавлено: %1, уже были в датасете: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new dataset (coordinators)</source>
        <translation>Спланировать новый датасет (для координаторов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add selected studies</source>
        <translation>Добавить выбранные исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign readers</source>
        <translation>Назначить врачей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives every new study of the dataset two different readers, balancing their workload</source>
        <translation>Назначает каждому новому исследованию датасета двух разных врачей-рентгенологов, равномерно распределяя нагрузку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Описать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected study of your worklist for reading (or double-click it)</source>
        <translation>Открыть выбранное исследование из рабочего списка для описания (или дважды щёлкните по нему)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Data unit</source>
        <translation>Единица данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Dataset</source>
        <translation>Датасет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient / study</source>
        <translation>Пациент / исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modality</source>
        <translation>Модальность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Разногласие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbitrate</source>
        <translation>Провести арбитраж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected dispute on the arbitration screen (or double-click it)</source>
        <translation>Открыть выбранное разногласие на экране арбитража (или дважды щёлкните по нему)</translation>
    </message>
</context>
<context>
    <name>etalon::app::DocumentationDialog</name>
    <message>
        <location filename="../app/gui/DocumentationDialog.cpp" line="+77"/>
        <location line="+195"/>
        <source>Organisation logo</source>
        <translation>Логотип организации</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Release documentation — %1</source>
        <translation>Документация выпуска — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the README of every release of %1 says beyond its plan. Empty fields read &quot;not specified&quot;. Saving a change makes the next release at least a patch version.</source>
        <translation>Что README каждого выпуска датасета %1 сообщает помимо его плана. Пустые поля выводятся как «не указано». Сохранённое изменение делает следующий выпуск как минимум патч-версией.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documentation of %1 could not be read: %2</source>
        <translation>Не удаётся прочитать документацию датасета %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>Принципы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence and citation</source>
        <translation>Лицензия и цитирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords:</source>
        <translation>Клю&amp;чевые слова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding:</source>
        <translation>&amp;Финансирование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permanent link:</source>
        <translation>&amp;Постоянная ссылка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ICD-10 code(s):</source>
        <translation>Код(ы) &amp;МКБ-10:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modality and procedure:</source>
        <translation>Мо&amp;дальность и процедура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intended use:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prohibited uses:</source>
        <translation>&amp;Запрещённое использование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preparation:</source>
        <translation>Подго&amp;товка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labelling:</source>
        <translation>&amp;Разметка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verification:</source>
        <translation>&amp;Верификация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citation:</source>
        <translation>&amp;Цитирование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opies:</source>
        <translation>Копи&amp;и:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distribution rules:</source>
        <translation>Правила ра&amp;спространения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ffiliations:</source>
        <translation>Аф&amp;филиации:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who releases the dataset</source>
        <translation>Кто выпускает датасет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences on what the dataset holds</source>
        <translation>Одно-два предложения о содержимом датасета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma separated, e.g. chest CT, COVID-19, segmentation</source>
        <translation>Через запятую, например: КТ органов грудной клетки, COVID-19, сегментация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI or URL</source>
        <translation>DOI или URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. U07.1</source>
        <translation>например, U07.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CT, chest, without contrast (empty: from the series)</source>
        <translation>например, КТ, грудная клетка, без контрастирования (пусто — из данных серий)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the dataset is for (testing, calibration, training of AI software…)</source>
        <translation>Для чего предназначен датасет (тестирование, калибровка, обучение ПО на основе ИИ…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it must not be used for</source>
        <translation>Для чего его нельзя использовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How studies were selected and prepared</source>
        <translation>Как исследования отбирались и подготавливались</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond the label schema&apos;s own criteria</source>
        <translation>Помимо критериев самой схемы разметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond the verification method of the plan</source>
        <translation>Помимо метода верификации из плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CC BY-NC-ND 4.0</source>
        <translation>например, CC BY-NC-ND 4.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recommended citation</source>
        <translation>Рекомендуемая ссылка для цитирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where copies are kept and how to obtain one</source>
        <translation>Где хранятся копии и как получить копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author per line, e.g. A. A. Ivanov (1)</source>
        <translation>По одному автору в строке, например: А. А. Иванов (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One affiliation per line, e.g. (1) Research and Practical Clinical Center</source>
        <translation>По одной аффилиации в строке, например: (1) Научно-практический клинический центр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No logo: the README starts with the dataset&apos;s name.</source>
        <translation>Логотипа нет: README начинается с названия датасета.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Documentation not saved</source>
        <translation>Документация не сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release documentation of %1 could not be saved: %2</source>
        <translation>Не удаётся сохранить документацию выпуска датасета %1: %2</translation>
    </message>
</context>
<context>
    <name>etalon::app::ImportDialog</name>
    <message>
        <location filename="../app/gui/ImportDialog.cpp" line="+28"/>
        <source>Add &amp;folder…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;iles…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy files into the workspace storage</source>
        <translation>&amp;Копировать файлы в хранилище рабочего пространства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import DICOM</source>
        <translation>Импорт DICOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every imported file into the workspace, so the workspace keeps working when the source folder or disc is gone.</source>
        <translation>Копирует каждый импортируемый файл в рабочее пространство, чтобы оно продолжало работать, когда исходная папка или диск уже недоступны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folders are searched recursively; DICOMDIR files bring in the files they list.</source>
        <translation>Поиск в папках выполняется рекурсивно; для файлов DICOMDIR импортируются перечисленные в них файлы.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add a folder of DICOM files</source>
        <translation>Добавить папку с файлами DICOM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add DICOM files or a DICOMDIR</source>
        <translation>Добавить файлы DICOM или DICOMDIR</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking for DICOM files…</source>
        <translation>Поиск файлов DICOM…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling: finishing the current batch…</source>
        <translation>Отмена: завершается обработка текущего пакета…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading headers: %1 of %2 files</source>
        <translation>Чтение заголовков файлов: %1 из %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled. Kept: </source>
        <translation>Импорт отменён. Сохранено: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished: </source>
        <translation>Импорт завершён: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files seen, %2 new images, %3 already in the workspace, %4 new studies, %5 new series.</source>
        <translation>просмотрено файлов: %1, новых изображений: %2, уже в рабочем пространстве: %3, новых исследований: %4, новых серий: %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) could not be imported (listed below).</source>
        <translation>
            <numerusform>%n файл не удалось импортировать (список ниже).</numerusform>
            <numerusform>%n файла не удалось импортировать (список ниже).</numerusform>
            <numerusform>%n файлов не удалось импортировать (список ниже).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::LoginDialog</name>
    <message>
        <location filename="../app/gui/LoginDialog.cpp" line="-104"/>
        <source>Sign in to Etalon</source>
        <translation>Вход в Etalon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workspace: %1</source>
        <translation>Рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
</context>
<context>
    <name>etalon::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+210"/>
        <source>Etalon — %1</source>
        <translation>Etalon — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Etalon</source>
        <translation>Etalon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Последние рабочие пространства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import DICOM…</source>
        <translation>&amp;Импорт DICOM…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;One view</source>
        <translation>&amp;Одна панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Three views (MPR)</source>
        <translation>&amp;Три панели (MPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window &amp;presets</source>
        <translation>&amp;Предустановки окна</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reset view</source>
        <translation>&amp;Сбросить вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Study browser</source>
        <translation>&amp;Браузер исследований</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workflow</source>
        <translation>&amp;Рабочий процесс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Датасеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets</source>
        <translation>Датасеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Das&amp;hboard</source>
        <translation>Панель &amp;мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release dataset…</source>
        <translation>&amp;Выпустить датасет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Etalon</source>
        <translation>&amp;О программе Etalon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open or create a workspace to begin (File menu).</source>
        <translation>Чтобы начать, откройте или создайте рабочее пространство (меню «Файл»).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open workspace</source>
        <translation>Не удаётся открыть рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace in %1 could not be opened: %2

Check the folder, or create a new workspace with File &gt; New workspace.</source>
        <translation>Не удалось открыть рабочее пространство в %1: %2

Проверьте папку или создайте новое рабочее пространство: Файл &gt; Новое рабочее пространство.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace in %1 needs a sign-in: give --user and ETALON_PASSWORD.</source>
        <translation>Для рабочего пространства в %1 нужен вход: укажите --user и ETALON_PASSWORD.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n study(ies) in the workspace.</source>
        <translation>
            <numerusform>В рабочем пространстве %n исследование.</numerusform>
            <numerusform>В рабочем пространстве %n исследования.</numerusform>
            <numerusform>В рабочем пространстве %n исследований.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>Не удаётся создать рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace could not be created in %1: %2</source>
        <translation>Не удалось создать рабочее пространство в %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace without a coordinator</source>
        <translation>Рабочее пространство без координатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace in %1 was created, but it has no coordinator account yet. Create one with etalon-cli user add, then open the workspace.</source>
        <translation>Рабочее пространство в %1 создано, но учётной записи координатора в нём пока нет. Создайте её командой etalon-cli user add, затем откройте рабочее пространство.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot sign in</source>
        <translation>Не удаётся войти</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Выберите пустую папку для нового рабочего пространства</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace folder</source>
        <translation>Открыть папку рабочего пространства</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About Etalon</source>
        <translation>О программе Etalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Etalon %1&lt;/h3&gt;&lt;p&gt;A workstation for building verified reference datasets of medical images: planning, selection, double independent reading with arbitration, and documented, versioned releases.&lt;/p&gt;&lt;p&gt;Built with Qt %2, VTK, ITK, DCMTK and GDCM.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Etalon %1&lt;/h3&gt;&lt;p&gt;Рабочая станция для создания верифицированных эталонных наборов медицинских изображений: планирование, отбор, двойное независимое описание с арбитражем, документированные версионируемые выпуски.&lt;/p&gt;&lt;p&gt;Собрано с использованием Qt %2, VTK, ITK, DCMTK и GDCM.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The series %1 has no image files in this workspace.</source>
        <translation>У серии %1 нет файлов изображений в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Cannot open series</source>
        <translation>Не удаётся открыть серию</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Loading series %1…</source>
        <translation>Загрузка серии %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The series %1 could not be displayed: %2</source>
        <translation>Не удалось отобразить серию %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2×%3×%4</source>
        <translation>%1 — %2×%3×%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 × %3 mm</source>
        <translation>%1 × %2 × %3 мм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pixel spacing not stated in the file</source>
        <translation>размер пикселя в файле не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images without a common geometry: shown one by one</source>
        <translation>изображения без общей геометрии: показываются по одному</translation>
    </message>
</context>
<context>
    <name>etalon::app::ReadingPanel</name>
    <message>
        <location filename="../app/gui/ReadingPanel.cpp" line="+451"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Нечего отменять (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1 (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>Нечего повторять (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICD-10 %1</source>
        <translation>МКБ-10 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Class: %1</source>
        <translation>Класс: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⌀ %1 mm</source>
        <translation>⌀ %1 мм</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n slice(s)</source>
        <translation>
            <numerusform>%n срез</numerusform>
            <numerusform>%n среза</numerusform>
            <numerusform>%n срезов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contour</source>
        <translation>Контур</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (j)</source>
        <translation> (j)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (i)</source>
        <translation> (i)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mm²</source>
        <translation>%1 мм²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 px²</source>
        <translation>%1 пикс.²</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+456"/>
        <source>Mask</source>
        <translation>Маска</translation>
    </message>
    <message numerus="yes">
        <location line="-439"/>
        <source>%n voxel(s)</source>
        <translation>
            <numerusform>%n воксель</numerusform>
            <numerusform>%n вокселя</numerusform>
            <numerusform>%n вокселей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ml</source>
        <translation>%1 мл</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: missing</source>
        <translation>%1: не заполнено</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Change %1</source>
        <translation>Изменение атрибута «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attributes of the selected finding</source>
        <translation>Атрибуты выбранной находки</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This reading is read-only.</source>
        <translation>Это описание доступно только для чтения.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time: %1:%2:%3</source>
        <translation>Время: %1:%2:%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading time of this study, the label&apos;s cost (counted while the reading is open)</source>
        <translation>Время описания этого исследования — трудозатраты на разметку (учитывается, пока описание открыто)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The reading cannot be submitted yet:
• %1</source>
        <translation>Описание пока нельзя отправить:
• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Submit reading</source>
        <translation>Отправка описания</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Submit this reading? It is then locked: only a coordinator can reopen it.</source>
        <translation>Отправить это описание? После отправки оно будет заблокировано: открыть его повторно сможет только координатор.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paint the mask on two slices first; the slices between them are then filled in.</source>
        <translation>Сначала закрасьте маску на двух срезах; срезы между ними будут заполнены автоматически.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+91"/>
        <source>Interpolate slices</source>
        <translation>Интерполировать срезы</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Slices interpolated.</source>
        <translation>Срезы интерполированы.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tool: %1</source>
        <translation>Инструмент: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study class: %1</source>
        <translation>Класс исследования: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush smaller / larger</source>
        <translation>Уменьшить / увеличить кисть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl + drag</source>
        <translation>Ctrl + перетаскивание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase with the brush</source>
        <translation>Стирать кистью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the contour, box or stroke being drawn</source>
        <translation>Отменить рисуемый контур, прямоугольник или мазок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click</source>
        <translation>Enter, двойной щелчок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the polygon being drawn</source>
        <translation>Замкнуть рисуемый многоугольник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected finding</source>
        <translation>Удалить выбранную находку</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Previous study of the worklist</source>
        <translation>Предыдущее исследование рабочего списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next study of the worklist</source>
        <translation>Следующее исследование рабочего списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the reading (asks to confirm)</source>
        <translation>Отправить описание (с подтверждением)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-drag</source>
        <translation>Перетаскивание правой кнопкой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window / level (mammography: all four views)</source>
        <translation>Ширина / уровень окна (маммография: все четыре проекции)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel, Up / Down</source>
        <translation>Колесо мыши, Up / Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous slice</source>
        <translation>Следующий / предыдущий срез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgUp / PgDn, Home / End</source>
        <translation>PgUp / PgDn, Home / End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 slices, first / last slice</source>
        <translation>На 10 срезов, первый / последний срез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl + wheel, + / −</source>
        <translation>Ctrl + колесо мыши, + / −</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom about the cursor</source>
        <translation>Масштабирование относительно курсора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-drag, Shift + left-drag</source>
        <translation>Перетаскивание средней кнопкой, Shift + перетаскивание левой кнопкой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>Панорамирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R, F</source>
        <translation>R, F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the image in the view</source>
        <translation>Вписать изображение в панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window button</source>
        <translation>Кнопка «Окно»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window presets, above the images (keys 1–9 choose study classes here)</source>
        <translation>Предустановки окна, над изображениями (здесь клавиши 1–9 выбирают класс исследования)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study class</source>
        <translation>Класс исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of new points, boxes and contours, and the mask label the brush paints</source>
        <translation>Метка новых точек, прямоугольников и контуров, а также метка маски, которой рисует кисть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brush:</source>
        <translation>Кисть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush diameter ([ smaller, ] larger)</source>
        <translation>Диаметр кисти ([ — меньше, ] — больше)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sphere</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paint a ball through neighbouring slices instead of a disc on the slice</source>
        <translation>Закрашивать шар, захватывая соседние срезы, а не круг на одном срезе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser removes only the active label</source>
        <translation>Ластик стирает только активную метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in range</source>
        <translation>Только в диапазоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paint only where the image value (HU for CT) lies between the two limits</source>
        <translation>Закрашивать только там, где значение изображения (HU для КТ) лежит между двумя границами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower limit</source>
        <translation>Нижняя граница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper limit</source>
        <translation>Верхняя граница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region growing:</source>
        <translation>Наращивание области:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected threshold</source>
        <translation>Связность по порогу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence connected</source>
        <translation>Связность по доверительному интервалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower limit of the grown region</source>
        <translation>Нижняя граница наращиваемой области</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper limit of the grown region</source>
        <translation>Верхняя граница наращиваемой области</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence connected: how many standard deviations around the seed&apos;s mean</source>
        <translation>Связность по доверительному интервалу: сколько стандартных отклонений в обе стороны от среднего значения вокруг затравочной точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow through the volume instead of the slice</source>
        <translation>Наращивать по всему объёму, а не в пределах среза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity:</source>
        <translation>Непрозрачность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>Только контур</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the slices between painted slices of the active label along the active view&apos;s axis</source>
        <translation>Заполнить срезы между закрашенными срезами активной метки вдоль оси активной панели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slice</source>
        <translation>Срез</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored when you leave the field</source>
        <translation>Сохраняется при выходе из поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the reading as finished (Ctrl+Enter); asks to confirm</source>
        <translation>Заблокировать описание как завершённое (Ctrl+Enter); с подтверждением</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Previous</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous study of the worklist (Alt+Left)</source>
        <translation>Предыдущее исследование рабочего списка (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Следующее ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next study of the worklist (Alt+Right)</source>
        <translation>Следующее исследование рабочего списка (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Сочетания клавиш (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist</source>
        <translation>Рабочий список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the worklist; everything is already stored</source>
        <translation>Вернуться к рабочему списку; всё уже сохранено</translation>
    </message>
</context>
<context>
    <name>etalon::app::ReadingScreen</name>
    <message>
        <location filename="../app/gui/ReadingScreen.cpp" line="+263"/>
        <source>patient %1, </source>
        <translation>пациент %1, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study %1</source>
        <translation>исследование %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть описание %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The images of %1 cannot be shown: %2

The reading is kept. Ask the coordinator to re-import the study.</source>
        <translation>Не удаётся показать изображения (%1): %2

Описание сохранено. Попросите координатора повторно импортировать исследование.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series has no image files in this workspace</source>
        <translation>у серии нет файлов изображений в этом рабочем пространстве</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading the images of %1…</source>
        <translation>Загрузка изображений (%1)…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The images of %1 could not be shown: %2

The reading is kept; try again, or ask the coordinator to check the study&apos;s files.</source>
        <translation>Не удалось показать изображения (%1): %2

Описание сохранено; попробуйте ещё раз или попросите координатора проверить файлы исследования.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The loaded series is %1×%2×%3 but the reading&apos;s findings are drawn on %4×%5×%6 images; findings may not be shown where they were drawn. Tell the coordinator.</source>
        <translation>Загруженная серия имеет размер %1×%2×%3, а находки описания нанесены на изображения %4×%5×%6; находки могут отображаться не там, где были нарисованы. Сообщите координатору.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 — comparison, not annotated</source>
        <translation>%1 — для сравнения, без разметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series %1</source>
        <translation>Серия %1</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window presets</source>
        <translation>Предустановки окна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One view</source>
        <translation>Одна панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One view or three (MPR)</source>
        <translation>Одна панель или три (MPR)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient %1</source>
        <translation>Пациент %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arbitration</source>
        <translation>арбитраж</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study %1</source>
        <translation>Исследование %1</translation>
    </message>
</context>
<context>
    <name>etalon::app::ReleaseDialog</name>
    <message>
        <location filename="../app/gui/ReleaseDialog.cpp" line="+359"/>
        <source>Release dataset</source>
        <translation>Выпуск датасета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Датасет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release</source>
        <translation>&amp;Выпуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last release:</source>
        <translation>Последний выпуск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed version:</source>
        <translation>Предлагаемая версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data units:</source>
        <translation>Единицы данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+547"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-547"/>
        <location line="+547"/>
        <source>Description</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="-547"/>
        <location line="+547"/>
        <source>Bump</source>
        <translation>Повышение версии</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>Version and CHANGELOG</source>
        <translation>Версия и CHANGELOG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;proposal</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the version back to the proposed one</source>
        <translation>Вернуть предложенную версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes for CHANGELOG.md (one per line, e.g. &quot;Corrected the README&apos;s citation.&quot;; they are published, so no patient details):</source>
        <translation>&amp;Примечания для CHANGELOG.md (по одному в строке, например «Исправлена ссылка для цитирования в README.»; они публикуются, поэтому без сведений о пациентах):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Edit documentation…</source>
        <translation>&amp;Редактировать документацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De-identification</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shift dates</source>
        <translation>&amp;Сдвигать даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move dates</source>
        <translation>&amp;Удалять даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allow images flagged with burned-in annotation</source>
        <translation>&amp;Разрешить изображения с отметкой о впечатанных надписях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder in which the bundle folder is written</source>
        <translation>Папка, в которую записывается папка пакета выпуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a &amp;zip archive</source>
        <translation>Также создать &amp;zip-архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release…</source>
        <translation>&amp;Выпустить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Released</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Единиц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Изменений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manifest (SHA-256)</source>
        <translation>Манифест (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two releases to list the units added, removed and relabelled between them</source>
        <translation>Выберите два выпуска, чтобы увидеть единицы, добавленные, удалённые и переразмеченные между ними</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Проверить пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a bundle folder against its MANIFEST.sha256</source>
        <translation>Проверить папку пакета выпуска по её MANIFEST.sha256</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clinical task</source>
        <translation>Клиническая задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data unit</source>
        <translation>Единица данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema</source>
        <translation>Схема разметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification method</source>
        <translation>Метод верификации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement thresholds</source>
        <translation>Пороги разногласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit added</source>
        <translation>Добавлена единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit removed</source>
        <translation>Удалена единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit replaced</source>
        <translation>Заменена единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels corrected</source>
        <translation>Исправлена разметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class targets</source>
        <translation>Целевые количества по классам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>major</source>
        <translation>мажорное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minor</source>
        <translation>минорное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch</source>
        <translation>патч</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace has no dataset yet; create one in the Datasets panel.</source>
        <translation>В рабочем пространстве ещё нет датасетов; создайте датасет на панели «Датасеты».</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n data unit(s) have no final labels yet; finish their verification or withdraw them before releasing.</source>
        <translation>
            <numerusform>У %n единицы данных ещё нет итоговой разметки; завершите её верификацию или изымите её из датасета перед выпуском.</numerusform>
            <numerusform>У %n единиц данных ещё нет итоговой разметки; завершите их верификацию или изымите их из датасета перед выпуском.</numerusform>
            <numerusform>У %n единиц данных ещё нет итоговой разметки; завершите их верификацию или изымите их из датасета перед выпуском.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not specified</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 README fields filled in. Licence: %3. Saving a change makes the next release at least a patch version.</source>
        <translation>Заполнено полей README: %1 из %2. Лицензия: %3. Сохранённое изменение делает следующий выпуск как минимум патч-версией.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>none — this is the first release</source>
        <translation>нет — это первый выпуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 change</source>
        <translation>изменение: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first release</source>
        <translation>первый выпуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no release needed</source>
        <translation>выпуск не требуется</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n data unit(s)</source>
        <translation>
            <numerusform>%n единица данных</numerusform>
            <numerusform>%n единицы данных</numerusform>
            <numerusform>%n единиц данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n without final labels&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;без итоговой разметки: %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;без итоговой разметки: %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;без итоговой разметки: %n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all with final labels</source>
        <translation>у всех есть итоговая разметка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes: none to list — every unit is new in the first release.</source>
        <translation>Изменения: перечислять нечего — в первом выпуске все единицы новые.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since %1: none.</source>
        <translation>Изменения после %1: нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to CHANGELOG.md with your notes:</source>
        <translation>Записано в CHANGELOG.md вместе с вашими примечаниями:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before: %1
After: %2</source>
        <translation>До: %1
После: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The first release of a dataset is 1.0.0.</source>
        <translation>Первый выпуск датасета имеет версию 1.0.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too small: the changes since %2 need at least %3 (a %4 change).</source>
        <translation>Версия %1 слишком мала: для изменений после %2 нужна как минимум %3 (изменение: %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raised above the proposed %1.</source>
        <translation>Выше предложенной версии %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to release; a note below makes a patch release.</source>
        <translation>Выпускать нечего; примечание ниже даёт патч-выпуск.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least %1 for these changes; raise it if you wish.</source>
        <translation>Для этих изменений нужна как минимум %1; при желании версию можно повысить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every date and time is removed (required ones get a dummy value), so the intervals between studies are lost.</source>
        <translation>Все даты и время удаляются (обязательные заменяются фиктивным значением), поэтому интервалы между исследованиями теряются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every date is moved back by the same secret number of days (between 1 and 10 years) for this dataset, so intervals between studies are kept and a study&apos;s dates are the same in every version.</source>
        <translation>Все даты сдвигаются назад на одно и то же секретное число дней (от 1 до 10 лет), своё для этого датасета, поэтому интервалы между исследованиями сохраняются, а даты исследования одинаковы во всех версиях.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing this after a release makes the dates of later versions differ from the earlier ones.</source>
        <translation>Если изменить это после выпуска, даты в последующих версиях будут отличаться от дат в предыдущих.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: images flagged BurnedInAnnotation = YES will be released. Their pixels may show the patient&apos;s name or other identifiers, which de-identification cannot remove: check every such image yourself.</source>
        <translation>Внимание: будут выпущены изображения с отметкой BurnedInAnnotation = YES. В их пикселях могут быть видны ФИО или другие идентификаторы пациента, которые обезличивание удалить не может: проверьте каждое такое изображение сами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images flagged with burned-in annotation (text in the pixels) stop the release, as their pixels may identify the patient.</source>
        <translation>Изображения с отметкой о впечатанных надписях (текст в пикселях) останавливают выпуск, поскольку по их пикселям можно установить личность пациента.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes %1</source>
        <translation>Будет записано: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and %1.zip</source>
        <translation> и %1.zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle folder will be named %1.</source>
        <translation>Папка пакета выпуска будет называться %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the output folder.</source>
        <translation>Выберите папку для результата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output folder %1 does not exist; create it or choose another.</source>
        <translation>Папка для результата %1 не существует; создайте её или выберите другую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; a released bundle never changes. Choose another output folder.</source>
        <translation>%1 уже существует; выпущенный пакет никогда не изменяется. Выберите другую папку для результата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.zip already exists; choose another output folder.</source>
        <translation>%1.zip уже существует; выберите другую папку для результата.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to release %1 version %2.</source>
        <translation>Всё готово к выпуску датасета %1 версии %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Output folder for the release bundle</source>
        <translation>Папка для пакета выпуска</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date treatment not changed</source>
        <translation>Обработка дат не изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date treatment of %1 could not be changed: %2</source>
        <translation>Не удаётся изменить обработку дат датасета %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release %1 %2</source>
        <translation>Выпуск %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release dataset %1 as version %2?</source>
        <translation>Выпустить датасет %1 как версию %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle %1 is written to %2%3. A release never changes once it is made: a later correction needs a new version.</source>
        <translation>Пакет %1 записывается в %2%3. Сделанный выпуск больше никогда не изменяется: для последующего исправления нужна новая версия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, with a zip archive beside it</source>
        <translation>, а рядом с ним — zip-архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the release of %1…</source>
        <translation>Подготовка выпуска %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releasing %1 %2</source>
        <translation>Выпуск %1 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Release cancelled</source>
        <translation>Выпуск отменён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release failed</source>
        <translation>Выпуск не удался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 version %2 was not released.</source>
        <translation>Датасет %1 версии %2 не выпущен.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Released %1 version %2.</source>
        <translation>Выпущен датасет %1 версии %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle: %1</source>
        <translation>Пакет: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip archive: %1</source>
        <translation>Zip-архив: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n файл, %1</numerusform>
            <numerusform>%n файла, %1</numerusform>
            <numerusform>%n файлов, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n data unit(s) released with images and labels</source>
        <translation>
            <numerusform>%1 из %n единицы данных выпущены с изображениями и разметкой</numerusform>
            <numerusform>%1 из %n единиц данных выпущены с изображениями и разметкой</numerusform>
            <numerusform>%1 из %n единиц данных выпущены с изображениями и разметкой</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 манифеста: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n предупреждение:</numerusform>
            <numerusform>%n предупреждения:</numerusform>
            <numerusform>%n предупреждений:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release written</source>
        <translation>Выпуск записан</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has not been released yet.</source>
        <translation>Датасет %1 ещё не выпускался.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n release(s) of %1, newest first. Select one to see its changes, two to compare them.</source>
        <translation>
            <numerusform>%n выпуск датасета %1, сначала новые. Выберите один, чтобы увидеть его изменения, или два, чтобы сравнить их.</numerusform>
            <numerusform>%n выпуска датасета %1, сначала новые. Выберите один, чтобы увидеть его изменения, или два, чтобы сравнить их.</numerusform>
            <numerusform>%n выпусков датасета %1, сначала новые. Выберите один, чтобы увидеть его изменения, или два, чтобы сравнить их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Released %1 by %2; %n data unit(s).</source>
        <translation>
            <numerusform>Выпущен %1 пользователем %2; %n единица данных.</numerusform>
            <numerusform>Выпущен %1 пользователем %2; %n единицы данных.</numerusform>
            <numerusform>Выпущен %1 пользователем %2; %n единиц данных.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manifest SHA-256:</source>
        <translation>SHA-256 манифеста:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change list (the first release).</source>
        <translation>Списка изменений нет (первый выпуск).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) added</source>
        <translation>
            <numerusform>добавлена %n единица</numerusform>
            <numerusform>добавлено %n единицы</numerusform>
            <numerusform>добавлено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) removed</source>
        <translation>
            <numerusform>удалена %n единица</numerusform>
            <numerusform>удалено %n единицы</numerusform>
            <numerusform>удалено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) relabelled</source>
        <translation>
            <numerusform>переразмечена %n единица</numerusform>
            <numerusform>переразмечено %n единицы</numerusform>
            <numerusform>переразмечено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n plan or documentation change(s)</source>
        <translation>
            <numerusform>%n изменение плана или документации</numerusform>
            <numerusform>%n изменения плана или документации</numerusform>
            <numerusform>%n изменений плана или документации</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle folder to verify</source>
        <translation>Папка пакета выпуска для проверки</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Verification of %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n file(s) listed in MANIFEST.sha256 are present and unchanged, and there is no other file.</source>
        <translation>
            <numerusform>Все файлы, указанные в MANIFEST.sha256 (%n), на месте и не изменены, других файлов нет.</numerusform>
            <numerusform>Все файлы, указанные в MANIFEST.sha256 (%n), на месте и не изменены, других файлов нет.</numerusform>
            <numerusform>Все файлы, указанные в MANIFEST.sha256 (%n), на месте и не изменены, других файлов нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The bundle does not match its manifest (%n file(s) listed).</source>
        <translation>
            <numerusform>Пакет не соответствует своему манифесту (в нём указан %n файл).</numerusform>
            <numerusform>Пакет не соответствует своему манифесту (в нём указано %n файла).</numerusform>
            <numerusform>Пакет не соответствует своему манифесту (в нём указано %n файлов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n missing:</source>
        <translation>
            <numerusform>Отсутствуют (%n):</numerusform>
            <numerusform>Отсутствуют (%n):</numerusform>
            <numerusform>Отсутствуют (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed:</source>
        <translation>
            <numerusform>Изменены (%n):</numerusform>
            <numerusform>Изменены (%n):</numerusform>
            <numerusform>Изменены (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not listed:</source>
        <translation>
            <numerusform>Не указаны в манифесте (%n):</numerusform>
            <numerusform>Не указаны в манифесте (%n):</numerusform>
            <numerusform>Не указаны в манифесте (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Its MANIFEST.sha256 matches no recorded release of %1.</source>
        <translation>Его MANIFEST.sha256 не совпадает ни с одним записанным выпуском датасета %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is %1 version %2 as released: its MANIFEST.sha256 is the one recorded.</source>
        <translation>Это датасет %1 версии %2 в том виде, в каком он был выпущен: его MANIFEST.sha256 совпадает с записанным.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its MANIFEST.sha256 is the one recorded for %1 version %2, but the files above differ from the release.</source>
        <translation>Его MANIFEST.sha256 совпадает с записанным для датасета %1 версии %2, но перечисленные выше файлы отличаются от выпущенных.</translation>
    </message>
</context>
<context>
    <name>etalon::app::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/ShortcutsDialog.cpp" line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>etalon::app::StudyBrowser</name>
    <message>
        <location filename="../app/gui/StudyBrowser.cpp" line="+103"/>
        <source>Cannot read the workspace catalogue: %1</source>
        <translation>Не удаётся прочитать каталог рабочего пространства: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study Instance UID: %1</source>
        <translation>Study Instance UID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+130"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n серия</numerusform>
            <numerusform>%n серии</numerusform>
            <numerusform>%n серий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-129"/>
        <location line="+11"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Series %1</source>
        <translation>Серия %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series Instance UID: %1
Double-click to open.</source>
        <translation>Series Instance UID: %1
Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No preview: the image could not be decoded.</source>
        <translation>Нет предпросмотра: не удалось декодировать изображение.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Patient / series</source>
        <translation>Пациент / серия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modality</source>
        <translation>Модальность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by patient, modality, description…</source>
        <translation>Фильтр по пациенту, модальности, описанию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace open.</source>
        <translation>Рабочее пространство не открыто.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n исследование</numerusform>
            <numerusform>%n исследования</numerusform>
            <numerusform>%n исследований</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::UsersDialog</name>
    <message>
        <location filename="../app/gui/UsersDialog.cpp" line="+24"/>
        <source>no degree</source>
        <translation>без учёной степени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate of sciences (PhD)</source>
        <translation>кандидат наук (PhD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doctor of sciences (DSc)</source>
        <translation>доктор наук (DSc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Experience:</source>
        <translation>&amp;Стаж:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Degree:</source>
        <translation>&amp;Учёная степень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added %1 (%2).</source>
        <translation>Добавлен пользователь %1 (%2).</translation>
    </message>
</context>
<context>
    <name>etalon::app::cli</name>
    <message>
        <location filename="../app/cli/CliProbe.cpp" line="+191"/>
        <source>%1 files, first %2</source>
        <translation>файлов: %1, первый: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>series:      %1</source>
        <translation>серия:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modality:    %1</source>
        <translation>модальность: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size:        %1 (columns rows slices)</source>
        <translation>размер:      %1 (столбцы строки срезы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spacing:     %1 mm</source>
        <translation>шаг:         %1 мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin:      %1 (LPS mm)</source>
        <translation>начало:      %1 (LPS, мм)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction:   %1 (row, column, slice axes)</source>
        <translation>направление: %1 (оси строки, столбца, среза)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixel type:  %1, %2 sample(s), %3</source>
        <translation>тип пикселя: %1, компонентов: %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stored:      %1 (before rescale)</source>
        <translation>хранимые:    %1 (до пересчёта)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values:      %1 %2 (after rescale)</source>
        <translation>значения:    %1 %2 (после пересчёта)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rescale:     slope %1, intercept %2</source>
        <translation>пересчёт:    наклон %1, смещение %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rescale:     per slice (%1 values)</source>
        <translation>пересчёт:    по срезам (значений: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window:      center %1, width %2</source>
        <translation>окно:        центр %1, ширина %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window:      none in the file</source>
        <translation>окно:        в файле не задано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256:      %1</source>
        <translation>sha256:      %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: etalon-cli probe PATH... [--json] [--threads N]</source>
        <translation>Использование: etalon-cli probe PATH... [--json] [--threads N]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decodes each DICOM file named, and each series found in a folder (files grouped by</source>
        <translation>Декодирует каждый указанный файл DICOM и каждую серию, найденную в папке (файлы группируются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series Instance UID), and describes the result: size, spacing, origin and direction</source>
        <translation>по Series Instance UID), и описывает результат: размер, шаг, начало координат и направление осей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(DICOM patient LPS coordinates), pixel type, photometric interpretation, value ranges,</source>
        <translation>(в координатах пациента DICOM LPS), тип пикселя, фотометрическую интерпретацию, диапазоны значений,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescale, default window.</source>
        <translation>пересчёт, окно по умолчанию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sha256 is the SHA-256 of the decoded stored pixel values: before rescale, in their</source>
        <translation>sha256 — это SHA-256 декодированных хранимых значений пикселей: до пересчёта, в исходном</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored type (e.g. int16), little-endian, slices sorted along the slice normal, each</source>
        <translation>типе хранения (например, int16), little-endian, срезы упорядочены вдоль нормали к срезу, каждый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slice row by row; colour images as interleaved RGB samples.</source>
        <translation>срез построчно; цветные изображения — как чередующиеся компоненты RGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  --json       print a JSON array with one object per file or series</source>
        <translation>  --json       вывести массив JSON с одним объектом на каждый файл или серию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --threads N  decoding threads (default: all cores)</source>
        <translation>  --threads N  число потоков декодирования (по умолчанию: все ядра)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 all decoded, 1 some item failed (reasons on stderr), 2 usage error.</source>
        <translation>Код возврата: 0 — всё декодировано, 1 — часть элементов не обработана (причины в stderr), 2 — неверные аргументы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects without pixel data (SR, RT plan, ...) are reported as &quot;no pixel data&quot;.</source>
        <translation>Объекты без пиксельных данных (SR, RT plan, ...) помечаются как «нет пиксельных данных» (в JSON: &quot;no pixel data&quot;).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>probe: --threads needs a number.</source>
        <translation>probe: для --threads нужно число.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>probe: unknown option &apos;%1&apos; (see etalon-cli probe --help).</source>
        <translation>probe: неизвестный параметр &apos;%1&apos; (см. etalon-cli probe --help).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>probe: give at least one file or folder (see etalon-cli probe --help).</source>
        <translation>probe: укажите хотя бы один файл или папку (см. etalon-cli probe --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
  no pixel data (not an image)</source>
        <translation>%1
  нет пиксельных данных (не изображение)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>probe: no DICOM files found in %1.</source>
        <translation>probe: в %1 не найдено файлов DICOM.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: etalon-cli convert PATH... --output FILE.nii[.gz] [--threads N]</source>
        <translation>Использование: etalon-cli convert PATH... --output FILE.nii[.gz] [--threads N]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads exactly one series (files, or folders searched for DICOM files) and writes it</source>
        <translation>Загружает ровно одну серию (файлы или папки, в которых ищутся файлы DICOM) и записывает её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as NIfTI-1. Stored values are written with the rescale in scl_slope/scl_inter when</source>
        <translation>в формате NIfTI-1. Хранимые значения записываются с пересчётом в scl_slope/scl_inter, если</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rescale is the same for all slices, otherwise modality values as float32.</source>
        <translation>пересчёт одинаков для всех срезов, иначе — значения модальности в формате float32.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The affine maps voxels to the same patient points as the DICOM geometry (RAS).</source>
        <translation>Аффинное преобразование переводит воксели в те же точки пациента, что и геометрия DICOM (RAS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 written, 1 failed (reason on stderr), 2 usage error.</source>
        <translation>Код возврата: 0 — записано, 1 — ошибка (причина в stderr), 2 — неверные аргументы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>convert: --output needs a file name.</source>
        <translation>convert: для --output нужно имя файла.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>convert: --threads needs a number.</source>
        <translation>convert: для --threads нужно число.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>convert: unknown option &apos;%1&apos; (see etalon-cli convert --help).</source>
        <translation>convert: неизвестный параметр &apos;%1&apos; (см. etalon-cli convert --help).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert: give the DICOM files or folder and --output FILE.nii[.gz] (see etalon-cli convert --help).</source>
        <translation>convert: укажите файлы DICOM или папку и --output FILE.nii[.gz] (см. etalon-cli convert --help).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert: the output name must end in .nii or .nii.gz: %1</source>
        <translation>convert: имя выходного файла должно оканчиваться на .nii или .nii.gz: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>convert: no DICOM images found in %1.</source>
        <translation>convert: в %1 не найдено изображений DICOM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert: found %1 series; convert one at a time (name its files or folder):</source>
        <translation>convert: найдено серий: %1; конвертируйте по одной (укажите её файлы или папку):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliWorkspace.cpp" line="+52"/>
        <source>Usage: etalon-cli import DIR --from PATH... [--copy] [--json] [--batch-size N]</source>
        <translation>Использование: etalon-cli import DIR --from PATH... [--copy] [--json] [--batch-size N]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes DICOM files into the workspace DIR, reading headers only. Each PATH is a file, a
folder (searched recursively) or a DICOMDIR (the files it references are imported).
Re-importing a file whose SOP Instance UID is already indexed adds nothing. Files that are
not DICOM, are corrupt or lack study/series UIDs are listed with the reason and skipped.
Objects without pixel data (SR, RT plans) are indexed as non-image instances.

Options:
  --from PATH...   files, folders or DICOMDIRs to import (may be repeated)
  --copy           copy the files into the workspace storage
                   (storage/&lt;study uid&gt;/&lt;series uid&gt;/&lt;sop uid&gt;.dcm) instead of referencing them
  --batch-size N   instances written per transaction (default 200)
  --json           print the summary as JSON:
    {&quot;workspace&quot;: str, &quot;filesSeen&quot;: int, &quot;instancesAdded&quot;: int,
     &quot;nonImageInstancesAdded&quot;: int, &quot;instancesAlreadyPresent&quot;: int,
     &quot;studiesAdded&quot;: int, &quot;seriesAdded&quot;: int, &quot;cancelled&quot;: bool,
     &quot;problems&quot;: [{&quot;path&quot;: str, &quot;reason&quot;: str}]}

Exit codes: 0 when something was imported or everything was already present,
1 when nothing could be imported (or the workspace cannot be written), 2 usage error.</source>
        <translation>Индексирует файлы DICOM в рабочем пространстве DIR, читая только заголовки. Каждый PATH — это файл,
папка (поиск выполняется рекурсивно) или DICOMDIR (импортируются файлы, на которые он ссылается).
Повторный импорт файла, SOP Instance UID которого уже проиндексирован, ничего не добавляет. Файлы,
которые не являются DICOM, повреждены или не содержат UID исследования/серии, выводятся с причиной и пропускаются.
Объекты без пиксельных данных (SR, планы RT) индексируются как экземпляры без изображений.

Параметры:
  --from PATH...   файлы, папки или DICOMDIR для импорта (можно указывать несколько раз)
  --copy           копировать файлы в хранилище рабочего пространства
                   (storage/&lt;study uid&gt;/&lt;series uid&gt;/&lt;sop uid&gt;.dcm), а не ссылаться на них
  --batch-size N   число экземпляров, записываемых за одну транзакцию (по умолчанию 200)
  --json           вывести сводку в формате JSON:
    {&quot;workspace&quot;: str, &quot;filesSeen&quot;: int, &quot;instancesAdded&quot;: int,
     &quot;nonImageInstancesAdded&quot;: int, &quot;instancesAlreadyPresent&quot;: int,
     &quot;studiesAdded&quot;: int, &quot;seriesAdded&quot;: int, &quot;cancelled&quot;: bool,
     &quot;problems&quot;: [{&quot;path&quot;: str, &quot;reason&quot;: str}]}

Коды возврата: 0 — что-либо импортировано или всё уже было в рабочем пространстве,
1 — ничего не удалось импортировать (или запись в рабочее пространство невозможна), 2 — неверные аргументы.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: etalon-cli list DIR [--json]</source>
        <translation>Использование: etalon-cli list DIR [--json]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints the studies and series indexed in the workspace DIR with their counts.

With --json the output is one object (keys are stable; absent values are null):
  {&quot;workspace&quot;: str, &quot;schemaVersion&quot;: int, &quot;studyCount&quot;: int, &quot;seriesCount&quot;: int,
   &quot;instanceCount&quot;: int,
   &quot;studies&quot;: [{&quot;studyInstanceUid&quot;: str, &quot;patientId&quot;: str, &quot;patientName&quot;: str,
     &quot;patientSex&quot;: str, &quot;patientAgeYears&quot;: int|null, &quot;studyDate&quot;: &quot;YYYYMMDD&quot;,
     &quot;studyDescription&quot;: str, &quot;accessionNumber&quot;: str, &quot;modalities&quot;: [str],
     &quot;seriesCount&quot;: int, &quot;instanceCount&quot;: int,
     &quot;series&quot;: [{&quot;seriesInstanceUid&quot;: str, &quot;seriesNumber&quot;: int, &quot;modality&quot;: str,
       &quot;description&quot;: str, &quot;bodyPartExamined&quot;: str, &quot;manufacturer&quot;: str,
       &quot;manufacturerModelName&quot;: str, &quot;convolutionKernel&quot;: str, &quot;kvp&quot;: num|null,
       &quot;sliceThickness&quot;: num|null, &quot;pixelSpacing&quot;: [row, column]|null,
       &quot;rows&quot;: int, &quot;columns&quot;: int, &quot;instanceCount&quot;: int,
       &quot;imageInstanceCount&quot;: int, &quot;frameCount&quot;: int}]}]}
Studies are ordered by patient name, patient id, study date; series by series number.
The text output gives each series&apos; size as ROWSxCOLUMNS.
frameCount sums the frames of the image instances (the slices of the volume).

Exit codes: 0 listed, 1 the workspace cannot be opened or read, 2 usage error.</source>
        <translation>Выводит исследования и серии, проиндексированные в рабочем пространстве DIR, с их количеством.

С --json выводится один объект (ключи неизменны; отсутствующие значения — null):
  {&quot;workspace&quot;: str, &quot;schemaVersion&quot;: int, &quot;studyCount&quot;: int, &quot;seriesCount&quot;: int,
   &quot;instanceCount&quot;: int,
   &quot;studies&quot;: [{&quot;studyInstanceUid&quot;: str, &quot;patientId&quot;: str, &quot;patientName&quot;: str,
     &quot;patientSex&quot;: str, &quot;patientAgeYears&quot;: int|null, &quot;studyDate&quot;: &quot;YYYYMMDD&quot;,
     &quot;studyDescription&quot;: str, &quot;accessionNumber&quot;: str, &quot;modalities&quot;: [str],
     &quot;seriesCount&quot;: int, &quot;instanceCount&quot;: int,
     &quot;series&quot;: [{&quot;seriesInstanceUid&quot;: str, &quot;seriesNumber&quot;: int, &quot;modality&quot;: str,
       &quot;description&quot;: str, &quot;bodyPartExamined&quot;: str, &quot;manufacturer&quot;: str,
       &quot;manufacturerModelName&quot;: str, &quot;convolutionKernel&quot;: str, &quot;kvp&quot;: num|null,
       &quot;sliceThickness&quot;: num|null, &quot;pixelSpacing&quot;: [row, column]|null,
       &quot;rows&quot;: int, &quot;columns&quot;: int, &quot;instanceCount&quot;: int,
       &quot;imageInstanceCount&quot;: int, &quot;frameCount&quot;: int}]}]}
Исследования упорядочены по имени пациента, ID пациента и дате исследования; серии — по номеру серии.
В текстовом выводе размер каждой серии указывается как ROWSxCOLUMNS.
frameCount — сумма кадров экземпляров-изображений (срезов объёма).

Коды возврата: 0 — список выведен, 1 — не удаётся открыть или прочитать рабочее пространство, 2 — неверные аргументы.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+5"/>
        <source>Cannot create the workspace: %1</source>
        <translation>Не удаётся создать рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created workspace %1 (database %2, storage %3).</source>
        <translation>Создано рабочее пространство %1 (база данных %2, хранилище %3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--batch-size needs a positive number.</source>
        <translation>Для --batch-size нужно положительное число.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option &apos;%1&apos; (see etalon-cli import --help).</source>
        <translation>Неизвестный параметр &apos;%1&apos; (см. etalon-cli import --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &apos;%1&apos;; put the paths to import after --from.</source>
        <translation>Неожиданный аргумент &apos;%1&apos;; укажите пути для импорта после --from.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: etalon-cli import DIR --from PATH... [--copy] [--json]   (see etalon-cli import --help)</source>
        <translation>Использование: etalon-cli import DIR --from PATH... [--copy] [--json]   (см. etalon-cli import --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliAudit.cpp" line="+20"/>
        <source>Usage: etalon-cli audit verify DIR [--json]
       etalon-cli audit list DIR --user LOGIN [--limit N] [--json]</source>
        <translation>Использование: etalon-cli audit verify DIR [--json]
               etalon-cli audit list DIR --user LOGIN [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace&apos;s audit log records every state change (accounts, datasets, assignments,
readings, arbitrations). It is append-only and hash-chained: each row&apos;s hash is SHA-256 of
the previous row&apos;s hash and the row&apos;s content.

verify: recomputes the chain and names the first row that was changed or deleted. Needs no
  account. Prints the head hash: keep it elsewhere to detect a chain rewritten from scratch.
  JSON: {&quot;ok&quot;: bool, &quot;rows&quot;: int, &quot;headHash&quot;: str, &quot;firstBadRow&quot;: int|null, &quot;problem&quot;: str}
list: the entries, oldest first (coordinators only); --limit N shows the newest N.
  JSON: [{&quot;id&quot;, &quot;at&quot;, &quot;actor&quot; (login, null for the system), &quot;action&quot;, &quot;objectType&quot;,
  &quot;objectId&quot;, &quot;details&quot;: {...}, &quot;hash&quot;}]

Options:
</source>
        <translation>Журнал аудита рабочего пространства фиксирует каждое изменение состояния (учётные записи, датасеты,
назначения, описания, арбитраж). Записи только добавляются и связаны цепочкой хешей: хеш каждой
записи — это SHA-256 от хеша предыдущей записи и содержимого самой записи.

verify: пересчитывает цепочку и называет первую изменённую или удалённую запись. Учётная запись
  не нужна. Выводит хеш вершины цепочки: храните его отдельно, чтобы обнаружить цепочку, переписанную заново.
  JSON: {&quot;ok&quot;: bool, &quot;rows&quot;: int, &quot;headHash&quot;: str, &quot;firstBadRow&quot;: int|null, &quot;problem&quot;: str}
list: записи, начиная с самых старых (только для координаторов); --limit N показывает N последних.
  JSON: [{&quot;id&quot;, &quot;at&quot;, &quot;actor&quot; (логин, null для системы), &quot;action&quot;, &quot;objectType&quot;,
  &quot;objectId&quot;, &quot;details&quot;: {...}, &quot;hash&quot;}]

Параметры:
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exit codes: verify 0 the chain is intact, 1 it is broken (the row is named) or unreadable;
list 0 listed, 1 failed; 2 usage error or no password, 3 authentication failed,
4 permission denied.</source>
        <translation>Коды возврата: verify: 0 — цепочка цела, 1 — цепочка нарушена (запись указывается) или не читается;
list: 0 — список выведен, 1 — ошибка; 2 — неверные аргументы или нет пароля, 3 — ошибка аутентификации,
4 — доступ запрещён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli audit verify DIR [--json]</source>
        <translation>Использование: etalon-cli audit verify DIR [--json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/CliPeople.cpp" line="+79"/>
        <location filename="../app/cli/CliSession.cpp" line="+117"/>
        <location filename="../app/cli/CliWorkspace.cpp" line="+6"/>
        <location line="+90"/>
        <source>Cannot open the workspace: %1</source>
        <translation>Не удаётся открыть рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit log of %1 is intact: %2 rows, head hash %3.</source>
        <translation>Журнал аудита %1 цел: записей — %2, хеш вершины — %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log of %1 has been tampered with: %2</source>
        <translation>Целостность журнала аудита %1 нарушена: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: etalon-cli audit list DIR --user LOGIN [--limit N] [--json]</source>
        <translation>Использование: etalon-cli audit list DIR --user LOGIN [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit needs a positive number.</source>
        <translation>Для --limit нужно положительное число.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(system)</source>
        <translation>(система)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(see etalon-cli audit --help)</source>
        <translation>(см. etalon-cli audit --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli audit verify|list DIR ...   (see etalon-cli audit --help)</source>
        <translation>Использование: etalon-cli audit verify|list DIR ...   (см. etalon-cli audit --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliWorkspace.cpp" line="-272"/>
        <source>Usage: etalon-cli workspace create DIR [--admin LOGIN] [--name &quot;FULL NAME&quot;]</source>
        <translation>Использование: etalon-cli workspace create DIR [--admin LOGIN] [--name &quot;FULL NAME&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new Etalon workspace in DIR (created if missing): the database %1 (SQLite,
write-ahead log, foreign keys, schema version %2) and the managed storage folder %3/.
Refuses a folder that already holds a workspace.

The workspace starts with one coordinator account, LOGIN (default admin), whose password
comes from the environment variable ETALON_PASSWORD or is asked for twice at the terminal
(at least %4 characters). The coordinator then adds readers and experts with &apos;etalon-cli user add&apos;.

Exit codes: 0 created, 1 could not create (e.g. a workspace already exists), 2 usage error
or no password available (nothing is created then).</source>
        <translation>Создаёт новое рабочее пространство Etalon в DIR (папка создаётся, если её нет): базу данных %1 (SQLite,
журнал упреждающей записи, внешние ключи, версия схемы %2) и управляемую папку хранилища %3/.
Папка, в которой уже есть рабочее пространство, не принимается.

Рабочее пространство создаётся с одной учётной записью координатора LOGIN (по умолчанию admin); её пароль
берётся из переменной окружения ETALON_PASSWORD или дважды запрашивается в терминале
(не менее %4 символов). Затем координатор добавляет врачей-рентгенологов и экспертов командой &apos;etalon-cli user add&apos;.

Коды возврата: 0 — создано, 1 — не удалось создать (например, рабочее пространство уже существует), 2 — неверные
аргументы или нет пароля (в этом случае ничего не создаётся).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Usage: etalon-cli workspace create DIR [--admin LOGIN]   (see etalon-cli workspace --help)</source>
        <translation>Использование: etalon-cli workspace create DIR [--admin LOGIN]   (см. etalon-cli workspace --help)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the workspace: %1 already holds an Etalon workspace; open it instead, or choose another folder.</source>
        <translation>Не удаётся создать рабочее пространство: в %1 уже есть рабочее пространство Etalon; откройте его или выберите другую папку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for the coordinator %1: </source>
        <translation>Пароль координатора %1: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workspace %1 was created, but not its coordinator account: %2
Add it with: etalon-cli user add %1 --login LOGIN --name NAME --role coordinator</source>
        <translation>Рабочее пространство %1 создано, а учётная запись координатора — нет: %2
Добавьте её командой: etalon-cli user add %1 --login LOGIN --name NAME --role coordinator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coordinator account: %1.</source>
        <translation>Учётная запись координатора: %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Imported %1 of %2 files...</source>
        <translation>Импортировано файлов: %1 из %2...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import into %1</source>
        <translation>Импорт в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  files seen:       %1</source>
        <translation>  просмотрено файлов:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  instances added:  %1 (%2 without pixel data)</source>
        <translation>  добавлено экземпляров:  %1 (без пиксельных данных: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  already present:  %1</source>
        <translation>  уже были:               %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  studies added:    %1</source>
        <translation>  добавлено исследований: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  series added:     %1</source>
        <translation>  добавлено серий:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  problems:         %1</source>
        <translation>  проблемы:               %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: no files found in %1.</source>
        <translation>Ничего не импортировано: в %1 не найдено файлов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing could be imported: none of the %1 files is a usable DICOM instance.</source>
        <translation>Ничего не удалось импортировать: ни один из файлов (всего %1) не является пригодным экземпляром DICOM.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown option &apos;%1&apos; (see etalon-cli list --help).</source>
        <translation>Неизвестный параметр &apos;%1&apos; (см. etalon-cli list --help).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Неожиданный аргумент &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: etalon-cli list DIR [--json]   (see etalon-cli list --help)</source>
        <translation>Использование: etalon-cli list DIR [--json]   (см. etalon-cli list --help)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workspace %1</source>
        <translation>Рабочее пространство %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Patient %1 (ID %2)  study %3  %4  [%5]  %6 series, %7 instances</source>
        <translation>Пациент %1 (ID %2)  исследование %3  %4  [%5]  серий: %6, экземпляров: %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  study UID %1</source>
        <translation>  UID исследования %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  #%1 %2 &quot;%3&quot;  %4x%5  %6 instances, %7 frames  kVp %8, thickness %9 mm</source>
        <translation>  #%1 %2 &quot;%3&quot;  %4x%5  экземпляров: %6, кадров: %7  кВп %8, толщина %9 мм</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>     series UID %1</source>
        <translation>     UID серии %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 studies, %2 series, %3 instances</source>
        <translation>исследований: %1, серий: %2, экземпляров: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+28"/>
        <source>workspace create DIR    make a new workspace (database + storage)</source>
        <translation>workspace create DIR    создать рабочее пространство (база данных + хранилище)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import DIR --from PATH... index DICOM files, folders and DICOMDIRs</source>
        <translation>import DIR --from PATH... индексировать файлы DICOM, папки и DICOMDIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list DIR [--json]       studies and series of a workspace</source>
        <translation>list DIR [--json]       исследования и серии рабочего пространства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probe PATH... [--json]  decode files or series and describe them</source>
        <translation>probe PATH... [--json]  декодировать файлы или серии и описать их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>convert PATH... --output FILE.nii[.gz]  write a series as NIfTI</source>
        <translation>convert PATH... --output FILE.nii[.gz]  записать серию в формате NIfTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user add|list|deactivate DIR --user LOGIN ...  accounts (coordinators)</source>
        <translation>user add|list|deactivate DIR --user LOGIN ...  учётные записи (координаторы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset create|list|show|add-studies|withdraw|schemas ...  datasets and label schemas</source>
        <translation>dataset create|list|show|add-studies|withdraw|schemas ...  датасеты и схемы разметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit verify|list DIR ...  check or read the hash-chained audit log</source>
        <translation>audit verify|list DIR ...  проверить или прочитать журнал аудита с цепочкой хешей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign DIR --user C --dataset CODE  two distinct readers per study (coordinators)</source>
        <translation>assign DIR --user C --dataset CODE  два разных врача на каждое исследование (координаторы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worklist DIR --user LOGIN [--state S]  your own readings</source>
        <translation>worklist DIR --user LOGIN [--state S]  ваши описания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading start|show|set-class|add-finding|paint|submit|reopen ...  read a study</source>
        <translation>reading start|show|set-class|add-finding|paint|submit|reopen ...  описание исследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputes DIR --user LOGIN --dataset CODE  disputed studies (coordinator, expert)</source>
        <translation>disputes DIR --user LOGIN --dataset CODE  исследования с разногласиями (координатор, эксперт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arbitrate [show|start|assign] DIR --user LOGIN --dispute ID ...  expert decisions</source>
        <translation>arbitrate [show|start|assign] DIR --user LOGIN --dispute ID ...  решения эксперта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status DIR --user LOGIN --dataset CODE [--json]  a dataset&apos;s reading figures</source>
        <translation>status DIR --user LOGIN --dataset CODE [--json]  показатели описания датасета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stats DIR --user LOGIN --dataset CODE [--json]  a dataset&apos;s agreement statistics</source>
        <translation>stats DIR --user LOGIN --dataset CODE [--json]  статистика согласия врачей по датасету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels list|correct DIR --user LOGIN --dataset CODE ...  final labels and their corrections</source>
        <translation>labels list|correct DIR --user LOGIN --dataset CODE ...  итоговая разметка и её исправления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release propose|create|list|show|diff|documentation|verify ...  versioned release bundles</source>
        <translation>release propose|create|list|show|diff|documentation|verify ...  версионируемые пакеты выпусков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registry DIR --user LOGIN [--json]  every dataset&apos;s released versions</source>
        <translation>registry DIR --user LOGIN [--json]  выпущенные версии всех датасетов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli COMMAND [ARGS...]   (etalon-cli COMMAND --help for details)</source>
        <translation>Использование: etalon-cli COMMAND [ARGS...]   (подробнее: etalon-cli COMMAND --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands acting as a user take --user LOGIN; the password comes from ETALON_PASSWORD or a prompt.
Exit codes: 0 ok, 1 failure, 2 usage error, 3 authentication failed, 4 permission denied.</source>
        <translation>Команды, выполняемые от имени пользователя, принимают --user LOGIN; пароль берётся из ETALON_PASSWORD или запрашивается.
Коды возврата: 0 — успешно, 1 — ошибка, 2 — неверные аргументы, 3 — ошибка аутентификации, 4 — доступ запрещён.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliDataset.cpp" line="+25"/>
        <source>Usage: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE
                                --schema ID|FILE.json [--task TEXT] [--unit TEXT]
                                [--target CLASS=N]... [--ordinal-tolerance N] [--iou X]
                                [--dice X] [--hd95 MM] [--consensus intersection|union]
                                [--verification TEXT] [--source TEXT] [--json]
       etalon-cli dataset list DIR --user LOGIN [--json]
       etalon-cli dataset show DIR CODE --user LOGIN [--json]
       etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all) [--json]
       etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT
       etalon-cli dataset schemas [--json]</source>
        <translation>Использование: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE
                                        --schema ID|FILE.json [--task TEXT] [--unit TEXT]
                                        [--target CLASS=N]... [--ordinal-tolerance N] [--iou X]
                                        [--dice X] [--hd95 MM] [--consensus intersection|union]
                                        [--verification TEXT] [--source TEXT] [--json]
               etalon-cli dataset list DIR --user LOGIN [--json]
               etalon-cli dataset show DIR CODE --user LOGIN [--json]
               etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all) [--json]
               etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT
               etalon-cli dataset schemas [--json]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datasets of the workspace DIR (METHODOLOGY.md, stage 1). Coordinators create datasets and add
studies; readers and experts see only datasets they have readings in.

create: CODE follows DS_&lt;test&gt;_&lt;modality&gt;[_&lt;organ&gt;]_&lt;target&gt;, e.g. DS_CT-I_CT_OGK_COVID.
  PURPOSE: functional, calibration, fine_tuning, training, dynamic or technical_defects.
  --schema: a built-in label schema (see &apos;dataset schemas&apos;) or a schema JSON file; it is
  copied into the dataset. --target CLASS=N: target count of a schema class (repeatable).
  Disagreement thresholds: --ordinal-tolerance (default 0 classes), --iou (0.5), --dice (0.7),
  --hd95 in mm (not checked by default), --consensus for agreed findings (intersection).
show: the dataset; for coordinators with its studies.
add-studies: adds studies of the workspace by Study Instance UID; STUDY_UID/SERIES_UID makes
  that series the data unit. --all adds every study not yet in the dataset. Adding a study
  again changes nothing.
  Unknown UIDs are listed; the others are added.
withdraw: removes a study from the dataset after selection (e.g. found unsuitable); its
  readings and labels stay stored, it is no longer a data unit, and the next release is a
  MINOR one. --reason is required (audit log, release notes).
schemas: the built-in label schemas.

JSON: a dataset is {&quot;code&quot;, &quot;name&quot;, &quot;version&quot;, &quot;purpose&quot;, &quot;clinicalTask&quot;, &quot;dataUnit&quot;,
  &quot;schema&quot;: {schema JSON}, &quot;classTargets&quot;: {CLASS: N}, &quot;thresholds&quot;: {&quot;ordinalTolerance&quot;,
  &quot;iou&quot;, &quot;dice&quot;, &quot;hd95Mm&quot;, &quot;findingConsensus&quot;, &quot;pointToleranceMm&quot;}, &quot;verificationMethod&quot;,
  &quot;dataSource&quot;, &quot;createdBy&quot;, &quot;createdAt&quot;, &quot;studyCount&quot;} and, in show for coordinators,
  &quot;studies&quot;: [{&quot;studyInstanceUid&quot;, &quot;seriesInstanceUid&quot; (null = whole study), &quot;state&quot;, &quot;addedAt&quot;}].
  add-studies: {&quot;added&quot;: [uid], &quot;alreadyPresent&quot;: [uid], &quot;unknown&quot;: [uid],
  &quot;problems&quot;: [{&quot;studyInstanceUid&quot;, &quot;reason&quot;}]}.

Options:
</source>
        <translation>Датасеты рабочего пространства DIR (METHODOLOGY.md, этап 1). Координаторы создают датасеты и добавляют
в них исследования; врачи-рентгенологи и эксперты видят только датасеты, в которых у них есть описания.

create: CODE имеет вид DS_&lt;test&gt;_&lt;modality&gt;[_&lt;organ&gt;]_&lt;target&gt;, например DS_CT-I_CT_OGK_COVID.
  PURPOSE: functional, calibration, fine_tuning, training, dynamic или technical_defects.
  --schema: встроенная схема разметки (см. &apos;dataset schemas&apos;) или JSON-файл схемы; схема
  копируется в датасет. --target CLASS=N: целевое количество для класса схемы (можно повторять).
  Пороги разногласия: --ordinal-tolerance (по умолчанию 0 классов), --iou (0.5), --dice (0.7),
  --hd95 в мм (по умолчанию не проверяется), --consensus для согласованных находок (intersection).
show: датасет; для координаторов — вместе с его исследованиями.
add-studies: добавляет исследования рабочего пространства по Study Instance UID; STUDY_UID/SERIES_UID делает
  эту серию единицей данных. --all добавляет все исследования, которых ещё нет в датасете. Повторное
  добавление исследования ничего не меняет.
  Неизвестные UID выводятся списком; остальные добавляются.
withdraw: изымает исследование из датасета после отбора (например, если оно оказалось непригодным);
  его описания и разметка остаются сохранёнными, но оно больше не является единицей данных, а
  следующий выпуск будет MINOR. --reason обязателен (журнал аудита, примечания к выпуску).
schemas: встроенные схемы разметки.

JSON: датасет — это {&quot;code&quot;, &quot;name&quot;, &quot;version&quot;, &quot;purpose&quot;, &quot;clinicalTask&quot;, &quot;dataUnit&quot;,
  &quot;schema&quot;: {JSON схемы}, &quot;classTargets&quot;: {CLASS: N}, &quot;thresholds&quot;: {&quot;ordinalTolerance&quot;,
  &quot;iou&quot;, &quot;dice&quot;, &quot;hd95Mm&quot;, &quot;findingConsensus&quot;, &quot;pointToleranceMm&quot;}, &quot;verificationMethod&quot;,
  &quot;dataSource&quot;, &quot;createdBy&quot;, &quot;createdAt&quot;, &quot;studyCount&quot;}, а в show для координаторов также
  &quot;studies&quot;: [{&quot;studyInstanceUid&quot;, &quot;seriesInstanceUid&quot; (null = всё исследование), &quot;state&quot;, &quot;addedAt&quot;}].
  add-studies: {&quot;added&quot;: [uid], &quot;alreadyPresent&quot;: [uid], &quot;unknown&quot;: [uid],
  &quot;problems&quot;: [{&quot;studyInstanceUid&quot;, &quot;reason&quot;}]}.

Параметры:
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exit codes: 0 done, 1 failed (add-studies: some UIDs unknown or refused; the rest were added),
2 usage error or no password available, 3 authentication failed, 4 permission denied.</source>
        <translation>Коды возврата: 0 — выполнено, 1 — ошибка (add-studies: часть UID неизвестна или отклонена; остальные добавлены),
2 — неверные аргументы или нет пароля, 3 — ошибка аутентификации, 4 — доступ запрещён.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1  %2  (version %3)</source>
        <translation>%1  %2  (версия %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  purpose:        %1</source>
        <translation>  назначение:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  clinical task:  %1</source>
        <translation>  клиническая задача: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  data unit:      %1</source>
        <translation>  единица данных:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  label schema:   %1 (%2)</source>
        <translation>  схема разметки:     %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  class targets:  %1</source>
        <translation>  цели по классам:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  thresholds:     ordinal tolerance %1, IoU %2, Dice %3, HD95 %4, consensus %5</source>
        <translation>  пороги:             допуск по порядковой шкале %1, IoU %2, Dice %3, HD95 %4, консенсус %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not checked</source>
        <translation>не проверяется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  created by %1 at %2; %3 studies</source>
        <translation>  создал: %1, %2; исследований: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    %1 classes: %2</source>
        <translation>    %1 шкала, классы: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ordinal</source>
        <translation>порядковая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nominal</source>
        <translation>номинальная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    findings: %1</source>
        <translation>    находки: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (study-level only)</source>
        <translation>нет (только уровень исследования)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE --schema ID|FILE   (see etalon-cli dataset --help)</source>
        <translation>Использование: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE --schema ID|FILE   (см. etalon-cli dataset --help)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--purpose must be functional, calibration, fine_tuning, training, dynamic or technical_defects.</source>
        <translation>Значение --purpose должно быть functional, calibration, fine_tuning, training, dynamic или technical_defects.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--target needs CLASS=N, e.g. --target CT0=100 (got &apos;%1&apos;).</source>
        <translation>Для --target нужно CLASS=N, например --target CT0=100 (получено &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 needs a number (got &apos;%2&apos;).</source>
        <translation>Для %1 нужно число (получено &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot create the dataset: %1</source>
        <translation>Не удаётся создать датасет: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created dataset %1.</source>
        <translation>Создан датасет %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli dataset list DIR --user LOGIN [--json]</source>
        <translation>Использование: etalon-cli dataset list DIR --user LOGIN [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2  [%3, %4]  %5 studies</source>
        <translation>%1  %2  [%3, %4]  исследований: %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No datasets.</source>
        <translation>Датасетов нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli dataset show DIR CODE --user LOGIN [--json]</source>
        <translation>Использование: etalon-cli dataset show DIR CODE --user LOGIN [--json]</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>  study %1%2  %3</source>
        <translation>  исследование %1%2  %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  series %1</source>
        <translation>  серия %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all)</source>
        <translation>Использование: etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Cannot add the studies: %1</source>
        <translation>Не удаётся добавить исследования: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 studies to %2; %3 were already there.</source>
        <translation>Добавлено исследований в %2: %1; уже были в датасете: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the workspace (import it first): %1</source>
        <translation>Нет в рабочем пространстве (сначала импортируйте): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added: %1: %2</source>
        <translation>Не добавлено: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT</source>
        <translation>Использование: etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot withdraw the study: %1</source>
        <translation>Не удаётся изъять исследование: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrew study %1 from %2.</source>
        <translation>Исследование %1 изъято из датасета %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(see etalon-cli dataset --help)</source>
        <translation>(см. etalon-cli dataset --help)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: etalon-cli dataset create|list|show|add-studies|withdraw|schemas ...   (see etalon-cli dataset --help)</source>
        <translation>Использование: etalon-cli dataset create|list|show|add-studies|withdraw|schemas ...   (см. etalon-cli dataset --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliPeople.cpp" line="-59"/>
        <source>Exit codes: 0 done, 1 failed (e.g. the login exists), 2 usage error or no password available,
3 authentication failed, 4 permission denied (only coordinators manage accounts).</source>
        <translation>Коды возврата: 0 — выполнено, 1 — ошибка (например, логин уже существует), 2 — неверные аргументы или нет пароля,
3 — ошибка аутентификации, 4 — доступ запрещён (учётными записями управляют только координаторы).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: etalon-cli user add DIR --user LOGIN --login NEW --name &quot;FULL NAME&quot; --role ROLE
                             [--years N] [--degree none|candidate|doctor]
       etalon-cli user list DIR --user LOGIN [--json]
       etalon-cli user deactivate DIR --user LOGIN --login OLD</source>
        <translation>Использование: etalon-cli user add DIR --user LOGIN --login NEW --name &quot;FULL NAME&quot; --role ROLE
                                     [--years N] [--degree none|candidate|doctor]
               etalon-cli user list DIR --user LOGIN [--json]
               etalon-cli user deactivate DIR --user LOGIN --login OLD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manages the accounts of the workspace DIR (coordinators only).

add: makes an account. ROLE is coordinator, reader or expert. --years (default 0) and
--degree (default none; candidate = PhD, doctor = DSc) set the qualification, which decides
who may arbitrate whom: a higher degree ranks higher, then more years. The new account&apos;s
password comes from ETALON_NEW_PASSWORD or is asked for twice at the terminal (at least %1
characters). In a workspace without any account (made before accounts existed), &apos;user add&apos;
without --user makes the first coordinator.
list: all accounts; with --json an array of
  {&quot;login&quot;: str, &quot;fullName&quot;: str, &quot;role&quot;: str, &quot;yearsExperience&quot;: int, &quot;degree&quot;: str,
   &quot;active&quot;: bool, &quot;createdAt&quot;: str}
deactivate: the account can no longer sign in; its readings and audit entries stay.

Options:
</source>
        <translation>Управляет учётными записями рабочего пространства DIR (только для координаторов).

add: создаёт учётную запись. ROLE — coordinator, reader или expert. --years (по умолчанию 0) и
--degree (по умолчанию none; candidate — кандидат наук, doctor — доктор наук) задают квалификацию, от которой
зависит, кто может проводить арбитраж для кого: выше ранг у более высокой степени, затем у большего стажа. Пароль
новой учётной записи берётся из ETALON_NEW_PASSWORD или дважды запрашивается в терминале (не менее %1
символов). В рабочем пространстве без учётных записей (созданном до их появления) &apos;user add&apos;
без --user создаёт первого координатора.
list: все учётные записи; с --json — массив объектов
  {&quot;login&quot;: str, &quot;fullName&quot;: str, &quot;role&quot;: str, &quot;yearsExperience&quot;: int, &quot;degree&quot;: str,
   &quot;active&quot;: bool, &quot;createdAt&quot;: str}
deactivate: учётная запись больше не может входить в систему; её описания и записи аудита сохраняются.

Параметры:
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage: etalon-cli user add DIR --user LOGIN --login NEW --name &quot;FULL NAME&quot; --role coordinator|reader|expert [--years N] [--degree none|candidate|doctor]   (see etalon-cli user --help)</source>
        <translation>Использование: etalon-cli user add DIR --user LOGIN --login NEW --name &quot;FULL NAME&quot; --role coordinator|reader|expert [--years N] [--degree none|candidate|doctor]   (см. etalon-cli user --help)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../app/cli/CliSession.cpp" line="-6"/>
        <source>This command needs --user LOGIN (and the password in ETALON_PASSWORD or typed when asked).</source>
        <translation>Этой команде нужен --user LOGIN (и пароль в ETALON_PASSWORD или введённый по запросу).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the new account %1: </source>
        <translation>Пароль новой учётной записи %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Cannot add the account: %1</source>
        <translation>Не удаётся добавить учётную запись: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1 %2 (%3).</source>
        <translation>Добавлен пользователь с ролью «%1»: %2 (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli user list DIR --user LOGIN [--json]   (see etalon-cli user --help)</source>
        <translation>Использование: etalon-cli user list DIR --user LOGIN [--json]   (см. etalon-cli user --help)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1  %2  %3, %4 years, degree %5%6</source>
        <translation>%1  %2  %3, стаж (лет): %4, степень: %5%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (deactivated)</source>
        <translation>  (деактивирована)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli user deactivate DIR --user LOGIN --login OLD   (see etalon-cli user --help)</source>
        <translation>Использование: etalon-cli user deactivate DIR --user LOGIN --login OLD   (см. etalon-cli user --help)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deactivated %1.</source>
        <translation>Учётная запись %1 деактивирована.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(see etalon-cli user --help)</source>
        <translation>(см. etalon-cli user --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: etalon-cli user add|list|deactivate DIR ...   (see etalon-cli user --help)</source>
        <translation>Использование: etalon-cli user add|list|deactivate DIR ...   (см. etalon-cli user --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReading.cpp" line="+31"/>
        <source>Exit codes: 0 done, 1 failed (e.g. no such reading, a value the schema does not allow), 2 usage error
or no password available, 3 authentication failed, 4 permission denied, 5 not allowed in the
current state (e.g. the reading is submitted, or not started yet).</source>
        <translation>Коды возврата: 0 — выполнено, 1 — ошибка (например, нет такого описания или значение не допускается схемой), 2 — неверные
аргументы или нет пароля, 3 — ошибка аутентификации, 4 — доступ запрещён, 5 — недопустимо в текущем
состоянии (например, описание уже отправлено или ещё не начато).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>--attr needs key=value (got &apos;%1&apos;).</source>
        <translation>Для --attr нужно key=value (получено &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one of --point, --box or --contour.</source>
        <translation>Укажите ровно один из параметров --point, --box или --contour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--point needs i,j,k (got &apos;%1&apos;).</source>
        <translation>Для --point нужно i,j,k (получено &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--diameter needs a number of mm.</source>
        <translation>Для --diameter нужно число (в мм).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--box needs i0,j0,i1,j1 or i0,j0,i1,j1,k0,k1 (got &apos;%1&apos;).</source>
        <translation>Для --box нужно i0,j0,i1,j1 или i0,j0,i1,j1,k0,k1 (получено &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--box: the slice numbers k0,k1 must be whole numbers.</source>
        <translation>--box: номера срезов k0,k1 должны быть целыми числами.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--contour needs k:i,j;i,j;... with one --contour per slice (got &apos;%1&apos;).</source>
        <translation>Для --contour нужно k:i,j;i,j;..., по одному --contour на срез (получено &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 needs a positive id (see etalon-cli worklist).</source>
        <translation>Для %1 нужен положительный id (см. etalon-cli worklist).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,...]   (see --help)</source>
        <translation>Использование: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,...]   (см. --help)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no user %1 (see etalon-cli user list).</source>
        <translation>Пользователя %1 нет (см. etalon-cli user list).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assigned %1 studies (%2 readings); %3 already had readers.</source>
        <translation>Назначено исследований: %1 (описаний: %2); уже имели врачей: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 readings in the dataset</source>
        <translation>  %1: описаний в датасете: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli worklist DIR --user LOGIN [--state S] [--json]   (see --help)</source>
        <translation>Использование: etalon-cli worklist DIR --user LOGIN [--state S] [--json]   (см. --help)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--state must be assigned, in_progress or submitted.</source>
        <translation>Значение --state должно быть assigned, in_progress или submitted.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1  %2  %3  %4  %5 %6</source>
        <translation>%1  %2  %3  %4  %5 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in the worklist.</source>
        <translation>Рабочий список пуст.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Usage: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,LOGIN,...] [--json]
       etalon-cli worklist DIR --user LOGIN [--state assigned|in_progress|submitted] [--json]
       etalon-cli reading start|show|submit DIR --user LOGIN --reading ID [--json]
       etalon-cli reading set-class DIR --user LOGIN --reading ID --class CODE|--clear
       etalon-cli reading add-finding DIR --user LOGIN --reading ID
                  (--point i,j,k [--diameter MM] | --box i0,j0,i1,j1[,k0,k1] | --contour k:i,j;i,j;...)
                  [--label CODE] [--attr KEY=VALUE]... [--json]
       etalon-cli reading remove-finding DIR --user LOGIN --finding ID
       etalon-cli reading paint DIR --user LOGIN --reading ID --voxels i0,j0,k0,i1,j1,k1 --value N [--json]
       etalon-cli reading comment DIR --user LOGIN --reading ID --text TEXT
       etalon-cli reading time DIR --user LOGIN --reading ID --seconds N
       etalon-cli reading reopen DIR --user COORDINATOR --reading ID --reason TEXT</source>
        <translation>Использование: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,LOGIN,...] [--json]
               etalon-cli worklist DIR --user LOGIN [--state assigned|in_progress|submitted] [--json]
               etalon-cli reading start|show|submit DIR --user LOGIN --reading ID [--json]
               etalon-cli reading set-class DIR --user LOGIN --reading ID --class CODE|--clear
               etalon-cli reading add-finding DIR --user LOGIN --reading ID
                          (--point i,j,k [--diameter MM] | --box i0,j0,i1,j1[,k0,k1] | --contour k:i,j;i,j;...)
                          [--label CODE] [--attr KEY=VALUE]... [--json]
               etalon-cli reading remove-finding DIR --user LOGIN --finding ID
               etalon-cli reading paint DIR --user LOGIN --reading ID --voxels i0,j0,k0,i1,j1,k1 --value N [--json]
               etalon-cli reading comment DIR --user LOGIN --reading ID --text TEXT
               etalon-cli reading time DIR --user LOGIN --reading ID --seconds N
               etalon-cli reading reopen DIR --user COORDINATOR --reading ID --reason TEXT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double reading (docs/reading-workflow.md). assign gives every study of the dataset that has no
readers yet two distinct readers, least loaded first (default: every active reader). A reader
sees and edits only their own readings (worklist), and must start a reading before editing it.
Every edit is stored at once. submit locks the reading (the study class must be set when the
schema requires it, and required finding attributes filled in); only a coordinator reopens it,
with a reason that goes into the audit log.

Coordinates are image indices of the data unit&apos;s series: i along a row, j down the columns,
k the slice (0-based); box bounds are pixel edges (pixels 10..19 are i0 9.5, i1 19.5) and k0,k1
an inclusive slice range (default 0,0). A contour is one closed polygon per slice; repeat
--contour for more slices. add-finding prints the new finding&apos;s id (with --json: {&quot;id&quot;: N}).
paint sets an inclusive block of voxels of the reading&apos;s mask to label N (0 erases; label n is
the schema&apos;s n-th finding label), as one stroke stored as a delta, and prints how many voxels
changed (with --json: {&quot;voxelsChanged&quot;: N}); the first stroke makes the mask.

JSON: assign {&quot;studiesAssigned&quot;, &quot;readingsCreated&quot;, &quot;studiesAlreadyAssigned&quot;,
  &quot;workload&quot;: {login: N}}; worklist [{&quot;reading&quot;, &quot;dataset&quot;, &quot;studyInstanceUid&quot;,
  &quot;seriesInstanceUid&quot;, &quot;patientId&quot;, &quot;studyDate&quot;, &quot;modalities&quot;, &quot;kind&quot;, &quot;state&quot;, &quot;assignedAt&quot;}];
  reading {&quot;id&quot;, &quot;datasetStudyId&quot;, &quot;kind&quot;, &quot;state&quot;, &quot;studyClass&quot;, &quot;comment&quot;, &quot;secondsSpent&quot;,
  &quot;startedAt&quot;, &quot;submittedAt&quot;, &quot;findings&quot;: [{&quot;id&quot;, &quot;kind&quot;, &quot;label&quot;, &quot;attributes&quot;, &quot;geometry&quot;}]}
  with geometry as stored (core/workflow/FindingCodec.h).

Options:
</source>
        <translation>Двойное описание (docs/reading-workflow.md). assign назначает каждому исследованию датасета, у которого
ещё нет врачей, двух разных врачей-рентгенологов, начиная с наименее загруженных (по умолчанию — из всех активных). Врач
видит и редактирует только свои описания (worklist) и должен начать описание, прежде чем редактировать его.
Каждое изменение сохраняется сразу. submit фиксирует описание (класс исследования должен быть задан, если
схема этого требует, а обязательные атрибуты находок — заполнены); повторно открыть его может только координатор,
указав причину, которая записывается в журнал аудита.

Координаты — это индексы изображения в серии единицы данных: i — вдоль строки, j — вниз по столбцам,
k — срез (с 0); границы прямоугольника проходят по краям пикселей (пиксели 10..19 — это i0 9.5, i1 19.5), а k0,k1 —
диапазон срезов включительно (по умолчанию 0,0). Контур — один замкнутый многоугольник на срез; для других срезов
повторите --contour. add-finding выводит id новой находки (с --json: {&quot;id&quot;: N}).
paint присваивает метку N блоку вокселей маски описания (границы включительно; 0 стирает; метка n —
это n-я метка находок схемы) одним мазком, который сохраняется как дельта, и выводит число изменённых
вокселей (с --json: {&quot;voxelsChanged&quot;: N}); первый мазок создаёт маску.

JSON: assign {&quot;studiesAssigned&quot;, &quot;readingsCreated&quot;, &quot;studiesAlreadyAssigned&quot;,
  &quot;workload&quot;: {login: N}}; worklist [{&quot;reading&quot;, &quot;dataset&quot;, &quot;studyInstanceUid&quot;,
  &quot;seriesInstanceUid&quot;, &quot;patientId&quot;, &quot;studyDate&quot;, &quot;modalities&quot;, &quot;kind&quot;, &quot;state&quot;, &quot;assignedAt&quot;}];
  reading {&quot;id&quot;, &quot;datasetStudyId&quot;, &quot;kind&quot;, &quot;state&quot;, &quot;studyClass&quot;, &quot;comment&quot;, &quot;secondsSpent&quot;,
  &quot;startedAt&quot;, &quot;submittedAt&quot;, &quot;findings&quot;: [{&quot;id&quot;, &quot;kind&quot;, &quot;label&quot;, &quot;attributes&quot;, &quot;geometry&quot;}]}
  geometry — в том виде, в котором хранится (core/workflow/FindingCodec.h).

Параметры:
</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Usage: etalon-cli reading start|show|set-class|add-finding|remove-finding|paint|comment|time|submit|reopen DIR --user LOGIN --reading ID ...   (see etalon-cli reading --help)</source>
        <translation>Использование: etalon-cli reading start|show|set-class|add-finding|remove-finding|paint|comment|time|submit|reopen DIR --user LOGIN --reading ID ...   (см. etalon-cli reading --help)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>set-class needs --class CODE or --clear.</source>
        <translation>Для set-class нужен --class CODE или --clear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comment needs --text TEXT (an empty text clears it).</source>
        <translation>Для comment нужен --text TEXT (пустой текст удаляет комментарий).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time needs --seconds N.</source>
        <translation>Для time нужен --seconds N.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paint needs --voxels i0,j0,k0,i1,j1,k1 (an inclusive block of voxel indices) and --value N (the mask label, 0 erases).</source>
        <translation>Для paint нужны --voxels i0,j0,k0,i1,j1,k1 (блок индексов вокселей, границы включительно) и --value N (метка маски, 0 стирает).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reopen needs --reason TEXT (it is kept in the audit log).</source>
        <translation>Для reopen нужен --reason TEXT (причина сохраняется в журнале аудита).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1: %2, class %3, %4 findings, %5 s</source>
        <translation>Описание %1: %2, класс %3, находок: %4, %5 с</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/CliVerification.cpp" line="+152"/>
        <source>  comment: %1</source>
        <translation>  комментарий: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/CliVerification.cpp" line="+2"/>
        <source>  finding %1: %2 %3 %4</source>
        <translation>  находка %1: %2 %3 %4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading %1: %2 mask voxels changed.</source>
        <translation>Описание %1: изменено вокселей маски: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1: study class %2.</source>
        <translation>Описание %1: класс исследования %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cleared</source>
        <translation>сброшен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed finding %1.</source>
        <translation>Находка %1 удалена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1: comment saved.</source>
        <translation>Описание %1: комментарий сохранён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1: %2 s added.</source>
        <translation>Описание %1: добавлено %2 с.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1 submitted.</source>
        <translation>Описание %1 отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1 reopened.</source>
        <translation>Описание %1 открыто повторно.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(see etalon-cli reading --help)</source>
        <translation>(см. etalon-cli reading --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="-75"/>
        <source>The option %1 needs a value.</source>
        <translation>Для параметра %1 нужно значение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No password: set %1 or run in a terminal to be asked.</source>
        <translation>Нет пароля: задайте %1 или запустите команду в терминале, чтобы ввести пароль по запросу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  --user LOGIN     the account to act as; its password comes from the environment
                   variable ETALON_PASSWORD or is asked for at the terminal (not echoed)
</source>
        <translation>  --user LOGIN     учётная запись, от имени которой выполняется команда; её пароль берётся из переменной
                   окружения ETALON_PASSWORD или запрашивается в терминале (без отображения ввода)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliStats.cpp" line="+19"/>
        <location line="+130"/>
        <source>Usage: etalon-cli stats DIR --user COORDINATOR --dataset CODE [--json]</source>
        <translation>Использование: etalon-cli stats DIR --user COORDINATOR --dataset CODE [--json]</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Agreement statistics of a dataset&apos;s double reading (coordinators only).
Classes, over studies with both primary readings submitted and classed: percent agreement,
the confusion matrix (rows reader A = the reading assigned first, columns reader B, schema
class order), Cohen&apos;s kappa with standard error and 95% CI, linear and quadratic weighted
kappa for ordinal schemas, and Fleiss&apos; kappa over the studies with the most common number
(3 or more) of class reads, the expert&apos;s arbitration reading counting as a read.
Findings, over the detector&apos;s matched pairs: IoU of boxes and contours, Dice and HD95 (mm)
per mask label (count, median, quartiles by linear interpolation, min, max), matched and
unmatched findings per reader. Process: the figures of &apos;etalon-cli status&apos; and, per reader,
studies read, mean and median seconds per study, and arbitrations upheld.

JSON: {&quot;dataset&quot;, &quot;classes&quot;: {&quot;scale&quot;, &quot;categories&quot;, &quot;completedPairs&quot;, &quot;items&quot;,
  &quot;percentAgreement&quot;, &quot;confusionMatrix&quot;: {&quot;rows&quot;: &quot;readerA&quot;, &quot;columns&quot;: &quot;readerB&quot;,
  &quot;categories&quot;, &quot;counts&quot;}, &quot;cohenKappa&quot;: K, &quot;weightedKappa&quot;: {&quot;linear&quot;: K, &quot;quadratic&quot;: K}
  (null for nominal schemas), &quot;fleissKappa&quot;: {&quot;value&quot;, &quot;standardErrorNull&quot;, &quot;items&quot;,
  &quot;readsPerItem&quot;, &quot;observedAgreement&quot;, &quot;expectedAgreement&quot;}, &quot;studiesWithMoreThanTwoReads&quot;},
  &quot;findings&quot;: {&quot;studiesCompared&quot;, &quot;iou&quot;: S, &quot;dice&quot;: {&quot;LABEL&quot;: S}, &quot;hd95Mm&quot;: {&quot;LABEL&quot;: S},
  &quot;maskLabels&quot;: {&quot;LABEL&quot;: code}, &quot;detection&quot;: {&quot;matchedPairs&quot;, &quot;unmatchedA&quot;, &quot;unmatchedB&quot;,
  &quot;readers&quot;: [{&quot;login&quot;, &quot;drawn&quot;, &quot;matched&quot;, &quot;unmatched&quot;}]}}, &quot;process&quot;: the JSON of
  &apos;etalon-cli status&apos;, &quot;readers&quot;: [{&quot;login&quot;, &quot;studiesRead&quot;, &quot;meanSecondsPerStudy&quot;,
  &quot;medianSecondsPerStudy&quot;, &quot;upheldInArbitration&quot;, &quot;arbitrationsInvolved&quot;}]}
  K = {&quot;value&quot;, &quot;standardError&quot;, &quot;ciLower&quot;, &quot;ciUpper&quot;, &quot;observedAgreement&quot;,
  &quot;expectedAgreement&quot;, &quot;items&quot;}, S = {&quot;count&quot;, &quot;median&quot;, &quot;q1&quot;, &quot;q3&quot;, &quot;min&quot;, &quot;max&quot;};
  a figure that is undefined (no items, a single category) is null.

Options:
</source>
        <translation>Статистика согласия врачей при двойном описании датасета (только для координаторов).
Классы — по исследованиям, у которых отправлены оба первичных описания с указанным классом: доля совпадений,
матрица сопряжённости (строки — врач A, т. е. описание, назначенное первым, столбцы — врач B, классы
в порядке схемы), каппа Коэна со стандартной ошибкой и 95% ДИ, каппа с линейными и квадратичными весами
для порядковых схем и каппа Флейса по исследованиям с наиболее частым числом (3 и более) описаний
с классом; описание эксперта при арбитраже считается отдельным описанием.
Находки — по парам, сопоставленным детектором разногласий: IoU прямоугольников и контуров, Dice и HD95 (мм)
по каждой метке маски (количество, медиана, квартили с линейной интерполяцией, минимум, максимум), число
сопоставленных и несопоставленных находок каждого врача. Процесс — показатели &apos;etalon-cli status&apos; и по каждому
врачу: число описанных исследований, среднее и медианное время на исследование в секундах, подтверждённые арбитражи.

JSON: {&quot;dataset&quot;, &quot;classes&quot;: {&quot;scale&quot;, &quot;categories&quot;, &quot;completedPairs&quot;, &quot;items&quot;,
  &quot;percentAgreement&quot;, &quot;confusionMatrix&quot;: {&quot;rows&quot;: &quot;readerA&quot;, &quot;columns&quot;: &quot;readerB&quot;,
  &quot;categories&quot;, &quot;counts&quot;}, &quot;cohenKappa&quot;: K, &quot;weightedKappa&quot;: {&quot;linear&quot;: K, &quot;quadratic&quot;: K}
  (null для номинальных схем), &quot;fleissKappa&quot;: {&quot;value&quot;, &quot;standardErrorNull&quot;, &quot;items&quot;,
  &quot;readsPerItem&quot;, &quot;observedAgreement&quot;, &quot;expectedAgreement&quot;}, &quot;studiesWithMoreThanTwoReads&quot;},
  &quot;findings&quot;: {&quot;studiesCompared&quot;, &quot;iou&quot;: S, &quot;dice&quot;: {&quot;LABEL&quot;: S}, &quot;hd95Mm&quot;: {&quot;LABEL&quot;: S},
  &quot;maskLabels&quot;: {&quot;LABEL&quot;: code}, &quot;detection&quot;: {&quot;matchedPairs&quot;, &quot;unmatchedA&quot;, &quot;unmatchedB&quot;,
  &quot;readers&quot;: [{&quot;login&quot;, &quot;drawn&quot;, &quot;matched&quot;, &quot;unmatched&quot;}]}}, &quot;process&quot;: JSON команды
  &apos;etalon-cli status&apos;, &quot;readers&quot;: [{&quot;login&quot;, &quot;studiesRead&quot;, &quot;meanSecondsPerStudy&quot;,
  &quot;medianSecondsPerStudy&quot;, &quot;upheldInArbitration&quot;, &quot;arbitrationsInvolved&quot;}]}
  K = {&quot;value&quot;, &quot;standardError&quot;, &quot;ciLower&quot;, &quot;ciUpper&quot;, &quot;observedAgreement&quot;,
  &quot;expectedAgreement&quot;, &quot;items&quot;}, S = {&quot;count&quot;, &quot;median&quot;, &quot;q1&quot;, &quot;q3&quot;, &quot;min&quot;, &quot;max&quot;};
  неопределённый показатель (нет объектов, одна категория) равен null.

Параметры:
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLabels.cpp" line="+23"/>
        <source>Usage: etalon-cli labels list DIR --user COORDINATOR --dataset CODE [--json]
       etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID
                                 [--class CODE] [--level low|medium|high]
                                 [--findings-json FILE] --reason TEXT [--json]</source>
        <translation>Использование: etalon-cli labels list DIR --user COORDINATOR --dataset CODE [--json]
               etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID
                                         [--class CODE] [--level low|medium|high]
                                         [--findings-json FILE] --reason TEXT [--json]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final labels of a dataset after verification (coordinators only).

list: one line per study not withdrawn: state (agreed, arbitrated, excluded), final class,
  verification level, number of findings, corrections made and the last reason.
correct: corrects the final label of an agreed or arbitrated study, e.g. after histology.
  --class: a class code of the dataset&apos;s label schema; --level: the verification level;
  --findings-json FILE: the new findings, a JSON array in the format stored in final labels
  ([{&quot;kind&quot;: &quot;box&quot;, &quot;label&quot;: &quot;SIGN&quot;, &quot;attributes&quot;: {}, &quot;geometry&quot;: {...}}, ...], masks with
  &quot;maskBlobBase64&quot;; see &apos;labels list --json&apos;); an empty array [] removes every finding.
  Options left out keep the current value. --reason is required; the old and new values
  and the reason go into the label&apos;s history and the audit log, and the next release is a
  PATCH. To remove a study from the dataset use &apos;etalon-cli dataset withdraw&apos;.

JSON: list prints [L]; correct prints L, with L = {&quot;datasetStudy&quot;, &quot;studyInstanceUid&quot;, &quot;state&quot;,
  &quot;studyClass&quot; (null when none), &quot;verificationLevel&quot;, &quot;findings&quot;: [findings as stored],
  &quot;decidedBy&quot; (empty when agreed automatically), &quot;decidedAt&quot;, &quot;corrections&quot;, &quot;reason&quot;,
  &quot;provenance&quot;: {as stored, with &quot;corrections&quot;: [{&quot;at&quot;, &quot;by&quot;, &quot;reason&quot;, &quot;before&quot;, &quot;after&quot;}]}}.

Options:
</source>
        <translation>Итоговая разметка датасета после верификации (только для координаторов).

list: по одной строке на каждое не изъятое исследование: состояние (agreed — согласовано,
  arbitrated — по арбитражу, excluded — исключено), итоговый класс, уровень верификации, число
  находок, число сделанных исправлений и причина последнего из них.
correct: исправляет итоговую разметку согласованного исследования или исследования, решённого
  арбитражем, например после получения результата гистологии.
  --class: код класса из схемы разметки датасета; --level: уровень верификации;
  --findings-json FILE: новые находки — массив JSON в формате, в котором хранится итоговая разметка
  ([{&quot;kind&quot;: &quot;box&quot;, &quot;label&quot;: &quot;SIGN&quot;, &quot;attributes&quot;: {}, &quot;geometry&quot;: {...}}, ...], маски — с
  &quot;maskBlobBase64&quot;; см. &apos;labels list --json&apos;); пустой массив [] удаляет все находки.
  Неуказанные параметры сохраняют текущее значение. --reason обязателен; прежние и новые значения
  и причина записываются в историю разметки и журнал аудита, а следующий выпуск будет PATCH.
  Чтобы убрать исследование из датасета, используйте &apos;etalon-cli dataset withdraw&apos;.

JSON: list выводит [L]; correct выводит L, где L = {&quot;datasetStudy&quot;, &quot;studyInstanceUid&quot;, &quot;state&quot;,
  &quot;studyClass&quot; (null, если класса нет), &quot;verificationLevel&quot;, &quot;findings&quot;: [находки в сохранённом виде],
  &quot;decidedBy&quot; (пусто, если согласовано автоматически), &quot;decidedAt&quot;, &quot;corrections&quot;, &quot;reason&quot;,
  &quot;provenance&quot;: {в сохранённом виде, с &quot;corrections&quot;: [{&quot;at&quot;, &quot;by&quot;, &quot;reason&quot;, &quot;before&quot;, &quot;after&quot;}]}}.

Параметры:
</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/cli/CliRelease.cpp" line="+57"/>
        <location filename="../app/cli/CliStats.cpp" line="+27"/>
        <location filename="../app/cli/CliVerification.cpp" line="-114"/>
        <source>Exit codes: 0 done, 1 failed (the message says why), 2 usage error or no password available,
3 authentication failed, 4 permission denied.</source>
        <translation>Коды возврата: 0 — выполнено, 1 — ошибка (причина указана в сообщении), 2 — неверные аргументы или нет пароля,
3 — ошибка аутентификации, 4 — доступ запрещён.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1  %2  class %3  level %4  findings %5</source>
        <translation>%1  %2  класс %3  уровень %4  находок %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  corrected %1x: %2</source>
        <translation>  исправлений: %1, причина: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  reason: %1</source>
        <translation>  причина: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No final labels in %1 yet.</source>
        <translation>В %1 пока нет итоговой разметки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID [--class CODE] [--level low|medium|high] [--findings-json FILE] --reason TEXT   (see etalon-cli labels --help)</source>
        <translation>Использование: etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID [--class CODE] [--level low|medium|high] [--findings-json FILE] --reason TEXT   (см. etalon-cli labels --help)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to correct: give --class, --level and/or --findings-json (see etalon-cli labels --help).</source>
        <translation>Исправлять нечего: укажите --class, --level и/или --findings-json (см. etalon-cli labels --help).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>Cannot correct the label: %1</source>
        <translation>Не удаётся исправить разметку: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Study %1 is not in dataset %2 (see &apos;etalon-cli dataset show DIR %2&apos;).</source>
        <translation>Исследования %1 нет в датасете %2 (см. &apos;etalon-cli dataset show DIR %2&apos;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the findings file %1: %2</source>
        <translation>Не удаётся прочитать файл находок %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The findings file %1 must hold a JSON array of findings (%2).</source>
        <translation>Файл находок %1 должен содержать массив находок в формате JSON (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds something else</source>
        <translation>в нём содержится что-то другое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The findings file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл находок %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Corrected: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: etalon-cli labels list|correct DIR --user COORDINATOR --dataset CODE ...</source>
        <translation>Использование: etalon-cli labels list|correct DIR --user COORDINATOR --dataset CODE ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(see etalon-cli labels --help)</source>
        <translation>(см. etalon-cli labels --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliStats.cpp" line="+13"/>
        <source>%1 (SE %2, 95% CI %3 to %4)</source>
        <translation>%1 (ст. ошибка %2, 95% ДИ от %3 до %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>median %1 (IQR %2-%3, range %4-%5, n=%6)</source>
        <translation>медиана %1 (МКР %2–%3, размах %4–%5, n=%6)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dataset %1: agreement statistics</source>
        <translation>Датасет %1: статистика согласия врачей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes (%1): %2 studies read twice, %3 with a class from both readers</source>
        <translation>Классы (шкала %1): исследований с двумя описаниями: %2, из них с классом от обоих врачей: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  percent agreement:  %1</source>
        <translation>  доля совпадений:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Cohen&apos;s kappa:      %1</source>
        <translation>  каппа Коэна:                  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  linear weighted:    %1</source>
        <translation>  каппа с линейными весами:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  quadratic weighted: %1</source>
        <translation>  каппа с квадратичными весами: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Fleiss&apos; kappa:      %1 over %2 studies with %3 reads each</source>
        <translation>  каппа Флейса:                 %1 (исследований: %2, описаний на исследование: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Fleiss&apos; kappa:      none (no study has more than two reads)</source>
        <translation>  каппа Флейса:                 нет (ни одно исследование не описано более двух раз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  confusion matrix (rows reader A, columns reader B):</source>
        <translation>  матрица сопряжённости (строки — врач A, столбцы — врач B):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings: %1 studies with findings compared; %2 matched pairs, %3 unmatched of reader A, %4 of reader B</source>
        <translation>Находки: сравнено исследований с находками: %1; сопоставленных пар: %2, несопоставленных находок врача A: %3, врача B: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  IoU (boxes, contours): %1</source>
        <translation>  IoU (прямоугольники, контуры): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Dice, label %1 (%2): %3</source>
        <translation>  Dice, метка %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  HD95 mm, label %1 (%2): %3</source>
        <translation>  HD95, мм, метка %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2 findings drawn, %3 matched, %4 unmatched</source>
        <translation>  %1: отмечено находок: %2, сопоставлено: %3, не сопоставлено: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process:</source>
        <translation>Процесс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  disputed after two reads: %1 of %2 (%3%; the article saw up to 25%)</source>
        <translation>  разногласия после двух описаний: %1 из %2 (%3%; в статье — до 25%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  still disputed after arbitration: %1 (%2%; the article saw up to 4%), %3 awaiting arbitration</source>
        <translation>  разногласия, оставшиеся после арбитража: %1 (%2%; в статье — до 4%), ожидают арбитража: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: %2 studies read, %3 s mean / %4 s median per study; upheld in %5 of %6 arbitrations</source>
        <translation>  %1: описано исследований: %2, в среднем %3 с / медиана %4 с на исследование; арбитражи: подтверждено %5 из %6</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(see etalon-cli stats --help)</source>
        <translation>(см. etalon-cli stats --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerification.cpp" line="+6"/>
        <location line="+299"/>
        <source>Usage: etalon-cli disputes DIR --user LOGIN --dataset CODE [--json]</source>
        <translation>Использование: etalon-cli disputes DIR --user LOGIN --dataset CODE [--json]</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Disputed studies of a dataset: studies whose two independent readings disagree. A coordinator
sees all of them; an expert sees those sent to them for arbitration; readers are refused.

JSON: [{&quot;dispute&quot;: id, &quot;datasetStudy&quot;: id, &quot;dataset&quot;, &quot;studyInstanceUid&quot;, &quot;reasons&quot;: [str],
  &quot;expert&quot;: user id|null, &quot;decided&quot;: bool, &quot;detectedAt&quot;}]

Options:
</source>
        <translation>Исследования датасета с разногласиями: исследования, два независимых описания которых расходятся. Координатор
видит их все; эксперт — переданные ему на арбитраж; врачам-рентгенологам доступ запрещён.

JSON: [{&quot;dispute&quot;: id, &quot;datasetStudy&quot;: id, &quot;dataset&quot;, &quot;studyInstanceUid&quot;, &quot;reasons&quot;: [str],
  &quot;expert&quot;: id пользователя|null, &quot;decided&quot;: bool, &quot;detectedAt&quot;}]

Параметры:
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude
                            [--reason TEXT]
       etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]
       etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]
       etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN</source>
        <translation>Использование: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude
                                    [--reason TEXT]
               etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]
               etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]
               etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbitration of a disputed study by the expert assigned to it (more qualified than both readers
and not one of them). Reading A is the reading assigned first.

decide: accept_a / accept_b take that reader&apos;s class and findings as the final labels; own takes
  the expert&apos;s own reading, which must be started (&apos;arbitrate start&apos;), completed with the
  &apos;reading&apos; commands and submitted first; exclude removes the study as unresolvable and needs
  --reason. A decision is final and audited. An expert who read the study is refused.
show: both readings and the detector&apos;s verdict (the assigned expert or a coordinator).
  JSON: {&quot;dispute&quot;, &quot;dataset&quot;, &quot;studyInstanceUid&quot;, &quot;readingA&quot;/&quot;readingB&quot;: {&quot;reading&quot;,
  &quot;reader&quot;, &quot;studyClass&quot;, &quot;comment&quot;, &quot;secondsSpent&quot;, &quot;submittedAt&quot;, &quot;findings&quot;: [{&quot;id&quot;,
  &quot;kind&quot;, &quot;label&quot;, &quot;attributes&quot;, &quot;geometry&quot;}]}, &quot;reasons&quot;: [{&quot;kind&quot;, &quot;message&quot;, &quot;value&quot;,
  &quot;threshold&quot;, &quot;findingA&quot;, &quot;findingB&quot;}], &quot;pairs&quot;: [{&quot;findingA&quot;, &quot;findingB&quot;, &quot;score&quot;, &quot;iou&quot;,
  &quot;dice&quot;, &quot;distanceMm&quot;}], &quot;ownReading&quot;: id|null, &quot;decision&quot;: str|null, &quot;reason&quot;, &quot;decidedAt&quot;}
start: creates (or shows) the expert&apos;s own reading, optionally starting from reading A or B;
  prints its reading id.
assign: a coordinator sends the dispute to an expert (when none qualified automatically, or to
  reassign an undecided dispute).

Options:
</source>
        <translation>Арбитраж исследования с разногласием назначенным на него экспертом (более квалифицированным, чем оба врача,
и не являющимся одним из них). Описание A — то, которое было назначено первым.

решение (--decision): accept_a / accept_b — итоговой разметкой становятся класс и находки этого врача; own —
  собственное описание эксперта, которое нужно сначала начать (&apos;arbitrate start&apos;), заполнить
  командами &apos;reading&apos; и отправить; exclude исключает исследование как неразрешимое, для него нужен
  --reason. Решение окончательное и фиксируется в журнале аудита. Эксперт, сам описывавший исследование, не допускается.
show: оба описания и вердикт детектора (для назначенного эксперта или координатора).
  JSON: {&quot;dispute&quot;, &quot;dataset&quot;, &quot;studyInstanceUid&quot;, &quot;readingA&quot;/&quot;readingB&quot;: {&quot;reading&quot;,
  &quot;reader&quot;, &quot;studyClass&quot;, &quot;comment&quot;, &quot;secondsSpent&quot;, &quot;submittedAt&quot;, &quot;findings&quot;: [{&quot;id&quot;,
  &quot;kind&quot;, &quot;label&quot;, &quot;attributes&quot;, &quot;geometry&quot;}]}, &quot;reasons&quot;: [{&quot;kind&quot;, &quot;message&quot;, &quot;value&quot;,
  &quot;threshold&quot;, &quot;findingA&quot;, &quot;findingB&quot;}], &quot;pairs&quot;: [{&quot;findingA&quot;, &quot;findingB&quot;, &quot;score&quot;, &quot;iou&quot;,
  &quot;dice&quot;, &quot;distanceMm&quot;}], &quot;ownReading&quot;: id|null, &quot;decision&quot;: str|null, &quot;reason&quot;, &quot;decidedAt&quot;}
start: создаёт (или показывает) собственное описание эксперта, при необходимости на основе описания A или B;
  выводит id этого описания.
assign: координатор передаёт разногласие эксперту (если подходящий эксперт не нашёлся автоматически или
  чтобы переназначить неразрешённое разногласие).

Параметры:
</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+327"/>
        <source>Usage: etalon-cli status DIR --user COORDINATOR --dataset CODE [--json]</source>
        <translation>Использование: etalon-cli status DIR --user COORDINATOR --dataset CODE [--json]</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>The figures of a dataset&apos;s double reading (coordinators only): studies per state, final labels
per state and class, the share of studies disputed after two reads and still disputed (excluded)
after arbitration against the article&apos;s 25% and 4%, Cohen&apos;s kappa between the two reads
(quadratic-weighted for ordinal schemas) and, per reader, readings, time and arbitrations.

JSON: {&quot;dataset&quot;, &quot;studiesByState&quot;, &quot;finalByState&quot;, &quot;finalClassCounts&quot;, &quot;completedPairs&quot;,
  &quot;disputedAfterTwoReads&quot;, &quot;awaitingArbitration&quot;, &quot;awaitingExpert&quot;,
  &quot;stillDisputedAfterArbitration&quot;, &quot;disputedShare&quot;, &quot;excludedShare&quot;, &quot;reference&quot;:
  {&quot;disputedShare&quot;: 0.25, &quot;excludedShare&quot;: 0.04}, &quot;kappa&quot;: {&quot;value&quot;, &quot;weighting&quot;, &quot;items&quot;,
  &quot;ciLower&quot;, &quot;ciUpper&quot;}, &quot;readers&quot;: [{&quot;login&quot;, &quot;userId&quot;, &quot;assigned&quot;, &quot;inProgress&quot;,
  &quot;submitted&quot;, &quot;secondsSpent&quot;, &quot;upheldInArbitration&quot;, &quot;arbitrationsInvolved&quot;,
  &quot;arbitrationsDecided&quot;}]}

Options:
</source>
        <translation>Показатели двойного описания датасета (только для координаторов): исследования по состояниям, итоговая разметка
по состояниям и классам, доля исследований с разногласиями после двух описаний и с разногласиями, оставшимися
после арбитража (исключёнными), в сравнении с 25% и 4% из статьи, каппа Коэна между двумя описаниями
(с квадратичными весами для порядковых схем) и по каждому врачу — описания, время и арбитражи.

JSON: {&quot;dataset&quot;, &quot;studiesByState&quot;, &quot;finalByState&quot;, &quot;finalClassCounts&quot;, &quot;completedPairs&quot;,
  &quot;disputedAfterTwoReads&quot;, &quot;awaitingArbitration&quot;, &quot;awaitingExpert&quot;,
  &quot;stillDisputedAfterArbitration&quot;, &quot;disputedShare&quot;, &quot;excludedShare&quot;, &quot;reference&quot;:
  {&quot;disputedShare&quot;: 0.25, &quot;excludedShare&quot;: 0.04}, &quot;kappa&quot;: {&quot;value&quot;, &quot;weighting&quot;, &quot;items&quot;,
  &quot;ciLower&quot;, &quot;ciUpper&quot;}, &quot;readers&quot;: [{&quot;login&quot;, &quot;userId&quot;, &quot;assigned&quot;, &quot;inProgress&quot;,
  &quot;submitted&quot;, &quot;secondsSpent&quot;, &quot;upheldInArbitration&quot;, &quot;arbitrationsInvolved&quot;,
  &quot;arbitrationsDecided&quot;}]}

Параметры:
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--dispute needs the number of a dispute (see &apos;etalon-cli disputes&apos;).</source>
        <translation>Для --dispute нужен номер разногласия (см. &apos;etalon-cli disputes&apos;).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: reading %2 by %3, class %4, %5 s, submitted %6</source>
        <translation>%1: описание %2, врач %3, класс %4, %5 с, отправлено: %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]   (see etalon-cli arbitrate --help)</source>
        <translation>Использование: etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]   (см. etalon-cli arbitrate --help)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Dispute %1: study %2 of dataset %3</source>
        <translation>Разногласие %1: исследование %2 датасета %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading A</source>
        <translation>Описание A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading B</source>
        <translation>Описание B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disputed</source>
        <translation>разногласие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  matched: finding %1 (A) with %2 (B), score %3</source>
        <translation>  сопоставлено: находка %1 (A) с %2 (B), оценка %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own reading</source>
        <translation>Собственное описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided: %1 at %2%3</source>
        <translation>Решение: %1, %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (reason: %1)</source>
        <translation> (причина: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not decided yet.</source>
        <translation>Решение ещё не принято.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]   (see etalon-cli arbitrate --help)</source>
        <translation>Использование: etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]   (см. etalon-cli arbitrate --help)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from takes a or b (the reading to start from).</source>
        <translation>--from принимает a или b (описание, с которого начать).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN   (see etalon-cli arbitrate --help)</source>
        <translation>Использование: etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN   (см. etalon-cli arbitrate --help)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no user %1 (see &apos;etalon-cli user list&apos;).</source>
        <translation>Пользователя %1 нет (см. &apos;etalon-cli user list&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dispute %1 is assigned to %2.</source>
        <translation>Разногласие %1 назначено пользователю %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude [--reason TEXT]   (see etalon-cli arbitrate --help)</source>
        <translation>Использование: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude [--reason TEXT]   (см. etalon-cli arbitrate --help)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--decision takes accept_a, accept_b, own or exclude.</source>
        <translation>--decision принимает accept_a, accept_b, own или exclude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluding a study needs --reason TEXT (why the dispute cannot be resolved).</source>
        <translation>Для исключения исследования нужен --reason TEXT (почему разногласие нельзя разрешить).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dispute %1 decided: %2.</source>
        <translation>Разногласие %1 разрешено: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(see etalon-cli disputes --help)</source>
        <translation>(см. etalon-cli disputes --help)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No disputes.</source>
        <translation>Разногласий нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert #%1</source>
        <translation>эксперт #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no expert yet</source>
        <translation>эксперт ещё не назначен</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(see etalon-cli arbitrate --help)</source>
        <translation>(см. etalon-cli arbitrate --help)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(see etalon-cli status --help)</source>
        <translation>(см. etalon-cli status --help)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dataset %1</source>
        <translation>Датасет %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  studies:            %1</source>
        <translation>  исследования:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  final labels:       %1</source>
        <translation>  итоговая разметка:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  final classes:      %1</source>
        <translation>  итоговые классы:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  read twice:         %1</source>
        <translation>  описаны дважды:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  disputed:           %1 (%2%; the article saw up to 25%)</source>
        <translation>  разногласия:          %1 (%2%; в статье — до 25%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  still disputed:     %1 excluded (%2%; the article saw up to 4%), %3 awaiting arbitration, %4 without expert</source>
        <translation>  остались разногласия: исключено %1 (%2%; в статье — до 4%), ожидают арбитража %3, без эксперта %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  kappa (%1):  %2 over %3 studies</source>
        <translation>  каппа (%1):  %2, исследований: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliStats.cpp" line="-90"/>
        <location line="+17"/>
        <location filename="../app/cli/CliVerification.cpp" line="+1"/>
        <source>undefined</source>
        <translation>не определена</translation>
    </message>
    <message>
        <location filename="../app/cli/CliVerification.cpp" line="+3"/>
        <source>  %1: %2 assigned, %3 in progress, %4 submitted, %5 s; upheld in %6 of %7 arbitrations; decided %8</source>
        <translation>  %1: назначено %2, в работе %3, отправлено %4, %5 с; арбитражи: подтверждено %6 из %7; решено %8</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRelease.cpp" line="+53"/>
        <source>Wrong arguments for &apos;release&apos;.</source>
        <translation>Неверные аргументы для &apos;release&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(see etalon-cli release --help)</source>
        <translation>(см. etalon-cli release --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a version MAJOR.MINOR.PATCH such as 1.2.0.</source>
        <translation>&apos;%1&apos; не является версией вида MAJOR.MINOR.PATCH, например 1.2.0.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: etalon-cli release verify BUNDLE</source>
        <translation>Использование: etalon-cli release verify BUNDLE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: all %2 files match MANIFEST.sha256.</source>
        <translation>%1: все файлы (%2) соответствуют MANIFEST.sha256.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not match its MANIFEST.sha256 (%2 files listed):</source>
        <translation>%1 не соответствует своему MANIFEST.sha256 (указано файлов: %2):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  missing: %1</source>
        <translation>  отсутствует: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  changed: %1</source>
        <translation>  изменён: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not listed: %1</source>
        <translation>  не указан в манифесте: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown release command &apos;%1&apos;.</source>
        <translation>Неизвестная команда release &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the workspace folder DIR once.</source>
        <translation>Укажите папку рабочего пространства DIR один раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dataset CODE is required.</source>
        <translation>Требуется --dataset CODE.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Data units: %1, of which %2 without final labels.</source>
        <translation>Единиц данных: %1, из них без итоговой разметки: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--output FOLDER is required: the bundle folder is written inside it.</source>
        <translation>Требуется --output FOLDER: папка пакета выпуска записывается внутри неё.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Released %1 %2: %3 (%4 files, %5; %6 of %7 data units with images and labels).</source>
        <translation>Выпущен %1 %2: %3 (файлов: %4, %5; с изображениями и разметкой: %6 из %7 единиц данных).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zip archive: %1</source>
        <translation>Zip-архив: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 манифеста: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No releases yet.</source>
        <translation>Выпусков пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2  %3 by %4, %5 units, %6 changes, manifest %7</source>
        <translation>%1 %2  %3, выпустил(а) %4, единиц: %5, изменений: %6, манифест %7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not written</source>
        <translation>не записан</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2, released %3 by %4</source>
        <translation>%1 %2, выпущен %3, выпустил(а) %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data units: %1; manifest SHA-256: %2</source>
        <translation>Единиц данных: %1; SHA-256 манифеста: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 -&gt; %3: %4 units added, %5 removed, %6 with changed labels</source>
        <translation>%1 %2 -&gt; %3: добавлено единиц: %4, удалено: %5, с изменённой разметкой: %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  added:   %1</source>
        <translation>  добавлено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  removed: %1</source>
        <translation>  удалено:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  labels:  %1</source>
        <translation>  разметка:  %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give either --logo IMAGE or --no-logo.</source>
        <translation>Укажите либо --logo IMAGE, либо --no-logo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>warning: %1: &apos;%2&apos; is not a documentation field and was ignored (fields: %3).</source>
        <translation>предупреждение: %1: &apos;%2&apos; не является полем документации и пропущено (поля: %3).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Usage: etalon-cli registry DIR --user COORDINATOR [--json]
The workspace&apos;s dataset registry: one row per released version with the methodology&apos;s
minimum fields (number, code, purpose and scope, modality, target pathology, data unit,
number and size of units, classes with their counts), as CSV or JSON.

Options:</source>
        <translation>Использование: etalon-cli registry DIR --user COORDINATOR [--json]
Реестр датасетов рабочего пространства: по одной строке на каждую выпущенную версию с минимальным
набором полей по методике (номер, код, назначение и область применения, модальность, целевая
патология, единица данных, число и объём единиц, классы с их количеством) в формате CSV или JSON.

Параметры:</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>--dates takes &apos;shift&apos; or &apos;remove&apos;.</source>
        <translation>--dates принимает значение &apos;shift&apos; или &apos;remove&apos;.</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Usage:
  etalon-cli release propose DIR --user COORDINATOR --dataset CODE [--json]
  etalon-cli release create DIR --user COORDINATOR --dataset CODE --output FOLDER
             [--version X.Y.Z] [--note TEXT]... [--zip] [--allow-burned-in] [--json]
  etalon-cli release list DIR --user COORDINATOR [--dataset CODE] [--json]
  etalon-cli release show DIR --user COORDINATOR --dataset CODE --version X.Y.Z [--json]
  etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE [--json]
  etalon-cli release documentation DIR --user COORDINATOR --dataset CODE
             [--set FILE.json] [--logo IMAGE | --no-logo] [--dates shift|remove] [--json]
  etalon-cli release verify BUNDLE
</source>
        <translation>Использование:
  etalon-cli release propose DIR --user COORDINATOR --dataset CODE [--json]
  etalon-cli release create DIR --user COORDINATOR --dataset CODE --output FOLDER
             [--version X.Y.Z] [--note TEXT]... [--zip] [--allow-burned-in] [--json]
  etalon-cli release list DIR --user COORDINATOR [--dataset CODE] [--json]
  etalon-cli release show DIR --user COORDINATOR --dataset CODE --version X.Y.Z [--json]
  etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE [--json]
  etalon-cli release documentation DIR --user COORDINATOR --dataset CODE
             [--set FILE.json] [--logo IMAGE | --no-logo] [--dates shift|remove] [--json]
  etalon-cli release verify BUNDLE
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versioned release bundles of a dataset (coordinators).
propose: the next version by the methodology&apos;s rules (plan, schema or verification principles
  changed: MAJOR; data units added, removed or replaced: MINOR; labels corrected or documentation
  edited: PATCH) with the change list; the first release is 1.0.0.
create: writes FOLDER/CODE_vX.Y.Z: dicom/ (de-identified by the PS3.15 basic profile, UIDs
  remapped consistently, dates shifted or removed), masks/ (NIfTI, DICOM SEG, RTSTRUCT), labels.csv,
  readings.csv (readers pseudonymised), findings.csv, annotations_coco.json, README.md,
  README.pdf, CHANGELOG.md, registry.csv and MANIFEST.sha256, then records the release. The
  version defaults to the proposal; a smaller one is refused. --note adds a CHANGELOG line.
  Every data unit must have final labels (finish verification or withdraw the study first).
list/show: recorded releases; diff: units added, removed and relabelled between two versions.
documentation: the README&apos;s texts as JSON (--set replaces all of them from a file, so start from
  what --json prints; a change makes the next release a PATCH, a change of the labelling or
  verification principles a MAJOR); --logo sets the organisation&apos;s logo (PNG, JPEG or SVG;
  logo.png in the bundle, at the top of the README), --no-logo removes it; --dates chooses how
  dates are de-identified (a change makes the next release a PATCH).
verify: checks a bundle folder (or a .zip of one) against its MANIFEST.sha256; on exit 1 it lists
  the missing, changed and extra files.

Options:
</source>
        <translation>Версионируемые пакеты выпусков датасета (для координаторов).
propose: следующая версия по правилам методики (изменены план, схема разметки или принципы
  верификации — MAJOR; добавлены, удалены или заменены единицы данных — MINOR; исправлена
  разметка или отредактирована документация — PATCH) вместе со списком изменений; первый
  выпуск — 1.0.0.
create: записывает FOLDER/CODE_vX.Y.Z: dicom/ (обезличены по базовому профилю PS3.15, UID
  согласованно заменены, даты сдвинуты или удалены), masks/ (NIfTI, DICOM SEG, RTSTRUCT), labels.csv,
  readings.csv (врачи псевдонимизированы), findings.csv, annotations_coco.json, README.md,
  README.pdf, CHANGELOG.md, registry.csv и MANIFEST.sha256, затем регистрирует выпуск. По
  умолчанию версия берётся из предложения; меньшая версия не принимается. --note добавляет строку
  в CHANGELOG. У каждой единицы данных должна быть итоговая разметка (сначала завершите
  верификацию или изымите исследование).
list/show: зарегистрированные выпуски; diff: единицы, добавленные, удалённые и переразмеченные
  между двумя версиями.
documentation: тексты README в виде JSON (--set заменяет их все содержимым файла, поэтому начинайте
  с того, что выводит --json; изменение делает следующий выпуск PATCH, изменение принципов
  разметки или верификации — MAJOR); --logo задаёт логотип организации (PNG, JPEG или SVG;
  logo.png в пакете, в начале README), --no-logo удаляет его; --dates выбирает способ
  обезличивания дат (изменение делает следующий выпуск PATCH).
verify: проверяет папку пакета выпуска (или её .zip) по её MANIFEST.sha256; при коде возврата 1
  перечисляет отсутствующие, изменённые и лишние файлы.

Параметры:
</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Usage: etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE</source>
        <translation>Использование: etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 не является корректным JSON: %2 (ошибка в байте %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no JSON object; write the documentation as {&quot;summary&quot;: &quot;...&quot;, ...} (see &apos;etalon-cli release documentation DIR --json&apos;).</source>
        <translation>В %1 нет объекта JSON; запишите документацию в виде {&quot;summary&quot;: &quot;...&quot;, ...} (см. &apos;etalon-cli release documentation DIR --json&apos;).</translation>
    </message>
</context>
<context>
    <name>etalon::core</name>
    <message>
        <location filename="../core/model/LabelSchema.cpp" line="+36"/>
        <source>Invalid label schema: %1</source>
        <translation>Недопустимая схема разметки: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid label schema &apos;%1&apos;: %2</source>
        <translation>Недопустимая схема разметки &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1: нет &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; of %2 must be a string.</source>
        <translation>%2: &quot;%1&quot; должно быть строкой.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be an object.</source>
        <translation>%1: ожидается объект JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1: неизвестный ключ &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the code &quot;%1&quot; of %2 is not usable: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;.</source>
        <translation>%2: код &quot;%1&quot; недопустим: используйте буквы, цифры, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; или &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has an empty name.</source>
        <translation>%1: пустое название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the colour &quot;%1&quot; of %2 is not of the form #rrggbb.</source>
        <translation>%2: цвет &quot;%1&quot; не в формате #rrggbb.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>&quot;%1&quot; должно быть массивом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>код &quot;%1&quot; встречается в &quot;%2&quot; дважды.</translation>
    </message>
</context>
<context>
    <name>etalon::core::LabelSchema</name>
    <message>
        <location line="+61"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top level must be a JSON object.</source>
        <translation>верхний уровень должен быть объектом JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>неизвестный ключ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;formatVersion&quot; is %1; this Etalon reads version 1.</source>
        <translation>&quot;formatVersion&quot; равно %1; эта версия Etalon читает только версию 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>the schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the id &quot;%1&quot; is not usable: use lower-case letters, digits and &apos;-&apos;.</source>
        <translation>идентификатор &quot;%1&quot; недопустим: используйте строчные латинские буквы, цифры и &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name is empty.</source>
        <translation>название пустое.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;scale&quot; must be &quot;nominal&quot; or &quot;ordinal&quot; (is &quot;%1&quot;).</source>
        <translation>&quot;scale&quot; должно быть &quot;nominal&quot; или &quot;ordinal&quot; (указано &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;studyClassRequired&quot; must be true or false.</source>
        <translation>&quot;studyClassRequired&quot; должно быть true или false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finding label</source>
        <translation>метка находки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at most 255 finding labels fit in a mask (there are %1).</source>
        <translation>в маску помещается не более 255 меток находок (указано %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;findingKinds&quot; must be an array of &quot;point&quot;, &quot;box&quot;, &quot;contour&quot;, &quot;mask&quot;.</source>
        <translation>&quot;findingKinds&quot; должно быть массивом из значений &quot;point&quot;, &quot;box&quot;, &quot;contour&quot;, &quot;mask&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown finding kind &quot;%1&quot;; use &quot;point&quot;, &quot;box&quot;, &quot;contour&quot; or &quot;mask&quot;.</source>
        <translation>неизвестный тип находки &quot;%1&quot;; используйте &quot;point&quot;, &quot;box&quot;, &quot;contour&quot; или &quot;mask&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the finding kind &quot;%1&quot; is listed twice.</source>
        <translation>тип находки &quot;%1&quot; указан дважды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;attributes&quot; must be an array.</source>
        <translation>&quot;attributes&quot; должно быть массивом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute %1</source>
        <translation>атрибут %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object.</source>
        <translation>%1: ожидается объект JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1: неизвестный ключ &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the key &quot;%1&quot; of %2 is not usable.</source>
        <translation>%2: ключ &quot;%1&quot; недопустим.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the attribute &quot;%1&quot; is defined twice.</source>
        <translation>атрибут &quot;%1&quot; определён дважды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;options&quot; of attribute &quot;%1&quot; must be an array of strings.</source>
        <translation>&quot;options&quot; атрибута &quot;%1&quot; должно быть массивом строк.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;options&quot; of attribute &quot;%1&quot; must be non-empty strings.</source>
        <translation>элементы &quot;options&quot; атрибута &quot;%1&quot; должны быть непустыми строками.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option &quot;%1&quot; of attribute &quot;%2&quot; is listed twice.</source>
        <translation>вариант &quot;%1&quot; атрибута &quot;%2&quot; указан дважды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;required&quot; of attribute &quot;%1&quot; must be true or false.</source>
        <translation>&quot;required&quot; атрибута &quot;%1&quot; должно быть true или false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has neither study-level classes nor finding kinds, so a reader could answer nothing.</source>
        <translation>в ней нет ни классов уровня исследования, ни типов находок, поэтому врачу нечего было бы отметить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a required study-level class needs at least two classes to choose from.</source>
        <translation>для обязательного класса уровня исследования нужно не менее двух классов на выбор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ordinal scale needs at least two classes.</source>
        <translation>для порядковой шкалы нужно не менее двух классов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finding labels or attributes are given but no finding kinds are allowed.</source>
        <translation>заданы метки или атрибуты находок, но ни один тип находок не разрешён.</translation>
    </message>
</context>
<context>
    <name>etalon::core::annotation</name>
    <message>
        <location filename="../core/annotation/AnnotationDocument.cpp" line="+452"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contour</source>
        <translation>контур</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask</source>
        <translation>маска</translation>
    </message>
</context>
<context>
    <name>etalon::core::annotation::AnnotationDocument</name>
    <message>
        <location line="-140"/>
        <location line="+491"/>
        <source>This reading is submitted and locked; it opens read-only.</source>
        <translation>Это описание отправлено и заблокировано; оно открывается только для чтения.</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>This is another reader&apos;s reading; it opens read-only.</source>
        <translation>Это описание другого врача; оно открывается только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reading has not been started; it opens read-only.</source>
        <translation>Это описание ещё не начато; оно открывается только для чтения.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Add %1</source>
        <translation>Добавление находки (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>The finding is no longer in this reading.</source>
        <translation>Этой находки больше нет в описании.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Edit %1</source>
        <translation>Изменение находки (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1</source>
        <translation>Удаление находки (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The label schema %1 of dataset %2 does not allow masks.</source>
        <translation>Схема разметки %1 датасета %2 не допускает масок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+175"/>
        <source>Mask label %1 does not exist; the schema has %2.</source>
        <translation>Метки маски %1 не существует; всего меток в схеме: %2.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Erase</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush stroke</source>
        <translation>Мазок кистью</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The new mask does not have the size of the images.</source>
        <translation>Размер новой маски не совпадает с размером изображений.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The study class is not set.</source>
        <translation>Не задан класс исследования.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding %1 (%2) lacks the required attribute &apos;%3&apos;.</source>
        <translation>У находки %1 (%2) не заполнен обязательный атрибут &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish or cancel the brush stroke before submitting.</source>
        <translation>Перед отправкой завершите или отмените мазок кистью.</translation>
    </message>
</context>
<context>
    <name>etalon::core::annotation::ClassCommand</name>
    <message>
        <location line="-656"/>
        <source>Set class</source>
        <translation>Изменение класса исследования</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom</name>
    <message>
        <location filename="../core/dicom/HeaderReader.cpp" line="+269"/>
        <location filename="../core/dicom/VolumeLoader.cpp" line="+284"/>
        <source>%1: file not found.</source>
        <translation>%1: файл не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a regular file.</source>
        <translation>%1: не является обычным файлом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no permission to read the file.</source>
        <translation>%1: нет прав на чтение файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is empty (0 bytes), not DICOM.</source>
        <translation>%1: файл пуст (0 байт), это не DICOM.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a DICOM file (no DICOM preamble, and not a readable data set: %2).</source>
        <translation>%1: не файл DICOM (нет преамбулы DICOM, и набор данных не читается: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the DICOM file is truncated or corrupt (%2).</source>
        <translation>%1: файл DICOM обрезан или повреждён (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the DICOM file cannot be parsed (%2).</source>
        <translation>%1: не удаётся разобрать файл DICOM (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a DICOMDIR (media directory), not an instance; import it by name to import the files it lists.</source>
        <translation>%1: это DICOMDIR (каталог носителя), а не экземпляр; чтобы импортировать перечисленные в нём файлы, укажите его по имени.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: not DICOM (no SOP Instance UID found).</source>
        <translation>%1: не DICOM (SOP Instance UID не найден).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not DICOM or corrupt (invalid SOP Instance UID).</source>
        <translation>%1: не DICOM или файл повреждён (недопустимый SOP Instance UID).</translation>
    </message>
    <message>
        <location filename="../core/dicom/Indexer.cpp" line="+278"/>
        <source>cannot create the storage folder %1</source>
        <translation>не удаётся создать папку хранилища %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot copy the file into %1 (disk full or no permission?)</source>
        <translation>не удаётся скопировать файл в %1 (диск заполнен или нет прав?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move the copied file to %1</source>
        <translation>не удаётся переместить скопированный файл в %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no Study Instance UID; the file cannot be placed in a study</source>
        <translation>нет Study Instance UID; файл нельзя отнести к исследованию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Series Instance UID; the file cannot be placed in a series</source>
        <translation>нет Series Instance UID; файл нельзя отнести к серии</translation>
    </message>
    <message>
        <location filename="../core/dicom/VolumeLoader.cpp" line="-54"/>
        <source>%1: the header describes %2 x %3 pixels in %4 frame(s), %5 GB of pixel data; that is not a plausible image (damaged header?).</source>
        <translation>%1: заголовок описывает %2 x %3 пикселей, кадров: %4, %5 ГБ пиксельных данных; такое изображение неправдоподобно (повреждён заголовок?).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: this pixel format is not supported.</source>
        <translation>%1: этот формат пикселей не поддерживается.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the file is empty (0 bytes), not a DICOM file.</source>
        <translation>%1: файл пуст (0 байт), это не файл DICOM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a DICOM file (%2).</source>
        <translation>%1: не файл DICOM (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the DICOM file is damaged or truncated (%2).</source>
        <translation>%1: файл DICOM повреждён или обрезан (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a DICOM file (no DICOM header or attributes found).</source>
        <translation>%1: не файл DICOM (не найдены заголовок или атрибуты DICOM).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: float pixel data is not supported.</source>
        <translation>%1: пиксельные данные с плавающей точкой не поддерживаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no pixel data%2 — this object is not an image.</source>
        <translation>%1: нет пиксельных данных%2 — этот объект не является изображением.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: Rows or Columns is missing or zero; the image cannot be decoded.</source>
        <translation>%1: Rows или Columns отсутствует или равно нулю; изображение невозможно декодировать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Bits Allocated %2 is not supported (1, 8, 16 or 32 are).</source>
        <translation>%1: Bits Allocated %2 не поддерживается (поддерживаются 1, 8, 16 и 32).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 samples per pixel is not supported.</source>
        <translation>%1: число компонентов на пиксель %2 не поддерживается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: palette colour images are not supported; convert the file to RGB.</source>
        <translation>%1: изображения с цветовой палитрой не поддерживаются; преобразуйте файл в RGB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: photometric interpretation %2 with one sample is not supported.</source>
        <translation>%1: фотометрическая интерпретация %2 с одним компонентом не поддерживается.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+231"/>
        <location line="+58"/>
        <source>%1: the Pixel Data element cannot be read.</source>
        <translation>%1: не удаётся прочитать элемент Pixel Data.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>%1: the header describes %2 x %3 pixels in %4 frame(s), but the file holds only %5 bytes of compressed data; the header is damaged.</source>
        <translation>%1: заголовок описывает %2 x %3 пикселей, кадров: %4, но в файле всего %5 байт сжатых данных; заголовок повреждён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: compressed 1-bit images are not supported.</source>
        <translation>%1: сжатые 1-битные изображения не поддерживаются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: uncompressed YBR_FULL_422 is supported with 8 bits only.</source>
        <translation>%1: несжатый YBR_FULL_422 поддерживается только при 8 битах.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: Pixel Data holds %2 bytes, but %3 x %4 pixels x %5 frame(s) x %6 sample(s) at %7 bits need %8 bytes; the file is truncated or its header is wrong.</source>
        <translation>%1: Pixel Data содержит %2 байт, но для %3 x %4 пикселей, кадров: %5, компонентов: %6, по %7 бит нужно %8 байт; файл обрезан или его заголовок неверен.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: Pixel Data claims %2 bytes but the file has only %3 bytes; the file is truncated.</source>
        <translation>%1: в Pixel Data заявлено %2 байт, но в файле всего %3 байт; файл обрезан.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: colour model %2 is not supported.</source>
        <translation>%1: цветовая модель %2 не поддерживается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: uncompressed colour model %2 is not supported.</source>
        <translation>%1: несжатая цветовая модель %2 не поддерживается.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1: decoded pixel data has %2 bytes, %3 expected.</source>
        <translation>%1: декодированные пиксельные данные занимают %2 байт, ожидалось %3.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read the pixel data (%2); the file is truncated or damaged.</source>
        <translation>%1: не удаётся прочитать пиксельные данные (%2); файл обрезан или повреждён.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: frame %2 cannot be decompressed (%3).</source>
        <translation>%1: не удаётся распаковать кадр %2 (%3).</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom::CatalogWriter</name>
    <message>
        <location filename="../core/dicom/Indexer.cpp" line="-198"/>
        <source>Cannot prepare the import: %1</source>
        <translation>Не удаётся подготовить импорт: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot record %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot read the workspace: %1</source>
        <translation>Не удаётся прочитать рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write to the workspace: %1</source>
        <translation>Не удаётся записать в рабочее пространство: %1</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom::Indexer</name>
    <message>
        <location line="+52"/>
        <source>The workspace %1 is not open.</source>
        <translation>Рабочее пространство %1 не открыто.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot start writing to the workspace %1: %2</source>
        <translation>Не удаётся начать запись в рабочее пространство %1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot save the import into the workspace %1: %2</source>
        <translation>Не удаётся сохранить результаты импорта в рабочем пространстве %1: %2</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom::VolumeLoader</name>
    <message>
        <location filename="../core/dicom/VolumeLoader.cpp" line="+48"/>
        <source>No files given to load.</source>
        <translation>Не указаны файлы для загрузки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+170"/>
        <source>Loading was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>%1: image size %2 x %3 differs from %4 x %5 in %6; the files are not one series.</source>
        <translation>%1: размер изображения %2 x %3 отличается от %4 x %5 в %6; файлы не относятся к одной серии.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: pixel format differs from %2; the files are not one series.</source>
        <translation>%1: формат пикселей отличается от %2; файлы не относятся к одной серии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: image orientation differs from %2; mixed orientations cannot form one volume.</source>
        <translation>%1: ориентация изображения отличается от %2; из срезов с разной ориентацией нельзя построить один объём.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: not enough memory for %2 MB of voxels.</source>
        <translation>%1: недостаточно памяти для %2 МБ вокселей.</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom::gdcmcodec</name>
    <message>
        <location filename="../core/dicom/CodecsGdcm.cpp" line="+49"/>
        <location line="+28"/>
        <source>%1: the DICOM file is damaged or truncated.</source>
        <translation>%1: файл DICOM повреждён или обрезан.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+9"/>
        <source>%1: the file has no complete Pixel Data.</source>
        <translation>%1: в файле нет полного элемента Pixel Data.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: Pixel Data is shorter than the image size needs; the file is truncated.</source>
        <translation>%1: Pixel Data короче, чем требуется для такого размера изображения; файл обрезан.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: GDCM could not read the image (damaged or unsupported compressed pixel data).</source>
        <translation>%1: GDCM не удалось прочитать изображение (сжатые пиксельные данные повреждены или не поддерживаются).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: decoded pixel data would be %2 bytes, but the header describes %3 bytes.</source>
        <translation>%1: декодированные пиксельные данные заняли бы %2 байт, а заголовок описывает %3 байт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not enough memory to decode the image.</source>
        <translation>%1: недостаточно памяти для декодирования изображения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: GDCM could not decode the compressed pixel data; the file may be damaged.</source>
        <translation>%1: GDCM не удалось декодировать сжатые пиксельные данные; возможно, файл повреждён.</translation>
    </message>
</context>
<context>
    <name>etalon::core::evaluation</name>
    <message>
        <location filename="../core/evaluation/Agreement.cpp" line="+53"/>
        <source>Rater A has %1 ratings and rater B %2: agreement needs one pair per item.</source>
        <translation>У оценщика A оценок: %1, у оценщика B: %2; для расчёта согласия нужна ровно одна пара оценок на каждый объект.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement needs at least one category.</source>
        <translation>Для расчёта согласия нужна хотя бы одна категория.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 has a rating outside the %2 categories of the schema.</source>
        <translation>У объекта %1 есть оценка вне категорий схемы (всего категорий: %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kappa needs at least one rated item.</source>
        <translation>Для расчёта каппы нужен хотя бы один оценённый объект.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confusion matrix is not square.</source>
        <translation>Матрица ошибок не квадратная.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kappa is undefined: both raters used one and the same category for every item.</source>
        <translation>Каппа не определена: оба оценщика присвоили всем объектам одну и ту же категорию.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Fleiss&apos; kappa needs at least one rated item.</source>
        <translation>Для расчёта каппы Флейса нужен хотя бы один оценённый объект.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa needs at least two ratings per item.</source>
        <translation>Для расчёта каппы Флейса нужно не менее двух оценок на каждый объект.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1 has a negative count.</source>
        <translation>У объекта %1 отрицательное число оценок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item %1 has %2 ratings in %3 categories; every item needs %4 ratings in %5 categories.</source>
        <translation>Объект %1: оценок — %2, категорий — %3; у каждого объекта должно быть оценок — %4, категорий — %5.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fleiss&apos; kappa is undefined: every rating fell in one and the same category.</source>
        <translation>Каппа Флейса не определена: все оценки попали в одну и ту же категорию.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A distribution needs at least one value.</source>
        <translation>Для распределения нужно хотя бы одно значение.</translation>
    </message>
</context>
<context>
    <name>etalon::core::imaging</name>
    <message>
        <location filename="../core/imaging/NiftiWriter.cpp" line="+56"/>
        <source>Nothing to write to %1: the volume is empty.</source>
        <translation>Нечего записывать в %1: объём пуст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: NIfTI colour images must be 8-bit RGB, this volume has %2 samples of %3.</source>
        <translation>Не удаётся записать %1: цветные изображения NIfTI должны быть 8-битными RGB, а в этом объёме компонентов: %2, тип %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not enough memory to convert the volume for %1.</source>
        <translation>Недостаточно памяти для преобразования объёма для %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1: the NIfTI header could not be created.</source>
        <translation>Не удаётся записать %1: не удалось создать заголовок NIfTI.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write %1: the name must end in .nii or .nii.gz.</source>
        <translation>Не удаётся записать %1: имя должно оканчиваться на .nii или .nii.gz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: check that the folder exists and is writable, and the disk has space.</source>
        <translation>Не удаётся записать %1: проверьте, что папка существует и доступна для записи и что на диске есть свободное место.</translation>
    </message>
</context>
<context>
    <name>etalon::core::imaging::Consensus</name>
    <message>
        <location filename="../core/imaging/Consensus.cpp" line="+80"/>
        <source>Union</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intersection</source>
        <translation>Пересечение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STAPLE estimate</source>
        <translation>Оценка STAPLE</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The two readers&apos; masks have different sizes (%1x%2x%3 and %4x%5x%6); they cannot be combined. Check that both readings were drawn on the same series.</source>
        <translation>Маски двух врачей имеют разные размеры (%1x%2x%3 и %4x%5x%6), поэтому построить по ним консенсусную маску нельзя. Проверьте, что оба описания выполнены на одной и той же серии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A mask holds %1 voxels where its size %2x%3x%4 needs %5; the stored mask is damaged.</source>
        <translation>Маска содержит вокселей: %1, но для её размера %2x%3x%4 нужно %5; сохранённая маска повреждена.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The STAPLE estimate failed: %1</source>
        <translation>Не удалось получить оценку STAPLE: %1</translation>
    </message>
</context>
<context>
    <name>etalon::core::imaging::MaskMetrics</name>
    <message>
        <location filename="../core/imaging/MaskMetrics.cpp" line="+164"/>
        <source>The mask holds %1 voxels but its size %2×%3×%4 needs %5; the finding is damaged.</source>
        <translation>Маска содержит вокселей: %1, но для её размера %2×%3×%4 нужно %5; находка повреждена.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The masks differ in size (%1×%2×%3 and %4×%5×%6); both must cover the same series.</source>
        <translation>Размеры масок различаются (%1×%2×%3 и %4×%5×%6); обе маски должны покрывать одну и ту же серию.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Surface distances need a positive voxel spacing.</source>
        <translation>Для расчёта поверхностных расстояний нужен положительный размер вокселя.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+301"/>
        <source>ITK could not compute the distance map: %1</source>
        <translation>ITK не удалось вычислить карту расстояний: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The voxel set does not match its size.</source>
        <translation>Набор вокселей не соответствует своему размеру.</translation>
    </message>
</context>
<context>
    <name>etalon::core::imaging::MaskTools</name>
    <message>
        <location filename="../core/imaging/MaskTools.cpp" line="+533"/>
        <source>Region growing needs a grey-scale image; this series has %1 samples per pixel (colour). Paint the region with the brush instead.</source>
        <translation>Для наращивания области нужно полутоновое изображение, а в этой серии компонентов на пиксель: %1 (цветное изображение). Закрасьте область кистью.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The series has no pixel data loaded; reopen the study before growing a region.</source>
        <translation>Пиксельные данные серии не загружены; откройте исследование заново, прежде чем наращивать область.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seed (%1, %2, %3) lies outside the image (%4×%5×%6 voxels); click inside it.</source>
        <translation>Затравочная точка (%1, %2, %3) лежит за пределами изображения (%4×%5×%6 вокселей); щёлкните внутри изображения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region growing plane axis %1 is not -1 (3D), 0, 1 or 2.</source>
        <translation>Ось плоскости наращивания области (%1) должна быть -1 (3D), 0, 1 или 2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range %1 to %2 is empty: the lower value must not exceed the upper one.</source>
        <translation>Диапазон от %1 до %2 пуст: нижнее значение не должно превышать верхнее.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence connected growing needs a positive multiplier, at least 0 iterations and a neighbourhood radius of 0 to 50 voxels.</source>
        <translation>Для наращивания со связностью по доверительному интервалу нужны положительный множитель, не менее 0 итераций и радиус окрестности от 0 до 50 вокселей.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ITK could not grow the region: %1</source>
        <translation>ITK не удалось нарастить область: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The region grew to %1 voxels, more than the limit of %2: it has probably leaked into neighbouring tissue. Narrow the range (now %3 to %4) or grow on one slice.</source>
        <translation>Область разрослась до %1 вокселей, что больше предела (%2): вероятно, она «протекла» в соседние ткани. Сузьте диапазон (сейчас от %3 до %4) или наращивайте область на одном срезе.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The region grew to %1 voxels, more than the limit of %2: it has probably leaked into neighbouring tissue. Narrow the range with a smaller multiplier (now %3) or grow on one slice.</source>
        <translation>Область разрослась до %1 вокселей, что больше предела (%2): вероятно, она «протекла» в соседние ткани. Сузьте диапазон, уменьшив множитель (сейчас %3), или наращивайте область на одном срезе.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Slices can be interpolated along axis 0, 1 or 2, not %1.</source>
        <translation>Срезы можно интерполировать вдоль оси 0, 1 или 2, но не %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a label to interpolate; the background cannot be interpolated.</source>
        <translation>Выберите метку для интерполяции; фон интерполировать нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slice interpolation needs a positive voxel spacing.</source>
        <translation>Для интерполяции срезов нужен положительный размер вокселя.</translation>
    </message>
</context>
<context>
    <name>etalon::core::release</name>
    <message>
        <location filename="../core/export/MaskExport.cpp" line="+74"/>
        <source>Cannot write %1: the series has %2 slices but %3 source files; only series with one image file per slice can be referenced.</source>
        <translation>Не удаётся записать %1: число срезов серии (%2) не совпадает с числом исходных файлов (%3); ссылаться можно только на серии, в которых каждому срезу соответствует один файл изображения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: the source image %2 cannot be read (%3).</source>
        <translation>Не удаётся записать %1: не удаётся прочитать исходное изображение %2 (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: the source image %2 has no SOP Class or Instance UID.</source>
        <translation>Не удаётся записать %1: у исходного изображения %2 нет SOP Class UID или SOP Instance UID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: the mask is %2×%3×%4 voxels but the series is %5×%6×%7.</source>
        <translation>Не удаётся записать %1: размер маски — %2×%3×%4 вокселей, а размер серии — %5×%6×%7.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the mask holds %2 labels for %3 voxels.</source>
        <translation>Не удаётся записать %1: число значений меток в маске (%2) не соответствует числу вокселей (%3).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not enough memory to write %1.</source>
        <translation>Недостаточно памяти для записи %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: the images are too large for DICOM.</source>
        <translation>Не удаётся записать %1: изображения слишком велики для DICOM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to write to %1: the mask has no labelled voxel.</source>
        <translation>Нечего записывать в %1: в маске нет ни одного размеченного вокселя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: mask value %2 has no label in the schema (it has %3 finding labels).</source>
        <translation>Не удаётся записать %1: значению маски %2 не соответствует ни одна метка схемы разметки (меток находок в схеме: %3).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write the segmentation %1: %2 failed (%3).</source>
        <translation>Не удаётся записать сегментацию %1: ошибка операции %2 (%3).</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Cannot write the segmentation %1 (%2); check that the folder exists and is writable.</source>
        <translation>Не удаётся записать сегментацию %1 (%2); проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to write to %1: there is no contour.</source>
        <translation>Нечего записывать в %1: нет ни одного контура.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the contour &quot;%2&quot; was drawn on a reformat; RT structure sets take contours on the series&apos; own slices only.</source>
        <translation>Не удаётся записать %1: контур «%2» нарисован на реформате, а в набор структур RT (RTSTRUCT) можно записывать только контуры на собственных срезах серии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the contour &quot;%2&quot; lies on slice %3, outside the series (%4 slices).</source>
        <translation>Не удаётся записать %1: контур «%2» лежит на срезе %3, за пределами серии (срезов в серии: %4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the contour &quot;%2&quot; on slice %3 has fewer than 3 points.</source>
        <translation>Не удаётся записать %1: контур «%2» на срезе %3 содержит меньше 3 точек.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: the source images have no Frame of Reference UID, so contours cannot be placed in patient space.</source>
        <translation>Не удаётся записать %1: у исходных изображений нет Frame of Reference UID, поэтому контуры невозможно разместить в системе координат пациента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the structure set %1: %2 failed (%3).</source>
        <translation>Не удаётся записать набор структур %1: ошибка операции %2 (%3).</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Cannot write the structure set %1 (%2): check that the folder exists and is writable.</source>
        <translation>Не удаётся записать набор структур %1 (%2): проверьте, что папка существует и доступна для записи.</translation>
    </message>
</context>
<context>
    <name>etalon::core::release::BundleDocuments</name>
    <message>
        <location filename="../core/export/BundleDocuments.cpp" line="+934"/>
        <source>Cannot write %1: %2. Check that the bundle folder is writable and the disk has space.</source>
        <translation>Не удаётся записать %1: %2. Проверьте, что папка пакета выпуска доступна для записи и на диске есть место.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot set the A4 page layout for %1.</source>
        <translation>Не удаётся задать разметку страницы A4 для %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: the PDF could not be opened for writing. Check that the bundle folder is writable.</source>
        <translation>Не удаётся записать %1: не удалось открыть PDF для записи. Проверьте, что папка пакета выпуска доступна для записи.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot finish %1. Check that the disk has space.</source>
        <translation>Не удаётся завершить %1. Проверьте, что на диске есть место.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>The release documents of %1 need fonts to draw the PDF and the chart: the program must create a QGuiApplication (QT_QPA_PLATFORM=offscreen works without a display).</source>
        <translation>Для документов выпуска %1 нужны шрифты, чтобы построить PDF и диаграмму: программа должна создать QGuiApplication (QT_QPA_PLATFORM=offscreen работает без дисплея).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the bundle folder %1. Check the path and its permissions.</source>
        <translation>Не удаётся создать папку пакета выпуска %1. Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot draw the class-balance chart of %1 (PNG support missing?).</source>
        <translation>Не удаётся построить диаграмму баланса классов для %1 (нет поддержки PNG?).</translation>
    </message>
</context>
<context>
    <name>etalon::core::release::BundleTables</name>
    <message>
        <location filename="../core/export/BundleTables.cpp" line="+282"/>
        <source>The mask of finding %1 (%2) of study %3 is damaged: %4. Correct or delete it in the final labels, then release again.</source>
        <translation>Маска находки %1 (%2) исследования %3 повреждена: %4. Исправьте или удалите её в итоговой разметке, затем выполните выпуск снова.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Finding %1 of the final labels of study %2 has the label &quot;%3&quot;, which the dataset&apos;s label schema does not define. Correct the final labels, then release again.</source>
        <translation>Находка %1 в итоговой разметке исследования %2 имеет метку «%3», которой нет в схеме разметки датасета. Исправьте итоговую разметку, затем выполните выпуск снова.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not write %1: %2. Check that the folder is writable and the disk has free space.</source>
        <translation>Не удалось записать %1: %2. Проверьте, что папка доступна для записи и на диске есть свободное место.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create the bundle folder %1. Check that its parent folder is writable.</source>
        <translation>Не удалось создать папку пакета выпуска %1. Проверьте, что родительская папка доступна для записи.</translation>
    </message>
</context>
<context>
    <name>etalon::core::release::Deidentifier</name>
    <message>
        <location filename="../core/export/Deidentifier.cpp" line="+409"/>
        <source>De-identification needs a per-release salt: set one for the release and keep it with the dataset&apos;s secrets.</source>
        <translation>Для обезличивания нужна соль (salt), своя для каждого выпуска: задайте её для выпуска и храните вместе с секретами датасета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the output folder %1: check the path and permissions.</source>
        <translation>Не удаётся создать выходную папку %1: проверьте путь и права доступа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Study %1 has no pseudonymous patient ID: give every study a de-identified ID.</source>
        <translation>У исследования %1 нет псевдонимизированного идентификатора пациента: присвойте каждому исследованию обезличенный идентификатор.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pseudonym &quot;%1&quot; of study %2 must be at most 64 plain ASCII characters (letters, digits, _ - ^): choose another.</source>
        <translation>Псевдоним «%1» исследования %2 должен содержать не более 64 простых символов ASCII (латинские буквы, цифры, _ - ^): выберите другой.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a readable DICOM file: exclude it or replace it with a valid copy.</source>
        <translation>%1 не является читаемым файлом DICOM: исключите его или замените корректной копией.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lacks a Study, Series or SOP Instance UID: exclude it from the release.</source>
        <translation>В %1 нет Study Instance UID, Series Instance UID или SOP Instance UID: исключите файл из выпуска.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 belongs to a study that has no pseudonym in this release: add the study or exclude the file.</source>
        <translation>%1 относится к исследованию, у которого нет псевдонима в этом выпуске: добавьте исследование или исключите файл.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has burned-in annotation (BurnedInAnnotation = YES): its pixels may show the patient&apos;s name or ID. Exclude the study from the release or clean the pixels first.</source>
        <translation>В %1 есть впечатанные в изображение надписи (BurnedInAnnotation = YES): в пикселях могут быть видны ФИО или идентификатор пациента. Исключите исследование из выпуска или сначала очистите пиксели.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has burned-in annotation and was written because the override is on: make sure its pixels were cleaned.</source>
        <translation>В %1 есть впечатанные в изображение надписи; файл записан, потому что включено принудительное разрешение: убедитесь, что пиксели очищены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, a kind of image that often has text burned into the pixels (BurnedInAnnotation: %3): look at it before the release.</source>
        <translation>%1 — %2, а на таких изображениях часто бывает текст, впечатанный в пиксели (BurnedInAnnotation: %3): просмотрите изображение перед выпуском.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a secondary capture</source>
        <translation>вторичный захват (Secondary Capture)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modality %1</source>
        <translation>модальность %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has the same SOP Instance UID as %2: keep only one of them in the release.</source>
        <translation>У %1 тот же SOP Instance UID, что и у %2: оставьте в выпуске только один из этих файлов.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Private attributes were kept: they can hold names and IDs. Check them before the release.</source>
        <translation>Частные (private) атрибуты сохранены: в них могут быть имена и идентификаторы. Проверьте их перед выпуском.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>De-identification into %1 was cancelled.</source>
        <translation>Обезличивание в %1 отменено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read completely: exclude it or replace it with a valid copy.</source>
        <translation>Не удалось полностью прочитать %1: исключите файл или замените его корректной копией.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the folder for %1 in %2: check permissions and free space.</source>
        <translation>Не удаётся создать папку для %1 в %2: проверьте права доступа и свободное место.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the de-identified copy of %1 to %2 (%3): check permissions and free space.</source>
        <translation>Не удаётся записать обезличенную копию %1 в %2 (%3): проверьте права доступа и свободное место.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 references %n instance(s) not in this release (their UIDs were remapped all the same): include the referenced images if readers need them.</source>
        <translation>
            <numerusform>%1 ссылается на %n экземпляр, которого нет в этом выпуске (его UID всё равно переназначен): включите изображения, на которые есть ссылки, если они нужны врачам.</numerusform>
            <numerusform>%1 ссылается на %n экземпляра, которых нет в этом выпуске (их UID всё равно переназначены): включите изображения, на которые есть ссылки, если они нужны врачам.</numerusform>
            <numerusform>%1 ссылается на %n экземпляров, которых нет в этом выпуске (их UID всё равно переназначены): включите изображения, на которые есть ссылки, если они нужны врачам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::release::Manifest</name>
    <message numerus="yes">
        <location filename="../core/export/Manifest.cpp" line="+39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>Не удаётся прочитать %1 для вычисления контрольной суммы: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle folder %1 does not exist.</source>
        <translation>Папка пакета выпуска %1 не существует.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Line %1 of %2 is not &apos;&lt;SHA-256&gt;  &lt;file&gt;&apos;; the manifest is damaged. Re-export the bundle or get an intact copy.</source>
        <translation>Строка %1 файла %2 не имеет вида &apos;&lt;SHA-256&gt;  &lt;файл&gt;&apos;; манифест повреждён. Экспортируйте пакет заново или получите неповреждённую копию.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no %2; it is not a release bundle, or the manifest was removed.</source>
        <translation>В %1 нет %2: это не пакет выпуска, либо манифест был удалён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n file(s) changed: %1</source>
        <translation>
            <numerusform>%n файл изменён: %1</numerusform>
            <numerusform>%n файла изменены: %1</numerusform>
            <numerusform>%n файлов изменено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) missing: %1</source>
        <translation>
            <numerusform>%n файл отсутствует: %1</numerusform>
            <numerusform>%n файла отсутствуют: %1</numerusform>
            <numerusform>%n файлов отсутствует: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) not in the manifest: %1</source>
        <translation>
            <numerusform>%n файл не указан в манифесте: %1</numerusform>
            <numerusform>%n файла не указаны в манифесте: %1</numerusform>
            <numerusform>%n файлов не указано в манифесте: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle %1 does not match its %2: %3. Get an intact copy of the release.</source>
        <translation>Пакет %1 не соответствует своему файлу %2: %3. Получите неповреждённую копию выпуска.</translation>
    </message>
</context>
<context>
    <name>etalon::core::release::ReleaseBuilder</name>
    <message>
        <location filename="../core/export/ReleaseBuilder.cpp" line="+107"/>
        <source>Could not move %1 to %2 while writing the release bundle; check the disk.</source>
        <translation>Не удалось переместить %1 в %2 при записи пакета выпуска; проверьте диск.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only a coordinator may release dataset %1.</source>
        <translation>Выпустить датасет %1 может только координатор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The output folder &apos;%1&apos; does not exist; create it or choose another.</source>
        <translation>Папка для результата &apos;%1&apos; не существует; создайте её или выберите другую.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Version %1 is too small for the changes since %2: the least is %3.</source>
        <translation>Версия %1 слишком мала для изменений после %2: минимально допустимая — %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first release of %1 is version 1.0.0, not %2.</source>
        <translation>Первый выпуск датасета %1 должен иметь версию 1.0.0, а не %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; a released bundle never changes. Choose another output folder.</source>
        <translation>%1 уже существует; выпущенный пакет никогда не изменяется. Выберите другую папку для результата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another output folder.</source>
        <translation>%1 уже существует; выберите другую папку для результата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &apos;zip&apos; program is not installed; install it or release without a zip.</source>
        <translation>Программа &apos;zip&apos; не установлена; установите её или выполните выпуск без zip-архива.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create %1; check that the output folder is writable.</source>
        <translation>Не удаётся создать %1; проверьте, что папка для результата доступна для записи.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The release of %1 was cancelled; nothing was recorded.</source>
        <translation>Выпуск датасета %1 отменён; ничего не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Masks of %1</source>
        <translation>Маски %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The images of %1 (study %2) could not be loaded for its masks: %3</source>
        <translation>Не удалось загрузить изображения %1 (исследование %2) для построения масок: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: no DICOM SEG was written: %2</source>
        <translation>%1: DICOM SEG не записан: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: contour %2 lies on a coronal or sagittal plane; RTSTRUCT holds axial contours only, so it is in findings.csv but not in the RTSTRUCT.</source>
        <translation>%1: контур %2 лежит в корональной или сагиттальной плоскости; RTSTRUCT содержит только аксиальные контуры, поэтому он есть в findings.csv, но отсутствует в RTSTRUCT.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no RTSTRUCT was written: %2</source>
        <translation>%1: RTSTRUCT не записан: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>De-identifying %n file(s)</source>
        <translation>
            <numerusform>Обезличивание %n файла</numerusform>
            <numerusform>Обезличивание %n файлов</numerusform>
            <numerusform>Обезличивание %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De-identifying file %1 of %2</source>
        <translation>Обезличивание файла %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) could not be de-identified, so %1 was not released:
%2
Withdraw the studies concerned, or release with burned-in annotation allowed once their pixels were checked.</source>
        <translation>
            <numerusform>%n файл не удалось обезличить, поэтому %1 не выпущен:
%2
Изымите соответствующие исследования или выполните выпуск с разрешением впечатанных надписей после проверки пикселей этих изображений.</numerusform>
            <numerusform>%n файла не удалось обезличить, поэтому %1 не выпущен:
%2
Изымите соответствующие исследования или выполните выпуск с разрешением впечатанных надписей после проверки пикселей этих изображений.</numerusform>
            <numerusform>%n файлов не удалось обезличить, поэтому %1 не выпущен:
%2
Изымите соответствующие исследования или выполните выпуск с разрешением впечатанных надписей после проверки пикселей этих изображений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tables of %1</source>
        <translation>Таблицы %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Label tables</source>
        <translation>Таблицы разметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>README and registry</source>
        <translation>README и реестр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manifest</source>
        <translation>Манифест</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not move the finished bundle to %1.</source>
        <translation>Не удалось переместить готовый пакет выпуска в %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zip archive</source>
        <translation>Zip-архив</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip archive %1 could not be written (%2); the bundle folder is complete and recorded.</source>
        <translation>Не удалось записать zip-архив %1 (%2); папка пакета выпуска полная и зарегистрирована.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is neither a bundle folder nor a .zip of one.</source>
        <translation>%1 не является ни папкой пакета выпуска, ни её .zip-архивом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &apos;unzip&apos; program is not installed; unzip %1 and verify the folder.</source>
        <translation>Программа &apos;unzip&apos; не установлена; распакуйте %1 и проверьте папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a temporary folder to extract %1.</source>
        <translation>Не удаётся создать временную папку для распаковки %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be extracted: %2</source>
        <translation>Не удалось распаковать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not hold exactly one bundle folder.</source>
        <translation>%1 содержит не ровно одну папку пакета выпуска.</translation>
    </message>
</context>
<context>
    <name>etalon::core::release::ReleaseCollector</name>
    <message>
        <location filename="../core/export/ReleaseContent.cpp" line="+42"/>
        <source>Cannot read the dataset to release from %1: %2</source>
        <translation>Не удаётся прочитать датасет для выпуска из %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only a coordinator may release dataset %1.</source>
        <translation>Выпустить датасет %1 может только координатор.</translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%n data unit(s) of %1 have no final labels yet (first: %2). Finish their reading and verification, or withdraw them from the dataset, before releasing it.</source>
        <translation>
            <numerusform>У %n единицы данных датасета %1 ещё нет итоговой разметки (первая: %2). Завершите описание и верификацию или изымите их из датасета перед выпуском.</numerusform>
            <numerusform>У %n единиц данных датасета %1 ещё нет итоговой разметки (первая: %2). Завершите описание и верификацию или изымите их из датасета перед выпуском.</numerusform>
            <numerusform>У %n единиц данных датасета %1 ещё нет итоговой разметки (первая: %2). Завершите описание и верификацию или изымите их из датасета перед выпуском.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset %1 has no verified data unit to release (every unit is excluded or withdrawn).</source>
        <translation>В датасете %1 нет верифицированных единиц данных для выпуска (все единицы исключены или изъяты).</translation>
    </message>
</context>
<context>
    <name>etalon::core::store</name>
    <message>
        <location filename="../core/store/Catalog.cpp" line="+21"/>
        <source>Cannot read the workspace catalogue: %1</source>
        <translation>Не удаётся прочитать каталог рабочего пространства: %1</translation>
    </message>
</context>
<context>
    <name>etalon::core::store::Catalog</name>
    <message>
        <location line="+111"/>
        <location line="+12"/>
        <source>The study %1 is not in this workspace.</source>
        <translation>Исследования %1 нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The series %1 is not in this workspace.</source>
        <translation>Серии %1 нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The series %1 has no images.</source>
        <translation>В серии %1 нет изображений.</translation>
    </message>
</context>
<context>
    <name>etalon::core::store::Workspace</name>
    <message>
        <location filename="../core/store/Workspace.cpp" line="+204"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Не удаётся открыть базу данных рабочего пространства %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot configure the workspace database %1 (%2): %3</source>
        <translation>Не удаётся настроить базу данных рабочего пространства %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace database %1 cannot use write-ahead logging; is the folder on a network file system? Put the workspace on a local disk.</source>
        <translation>База данных рабочего пространства %1 не может использовать журнал упреждающей записи (WAL); возможно, папка находится в сетевой файловой системе? Разместите рабочее пространство на локальном диске.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No workspace folder given.</source>
        <translation>Не указана папка рабочего пространства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds an Etalon workspace; open it instead, or choose another folder.</source>
        <translation>В %1 уже есть рабочее пространство Etalon; откройте его или выберите другую папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the workspace folder %1; check the permissions.</source>
        <translation>Не удаётся создать папку рабочего пространства %1; проверьте права доступа.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an Etalon workspace (no %2 in it); create one with &apos;etalon-cli workspace create&apos;.</source>
        <translation>%1 не является рабочим пространством Etalon (в нём нет %2); создайте его командой &apos;etalon-cli workspace create&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot prepare the migrations table of %1</source>
        <translation>Не удаётся подготовить таблицу миграций для %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace %1 has schema version %2, newer than this Etalon knows (%3); use a newer Etalon.</source>
        <translation>Рабочее пространство %1 имеет версию схемы %2, более новую, чем известна этой версии Etalon (%3); используйте более новую версию Etalon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Миграция %1 отсутствует в этой сборке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start migration %1 of %2</source>
        <translation>Не удаётся начать миграцию %1 для %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration %1 (%2) failed on %3</source>
        <translation>Миграция %1 (%2) завершилась ошибкой для %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot record migration %1 of %2</source>
        <translation>Не удаётся зафиксировать миграцию %1 для %2</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow</name>
    <message>
        <location filename="../core/workflow/Permissions.cpp" line="+18"/>
        <source>coordinators</source>
        <translation>координаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>readers</source>
        <translation>врачи-рентгенологи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>experts</source>
        <translation>эксперты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 may not %3: only %4 may do that.</source>
        <translation>%1 %2 не может %3: это могут делать только %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../core/workflow/Session.cpp" line="+53"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader</source>
        <translation>Врач-рентгенолог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::AuditLog</name>
    <message>
        <location filename="../core/workflow/AuditLog.cpp" line="+65"/>
        <location line="+36"/>
        <location line="+63"/>
        <source>Cannot read the audit log of %1: %2</source>
        <translation>Не удаётся прочитать журнал аудита %1: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cannot write to the audit log of %1: %2</source>
        <translation>Не удаётся записать в журнал аудита %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Audit rows %1 to %2 are missing (deleted).</source>
        <translation>Записи журнала аудита с %1 по %2 отсутствуют (удалены).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit row %1 is out of sequence.</source>
        <translation>Запись журнала аудита %1 нарушает последовательность.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit row %1 does not follow the row before it (its previous hash differs): a row before it was changed or deleted.</source>
        <translation>Запись журнала аудита %1 не продолжает предыдущую (её хеш предыдущей записи не совпадает): одна из более ранних записей была изменена или удалена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit row %1 was changed after it was written (its hash does not match its content).</source>
        <translation>Запись журнала аудита %1 изменена после записи (её хеш не соответствует содержимому).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit rows %1 to %2 are missing (the newest rows were deleted).</source>
        <translation>Записи журнала аудита с %1 по %2 отсутствуют (последние записи удалены).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the audit log</source>
        <translation>читать журнал аудита</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::DatasetProblems</name>
    <message numerus="yes">
        <location filename="../core/workflow/DatasetProblems.cpp" line="+29"/>
        <source>Reader %1 has no reading left in %2 while %n studies wait (not assigned, or assigned to others and not started): assign them more (Datasets ▸ Assign readers).</source>
        <translation>
            <numerusform>У врача %1 не осталось описаний в датасете %2, хотя %n исследование ожидает описания (не назначено или назначено другим врачам и не начато): назначьте этому врачу ещё исследования (Датасеты ▸ Назначить врачей).</numerusform>
            <numerusform>У врача %1 не осталось описаний в датасете %2, хотя %n исследования ожидают описания (не назначены или назначены другим врачам и не начаты): назначьте этому врачу ещё исследования (Датасеты ▸ Назначить врачей).</numerusform>
            <numerusform>У врача %1 не осталось описаний в датасете %2, хотя %n исследований ожидают описания (не назначены или назначены другим врачам и не начаты): назначьте этому врачу ещё исследования (Датасеты ▸ Назначить врачей).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The dispute on study %1 has waited %n days for arbitration (since %2): remind the expert or assign another.</source>
        <translation>
            <numerusform>Разногласие по исследованию %1 ожидает арбитража %n день (с %2): напомните эксперту или назначьте другого.</numerusform>
            <numerusform>Разногласие по исследованию %1 ожидает арбитража %n дня (с %2): напомните эксперту или назначьте другого.</numerusform>
            <numerusform>Разногласие по исследованию %1 ожидает арбитража %n дней (с %2): напомните эксперту или назначьте другого.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dispute on study %1 has no expert: assign an active expert more qualified than both readers (Datasets ▸ Disputes, or etalon-cli arbitrate assign).</source>
        <translation>Для разногласия по исследованию %1 не назначен эксперт: назначьте активного эксперта, более квалифицированного, чем оба врача (Датасеты ▸ Разногласия или etalon-cli arbitrate assign).</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Class %1 needs %2 more final labels to reach its target of %3, but only %n studies are not final yet: add studies to the dataset.</source>
        <translation>
            <numerusform>До цели по классу %1 (%3) не хватает исследований с итоговой разметкой: %2, а итоговой разметки ещё нет лишь у %n исследования: добавьте исследования в датасет.</numerusform>
            <numerusform>До цели по классу %1 (%3) не хватает исследований с итоговой разметкой: %2, а итоговой разметки ещё нет лишь у %n исследований: добавьте исследования в датасет.</numerusform>
            <numerusform>До цели по классу %1 (%3) не хватает исследований с итоговой разметкой: %2, а итоговой разметки ещё нет лишь у %n исследований: добавьте исследования в датасет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The class targets together need %1 more final labels, but only %n studies are not final yet: add studies to the dataset.</source>
        <translation>
            <numerusform>До целей по всем классам вместе не хватает исследований с итоговой разметкой: %1, а итоговой разметки ещё нет лишь у %n исследования: добавьте исследования в датасет.</numerusform>
            <numerusform>До целей по всем классам вместе не хватает исследований с итоговой разметкой: %1, а итоговой разметки ещё нет лишь у %n исследований: добавьте исследования в датасет.</numerusform>
            <numerusform>До целей по всем классам вместе не хватает исследований с итоговой разметкой: %1, а итоговой разметки ещё нет лишь у %n исследований: добавьте исследования в датасет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Datasets</name>
    <message>
        <location filename="../core/workflow/Datasets.cpp" line="+30"/>
        <source>Cannot access the datasets of %1: %2</source>
        <translation>Не удаётся получить доступ к датасетам рабочего пространства %1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The label schema stored with dataset %1 is damaged: %2</source>
        <translation>Схема разметки, сохранённая в датасете %1, повреждена: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>it must start with DS_</source>
        <translation>он должен начинаться с DS_</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use upper-case letters</source>
        <translation>используйте заглавные буквы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it needs at least a test, a modality and a target</source>
        <translation>в нём должны быть как минимум тест, модальность и цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has more parts than test, modality, organ and target</source>
        <translation>в нём больше частей, чем тест, модальность, орган и цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each part may hold only Latin letters and digits (the test part also one &apos;-&apos;)</source>
        <translation>каждая часть может содержать только латинские буквы и цифры (часть теста — также один &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset code &apos;%1&apos; does not follow DS_&lt;test&gt;_&lt;modality&gt;_&lt;organ&gt;_&lt;target&gt; (e.g. DS_CT-I_CT_OGK_COVID): %2.</source>
        <translation>Код датасета &apos;%1&apos; не соответствует шаблону DS_&lt;test&gt;_&lt;modality&gt;_&lt;organ&gt;_&lt;target&gt; (например, DS_CT-I_CT_OGK_COVID): %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dataset %1 needs a name.</source>
        <translation>У датасета %1 должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset %1 needs a label schema.</source>
        <translation>Для датасета %1 нужна схема разметки.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The class target &apos;%1&apos; is not a class of the schema %2 (its classes: %3).</source>
        <translation>Целевое количество задано для &apos;%1&apos;, но это не класс схемы %2 (её классы: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The class target for &apos;%1&apos; is negative.</source>
        <translation>Целевое количество для класса &apos;%1&apos; отрицательное.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>create a dataset</source>
        <translation>создавать датасеты</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is already a dataset %1; choose another code.</source>
        <translation>Датасет %1 уже существует; выберите другой код.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+213"/>
        <source>There is no dataset %1 (see &apos;etalon-cli dataset list&apos;).</source>
        <translation>Датасета %1 нет (см. &apos;etalon-cli dataset list&apos;).</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>list the studies of a dataset</source>
        <translation>просматривать список исследований датасета</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>add studies to a dataset</source>
        <translation>добавлять исследования в датасет</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the series %1 is not part of this study in the workspace</source>
        <translation>серия %1 не относится к этому исследованию в рабочем пространстве</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the whole study</source>
        <translation>всё исследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>series %1</source>
        <translation>серия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the study is already in the dataset with %1 as its data unit; a study is in a dataset once</source>
        <translation>исследование уже входит в датасет (единица данных: %1); исследование может входить в датасет только один раз</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>change the plan of a dataset</source>
        <translation>изменять план датасета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code of dataset %1 cannot change (asked: %2); create a new dataset instead.</source>
        <translation>Код датасета %1 изменить нельзя (запрошен: %2); вместо этого создайте новый датасет.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The label schema of dataset %1 cannot change: it already has %n reading(s) made with the schema %2. Create a new dataset for the new schema.</source>
        <translation>
            <numerusform>Схему разметки датасета %1 изменить нельзя: в нём уже есть %n описание, выполненное по схеме %2. Для новой схемы создайте новый датасет.</numerusform>
            <numerusform>Схему разметки датасета %1 изменить нельзя: в нём уже есть %n описания, выполненных по схеме %2. Для новой схемы создайте новый датасет.</numerusform>
            <numerusform>Схему разметки датасета %1 изменить нельзя: в нём уже есть %n описаний, выполненных по схеме %2. Для новой схемы создайте новый датасет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no dataset study %1.</source>
        <translation>Исследование датасета %1 не найдено.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Study %1 has no image series in the workspace; re-import the study or choose a series as the data unit.</source>
        <translation>У исследования %1 нет серий изображений в рабочем пространстве; импортируйте исследование заново или выберите серию в качестве единицы данных.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::DisagreementDetector</name>
    <message>
        <location filename="../core/workflow/DisagreementDetector.cpp" line="+14"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contour</source>
        <translation>контур</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask</source>
        <translation>маска</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 #%2 (%3)</source>
        <translation>%1 #%2 (%3)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Neither reader chose a study class, but the schema requires one.</source>
        <translation>Ни один из врачей не выбрал класс исследования, хотя схема этого требует.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reader A chose the class %1; reader B chose none.</source>
        <translation>Врач A выбрал класс %1; врач B класс не выбрал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader B chose the class %1; reader A chose none.</source>
        <translation>Врач B выбрал класс %1; врач A класс не выбрал.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reader A chose %1 and reader B %2: %n step(s) apart, tolerance %3.</source>
        <translation>
            <numerusform>Врач A выбрал %1, врач B — %2: расхождение на %n ступень шкалы, допуск %3.</numerusform>
            <numerusform>Врач A выбрал %1, врач B — %2: расхождение на %n ступени шкалы, допуск %3.</numerusform>
            <numerusform>Врач A выбрал %1, врач B — %2: расхождение на %n ступеней шкалы, допуск %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reader A chose %1 and reader B %2.</source>
        <translation>Врач A выбрал %1, врач B — %2.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Reader A&apos;s %1 has no counterpart in reader B&apos;s reading.</source>
        <translation>Находка врача A «%1» не имеет соответствия в описании врача B.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reader B&apos;s %1 has no counterpart in reader A&apos;s reading.</source>
        <translation>Находка врача B «%1» не имеет соответствия в описании врача A.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Masks %1 and %2, label %3: Dice %4 is below %5.</source>
        <translation>Маски (%1 и %2), метка %3: Dice %4 ниже порога %5.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Masks %1 and %2, label %3: HD95 %4 mm exceeds %5 mm.</source>
        <translation>Маски (%1 и %2), метка %3: HD95 %4 мм превышает %5 мм.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reader A&apos;s %1 and reader B&apos;s %2 overlap with IoU %3, below %4.</source>
        <translation>Находки «%1» врача A и «%2» врача B перекрываются с IoU %3, что ниже порога %4.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::DisagreementThresholds</name>
    <message>
        <location filename="../core/workflow/DisagreementThresholds.cpp" line="+46"/>
        <source>The ordinal tolerance must be a whole number of classes, 0 or more.</source>
        <translation>Допуск по порядковой шкале должен быть целым числом классов, не меньше 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 threshold must be a number above 0 and at most 1.</source>
        <translation>Порог %1 должен быть числом больше 0 и не больше 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The HD95 threshold must be a distance in mm above 0.</source>
        <translation>Порог HD95 должен быть расстоянием в мм больше 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The finding consensus must be &quot;intersection&quot; or &quot;union&quot;.</source>
        <translation>Способ консенсуса находок должен быть &quot;intersection&quot; или &quot;union&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The point tolerance must be a distance in mm above 0.</source>
        <translation>Допуск для точек должен быть расстоянием в мм больше 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown threshold &quot;%1&quot;; known: ordinalTolerance, iou, dice, hd95Mm, findingConsensus, pointToleranceMm.</source>
        <translation>Неизвестный порог &quot;%1&quot;; известные: ordinalTolerance, iou, dice, hd95Mm, findingConsensus, pointToleranceMm.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::FinalLabels</name>
    <message>
        <location filename="../core/workflow/FinalLabels.cpp" line="+41"/>
        <source>Cannot access the final labels of %1: %2</source>
        <translation>Не удаётся получить доступ к итоговой разметке в %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The final findings of study %1 are not a JSON array; the database is damaged.</source>
        <translation>Итоговые находки исследования %1 не являются массивом JSON; база данных повреждена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The final findings of study %1 are damaged: %2</source>
        <translation>Итоговые находки исследования %1 повреждены: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset study %1 has no final label in %2.</source>
        <translation>У исследования датасета %1 нет итоговой разметки в %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>see the final labels of a dataset</source>
        <translation>просматривать итоговую разметку датасета</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>correct a final label</source>
        <translation>исправлять итоговую разметку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correcting the final label of dataset study %1 needs a reason (e.g. the histology result); it is kept in the audit log (the next release&apos;s CHANGELOG only says which unit changed).</source>
        <translation>Для исправления итоговой разметки исследования датасета %1 нужна причина (например, результат гистологии); она сохраняется в журнале аудита (в CHANGELOG следующего выпуска указывается только, какая единица изменилась).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a verification level; use low, medium or high.</source>
        <translation>&apos;%1&apos; не является уровнем верификации; используйте low, medium или high.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no dataset study %1 in %2 (see &apos;etalon-cli labels list&apos;).</source>
        <translation>В %2 нет исследования датасета %1 (см. &apos;etalon-cli labels list&apos;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label schema stored with dataset %1 is damaged: %2</source>
        <translation>Схема разметки, сохранённая в датасете %1, повреждена: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study %1 was withdrawn from dataset %2; its final label can no longer be corrected.</source>
        <translation>Исследование %1 изъято из датасета %2; его итоговую разметку больше нельзя исправить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study %1 of dataset %2 has no final label yet (it is %3); finish its verification first.</source>
        <translation>У исследования %1 датасета %2 ещё нет итоговой разметки (состояние: %3); сначала завершите его верификацию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Study %1 of dataset %2 was excluded as unresolvable (%3); an excluded study has no label to correct. Withdraw it from the dataset instead (etalon-cli dataset withdraw).</source>
        <translation>Исследование %1 датасета %2 исключено как неразрешимое (%3); у исключённого исследования нет разметки, которую можно исправить. Вместо этого изымите его из датасета (etalon-cli dataset withdraw).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a class of the label schema %2 of dataset %3; use one of: %4.</source>
        <translation>&apos;%1&apos; не является классом схемы разметки %2 датасета %3; используйте один из классов: %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Study %1 of dataset %2: %3</source>
        <translation>Исследование %1 датасета %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The correction of study %1 of dataset %2 changes nothing (class %3, level %4, %n finding(s)).</source>
        <translation>
            <numerusform>Исправление исследования %1 датасета %2 ничего не меняет (класс %3, уровень %4, %n находка).</numerusform>
            <numerusform>Исправление исследования %1 датасета %2 ничего не меняет (класс %3, уровень %4, %n находки).</numerusform>
            <numerusform>Исправление исследования %1 датасета %2 ничего не меняет (класс %3, уровень %4, %n находок).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>withdraw a study from a dataset</source>
        <translation>изымать исследование из датасета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawing study %1 from dataset %2 needs a reason (why the study is unsuitable); it is kept in the audit log (the next release&apos;s CHANGELOG only says which unit was removed).</source>
        <translation>Для изъятия исследования %1 из датасета %2 нужна причина (почему исследование непригодно); она сохраняется в журнале аудита (в CHANGELOG следующего выпуска указывается только, какая единица удалена).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Study %1 is not in dataset %2 (see &apos;etalon-cli dataset show %3&apos;).</source>
        <translation>Исследования %1 нет в датасете %2 (см. &apos;etalon-cli dataset show %3&apos;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Study %1 has already been withdrawn from dataset %2.</source>
        <translation>Исследование %1 уже изъято из датасета %2.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::FindingCodec</name>
    <message>
        <location filename="../core/workflow/FindingCodec.cpp" line="+51"/>
        <source>A point needs finite coordinates.</source>
        <translation>Координаты точки должны быть конечными числами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A point&apos;s diameter must be a positive number of mm.</source>
        <translation>Диаметр точки должен быть положительным числом (в мм).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A box needs finite bounds.</source>
        <translation>Границы прямоугольника должны быть конечными числами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A box needs i0 &lt; i1 and j0 &lt; j1 (got i %1..%2, j %3..%4).</source>
        <translation>Для прямоугольника нужно i0 &lt; i1 и j0 &lt; j1 (получено i %1..%2, j %3..%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A box&apos;s slice range must not run backwards (got k %1..%2).</source>
        <translation>Диапазон срезов прямоугольника не может быть обратным (получено k %1..%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A contour needs at least one slice.</source>
        <translation>Контур должен занимать хотя бы один срез.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contour&apos;s plane axis must be 0, 1 or 2 (got %1).</source>
        <translation>Ось плоскости контура должна быть 0, 1 или 2 (получено %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contour on slice %1 has %2 vertices; a closed contour needs at least 3.</source>
        <translation>У контура на срезе %1 вершин: %2; замкнутому контуру нужно не менее 3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contour on slice %1 has a non-finite vertex.</source>
        <translation>У контура на срезе %1 есть вершина с неконечными координатами.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A mask needs a positive size in every direction.</source>
        <translation>Размер маски должен быть положительным по всем направлениям.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mask holds %1 voxels but its size %2x%3x%4 needs %5.</source>
        <translation>Маска содержит вокселей: %1, но для размера %2x%3x%4 нужно %5.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A stored %1 geometry is not a JSON object.</source>
        <translation>Сохранённая геометрия (%1) не является объектом JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stored %1 geometry is damaged: %2.</source>
        <translation>Сохранённая геометрия (%1) повреждена: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>неизвестный ключ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&quot;index&quot; must be [i, j, k]</source>
        <translation>&quot;index&quot; должно быть [i, j, k]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;index&quot; must hold numbers</source>
        <translation>&quot;index&quot; должно содержать числа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;diameterMm&quot; must be a number</source>
        <translation>&quot;diameterMm&quot; должно быть числом</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it needs numbers i0, j0, i1, j1 and whole slice numbers k0, k1</source>
        <translation>нужны числа i0, j0, i1, j1 и целые номера срезов k0, k1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;slices&quot; must be an array</source>
        <translation>&quot;slices&quot; должно быть массивом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;axis&quot; must be 0, 1 or 2</source>
        <translation>&quot;axis&quot; должно быть 0, 1 или 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each slice must be {&quot;k&quot;: whole number, &quot;points&quot;: [[i, j], ...]}</source>
        <translation>каждый срез должен иметь вид {&quot;k&quot;: целое число, &quot;points&quot;: [[i, j], ...]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slice %1 appears twice</source>
        <translation>срез %1 встречается дважды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a vertex must be [i, j]</source>
        <translation>вершина должна быть [i, j]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;size&quot; must be [nx, ny, nz]</source>
        <translation>&quot;size&quot; должно быть [nx, ny, nz]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;size&quot; must hold positive whole numbers</source>
        <translation>&quot;size&quot; должно содержать положительные целые числа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the compressed labels hold %1 voxels, the size needs %2</source>
        <translation>сжатые метки содержат вокселей: %1, а по размеру нужно %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Finding %1 of the list has no known kind (point, box, contour or mask).</source>
        <translation>Находка %1 в списке имеет неизвестный тип (допустимы point, box, contour или mask).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mask of finding %1 of the list is not valid base64 (maskBlobBase64).</source>
        <translation>Маска находки %1 в списке не является корректными данными base64 (maskBlobBase64).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding %1 of the list is damaged: %2</source>
        <translation>Находка %1 в списке повреждена: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A stored mask edit is damaged.</source>
        <translation>Сохранённое изменение маски повреждено.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::LabelSchemas</name>
    <message>
        <location filename="../core/workflow/LabelSchemas.cpp" line="+39"/>
        <source>There is no built-in label schema &apos;%1&apos;; the built-in ones are: %2.</source>
        <translation>Встроенной схемы разметки &apos;%1&apos; нет; встроенные схемы: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the label schema %1: %2</source>
        <translation>Не удаётся прочитать схему разметки %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is neither a built-in label schema (%2) nor a schema file.</source>
        <translation>&apos;%1&apos; не является ни встроенной схемой разметки (%2), ни файлом схемы.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Readings</name>
    <message>
        <location filename="../core/workflow/Readings.cpp" line="+49"/>
        <location line="+686"/>
        <source>Cannot access the readings of %1: %2</source>
        <translation>Не удаётся получить доступ к описаниям рабочего пространства %1: %2</translation>
    </message>
    <message>
        <location line="-666"/>
        <source>There is no reading %1 among your readings (see &apos;etalon-cli worklist&apos;).</source>
        <translation>Среди ваших описаний нет описания %1 (см. &apos;etalon-cli worklist&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no finding %1 in your readings (see &apos;etalon-cli reading show&apos;).</source>
        <translation>В ваших описаниях нет находки %1 (см. &apos;etalon-cli reading show&apos;).</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 %2 may not edit reading %3: only its reader may do that.</source>
        <translation>%1 %2 не может редактировать описание %3: это может делать только врач, которому оно назначено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+666"/>
        <source>Study %1 was withdrawn from dataset %2; its reading %3 can no longer change.</source>
        <translation>Исследование %1 исключено из датасета %2; его описание %3 больше нельзя изменить.</translation>
    </message>
    <message>
        <location line="-660"/>
        <location line="+666"/>
        <source>Reading %1 is submitted and locked; only a coordinator can reopen it.</source>
        <translation>Описание %1 отправлено и заблокировано; открыть его повторно может только координатор.</translation>
    </message>
    <message>
        <location line="-662"/>
        <source>Reading %1 has not been started; start it first (&apos;etalon-cli reading start&apos;).</source>
        <translation>Описание %1 ещё не начато; сначала начните его (&apos;etalon-cli reading start&apos;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label schema stored with dataset %1 is damaged: %2</source>
        <translation>Схема разметки, сохранённая в датасете %1, повреждена: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finding %1 has an unknown kind &apos;%2&apos;.</source>
        <translation>У находки %1 неизвестный тип &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>Finding %1: %2</source>
        <translation>Находка %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Mask edit %1 of finding %2 is damaged or does not fit the mask.</source>
        <translation>Изменение маски %1 находки %2 повреждено или не соответствует маске.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Study %1 has no image series in the workspace to draw findings on; re-import the study or choose a series as the data unit.</source>
        <translation>У исследования %1 нет в рабочем пространстве серий изображений, на которых можно отметить находки; импортируйте исследование заново или выберите серию в качестве единицы данных.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The label schema %1 of dataset %2 does not allow %3 findings (allowed: %4).</source>
        <translation>Схема разметки %1 датасета %2 не допускает находки типа %3 (допустимые: %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, study-level answers only</source>
        <translation>никакие, только ответы на уровне исследования</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a finding label of the schema %2; use one of: %3.</source>
        <translation>&apos;%1&apos; не является меткой находки в схеме %2; используйте одну из меток: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema %1 has no finding labels; leave the label empty (got &apos;%2&apos;).</source>
        <translation>В схеме %1 нет меток находок; оставьте метку пустой (получено &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The schema %1 has no finding attribute &apos;%2&apos; (its attributes: %3).</source>
        <translation>В схеме %1 нет атрибута находки &apos;%2&apos; (её атрибуты: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a value of the attribute &apos;%2&apos;; use one of: %3.</source>
        <translation>&apos;%1&apos; не является значением атрибута &apos;%2&apos;; используйте одно из значений: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 lies outside the images of study %2 (%3 columns x %4 rows x %5 slices; i from -0.5 to %6, j from -0.5 to %7, slices 0 to %8).</source>
        <translation>Находка (%1) выходит за пределы изображений исследования %2 (столбцы x строки x срезы: %3 x %4 x %5; i от -0.5 до %6, j от -0.5 до %7, срезы от 0 до %8).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>box</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>contour</source>
        <translation>контур</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mask is %1x%2x%3 but the images of study %4 are %5x%6x%7; a mask covers the whole series.</source>
        <translation>Размер маски %1x%2x%3, а размер изображений исследования %4 — %5x%6x%7; маска должна покрывать всю серию.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mask uses label value %1, but the schema %2 has %3 finding label(s).</source>
        <translation>В маске используется значение метки %1, но в схеме %2 меток находок: %3.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is a %2, not a reader or expert; only they read studies.</source>
        <translation>%1 имеет роль %2, а не reader или expert; описывать исследования могут только врачи-рентгенологи и эксперты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 is deactivated; choose an active reader.</source>
        <translation>Учётная запись %1 деактивирована; выберите активного врача.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>assign readers</source>
        <translation>назначать врачей-рентгенологов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double reading needs exactly 2 readers per study (asked for %1).</source>
        <translation>Для двойного описания нужно ровно 2 врача на исследование (запрошено: %1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Assigning dataset %1 needs at least %2 distinct active readers; %3 available. Add readers with &apos;etalon-cli user add&apos; or name them with --readers.</source>
        <translation>Для распределения датасета %1 нужно не менее %2 разных активных врачей-рентгенологов; доступно: %3. Добавьте врачей командой &apos;etalon-cli user add&apos; или укажите их в --readers.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Study %1 cannot get two distinct readers from the candidates.</source>
        <translation>Для исследования %1 не удаётся выбрать из кандидатов двух разных врачей.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>reassign a reading</source>
        <translation>переназначать описания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1 is an expert&apos;s arbitration reading; change the dispute&apos;s expert instead.</source>
        <translation>Описание %1 — арбитражное описание эксперта; вместо этого смените эксперта, назначенного на разногласие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1 has already been started; a reading can be given to another reader only before it starts.</source>
        <translation>Описание %1 уже начато; передать описание другому врачу можно только до его начала.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already reads study %2 (reading %3); the two readings of a study need two different readers.</source>
        <translation>%1 уже описывает исследование %2 (описание %3); два описания одного исследования должны выполнять разные врачи.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>reopen a reading</source>
        <translation>повторно открывать описания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopening reading %1 needs a reason (it is kept in the audit log).</source>
        <translation>Для повторного открытия описания %1 нужна причина (она сохраняется в журнале аудита).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1 is not submitted; there is nothing to reopen.</source>
        <translation>Описание %1 не отправлено; открывать повторно нечего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study %1 of dataset %2 has already been verified (%3); its readings can no longer be reopened.</source>
        <translation>Исследование %1 датасета %2 уже верифицировано (%3); его описания больше нельзя открыть повторно.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 %2 may not start reading %3: only its reader may do that.</source>
        <translation>%1 %2 не может начать описание %3: это может сделать только врач, которому оно назначено.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;%1&apos; is not a class of the schema %2; use one of: %3.</source>
        <translation>&apos;%1&apos; не является классом схемы %2; используйте один из классов: %3.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Finding %1 is a %2, not a mask; only masks are painted.</source>
        <translation>Находка %1 — не маска (тип: %2); закрашивать можно только маски.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mask edit does not fit finding %1 (voxels 0 to %2, labels 0 to %3).</source>
        <translation>Изменение маски не соответствует находке %1 (воксели от 0 до %2, метки от 0 до %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mask edit&apos;s old labels do not match its runs.</source>
        <translation>Прежние метки в изменении маски не соответствуют его отрезкам (runs).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading time is added in positive steps of at most a day (got %1 s).</source>
        <translation>Время описания добавляется положительными порциями не более суток (получено %1 с).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading %1 has no study class and the schema %2 requires one; set it first (&apos;etalon-cli reading set-class&apos;).</source>
        <translation>В описании %1 не указан класс исследования, а схема %2 его требует; сначала задайте его (&apos;etalon-cli reading set-class&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finding %1 of reading %2 lacks the required attribute &apos;%3&apos;; fill it in before submitting.</source>
        <translation>У находки %1 описания %2 не заполнен обязательный атрибут &apos;%3&apos;; заполните его перед отправкой.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading %1 could not be submitted because the workspace could not record it; nothing changed. Try again, and tell the coordinator if it keeps failing.</source>
        <translation>Не удалось отправить описание %1: рабочее пространство не смогло его сохранить; ничего не изменилось. Повторите попытку, а если ошибка повторяется, сообщите координатору.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::ReleaseSettings</name>
    <message>
        <location filename="../core/workflow/ReleaseDocumentation.cpp" line="+67"/>
        <source>Cannot access the release settings of %1: %2</source>
        <translation>Не удаётся получить доступ к настройкам выпуска в %1: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is not an image Etalon can read (%2); use a PNG, JPEG or SVG file as the logo.</source>
        <translation>%1 не является изображением, которое Etalon может прочитать (%2); используйте в качестве логотипа файл PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The logo %1 could not be converted to PNG.</source>
        <translation>Не удалось преобразовать логотип %1 в PNG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read a dataset&apos;s release documentation</source>
        <translation>просматривать документацию выпуска датасета</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>edit a dataset&apos;s release documentation</source>
        <translation>редактировать документацию выпуска датасета</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>release a dataset</source>
        <translation>выпускать датасет</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>change how a dataset&apos;s dates are de-identified</source>
        <translation>менять способ обезличивания дат датасета</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Releases</name>
    <message>
        <location filename="../core/workflow/Releases.cpp" line="+33"/>
        <source>Cannot access the releases of %1: %2</source>
        <translation>Нет доступа к выпускам %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The dataset #%1 no longer exists.</source>
        <translation>Датасет #%1 больше не существует.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>Clinical task</source>
        <translation>Клиническая задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data unit definition</source>
        <translation>Определение единицы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema</source>
        <translation>Схема разметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification method</source>
        <translation>Метод верификации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement thresholds (verification principle)</source>
        <translation>Пороги разногласия (принцип верификации)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class targets</source>
        <translation>Целевые количества по классам</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>no final labels</source>
        <translation>нет итоговой разметки</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>MAJOR</source>
        <translation>мажорная версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MINOR</source>
        <translation>минорная версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATCH</source>
        <translation>патч-версия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1: было «%2», стало «%3».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The labelling or verification principles in the release documentation were edited.</source>
        <translation>В документации выпуска изменены принципы разметки или верификации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates in the released images are now removed instead of shifted.</source>
        <translation>Даты в выпускаемых изображениях теперь удаляются, а не сдвигаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in the released images are now shifted instead of removed.</source>
        <translation>Даты в выпускаемых изображениях теперь сдвигаются, а не удаляются.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The release documentation was edited.</source>
        <translation>Документация выпуска отредактирована.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Label schema changed from %1 to %2.</source>
        <translation>Схема разметки изменена с %1 на %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema %1 was edited (its classes or labels changed).</source>
        <translation>Схема разметки %1 отредактирована (изменились её классы или метки).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Data unit added: study %1.</source>
        <translation>Добавлена единица данных: исследование %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data unit added: study %1, series %2.</source>
        <translation>Добавлена единица данных: исследование %1, серия %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data unit replaced: study %1 (series &quot;%2&quot; -&gt; &quot;%3&quot;).</source>
        <translation>Заменена единица данных: исследование %1 (серия «%2» -&gt; «%3»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Final labels of study %1 corrected: %2 -&gt; %3.</source>
        <translation>Исправлена итоговая разметка исследования %1: %2 -&gt; %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data unit removed: study %1.</source>
        <translation>Удалена единица данных: исследование %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>prepare a dataset release</source>
        <translation>подготавливать выпуски датасетов</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>First release of %1: version %2 with %n data unit(s).</source>
        <translation>
            <numerusform>Первый выпуск %1: версия %2, %n единица данных.</numerusform>
            <numerusform>Первый выпуск %1: версия %2, %n единицы данных.</numerusform>
            <numerusform>Первый выпуск %1: версия %2, %n единиц данных.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing changed in %1 since version %2; no release is needed.</source>
        <translation>В %1 ничего не изменилось с версии %2; новый выпуск не нужен.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n change(s) since version %2; the next version is %3 (%4).</source>
        <translation>
            <numerusform>%1: %n изменение с версии %2; следующая версия — %3 (%4).</numerusform>
            <numerusform>%1: %n изменения с версии %2; следующая версия — %3 (%4).</numerusform>
            <numerusform>%1: %n изменений с версии %2; следующая версия — %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+133"/>
        <source>record a dataset release</source>
        <translation>регистрировать выпуски датасетов</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+133"/>
        <source>&apos;%1&apos; is not a SHA-256 of a manifest (64 lowercase hexadecimal digits).</source>
        <translation>&apos;%1&apos; не является SHA-256 манифеста (нужны 64 шестнадцатеричные цифры в нижнем регистре).</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The version %1 is not a valid version.</source>
        <translation>%1 не является допустимым номером версии.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The dataset %1 has no data units; add studies before releasing it.</source>
        <translation>В датасете %1 нет единиц данных; добавьте исследования перед выпуском.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dataset %1 changed while its release bundle was being written (a label, a unit or the plan); nothing was recorded. Write the release again.</source>
        <translation>Датасет %1 изменился во время записи его пакета выпуска (разметка, единица данных или план); ничего не зарегистрировано. Выполните выпуск заново.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first release of %1 is version 1.0.0, not %2.</source>
        <translation>Первый выпуск %1 должен иметь версию 1.0.0, а не %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 of %2 already exists; releases never change. Choose a later version.</source>
        <translation>Версия %1 датасета %2 уже существует; выпуски никогда не изменяются. Выберите более позднюю версию.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 is not greater than the last release %2 of %3.</source>
        <translation>Версия %1 не больше версии последнего выпуска %2 датасета %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 is too small for the changes since %2: they need a %3 release (%4).</source>
        <translation>Версии %1 недостаточно для изменений с версии %2: для них нужна как минимум %3 (%4).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Release %1 of %2 already has its manifest hash; releases never change.</source>
        <translation>У выпуска %1 датасета %2 уже записан хеш манифеста; выпуски никогда не изменяются.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>see the releases of datasets</source>
        <translation>просматривать выпуски датасетов</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The dataset %1 has no release %2: it has not been released yet.</source>
        <translation>У датасета %1 нет выпуска %2: датасет ещё не выпускался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dataset %1 has no release %2 (its releases: %3).</source>
        <translation>У датасета %1 нет выпуска %2 (его выпуски: %3).</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Statistics</name>
    <message>
        <location filename="../core/workflow/Statistics.cpp" line="+24"/>
        <source>Cannot read the readings of %1 for the statistics: %2</source>
        <translation>Не удаётся прочитать описания из %1 для расчёта статистики: %2</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>see the agreement statistics of a dataset</source>
        <translation>просматривать статистику согласия врачей по датасету</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no dataset %1 (see &apos;etalon-cli dataset list&apos;).</source>
        <translation>Датасета %1 нет (см. &apos;etalon-cli dataset list&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label schema stored with dataset %1 is damaged: %2</source>
        <translation>Схема разметки, сохранённая в датасете %1, повреждена: %2</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Users</name>
    <message>
        <location filename="../core/workflow/Users.cpp" line="+41"/>
        <source>Cannot access the accounts of %1: %2</source>
        <translation>Не удаётся получить доступ к учётным записям рабочего пространства %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account with the login &apos;%1&apos;; choose another login.</source>
        <translation>Учётная запись с логином &apos;%1&apos; уже существует; выберите другой логин.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Пароль слишком короткий: используйте не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is too long (more than 4096 bytes).</source>
        <translation>Пароль слишком длинный (более 4096 байт).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The login &apos;%1&apos; is not usable: use 1 to 64 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Логин &apos;%1&apos; недопустим: используйте от 1 до 64 латинских букв, цифр и символов &apos;.&apos;, &apos;_&apos; или &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account &apos;%1&apos; needs a full name.</source>
        <translation>Для учётной записи &apos;%1&apos; нужно указать ФИО.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years of experience must be between 0 and 80 (given %1).</source>
        <translation>Стаж должен быть от 0 до 80 лет (указано: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>Не удалось инициализировать библиотеку паролей (libsodium).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough memory to hash the password.</source>
        <translation>Недостаточно памяти для хеширования пароля.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The first account of a workspace must be a coordinator.</source>
        <translation>Первая учётная запись рабочего пространства должна принадлежать координатору.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace %1 already has accounts; a coordinator adds users with &apos;etalon-cli user add&apos;.</source>
        <translation>В рабочем пространстве %1 уже есть учётные записи; пользователей добавляет координатор командой &apos;etalon-cli user add&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong login or password for &apos;%1&apos; (or the account is deactivated).</source>
        <translation>Неверный логин или пароль для &apos;%1&apos; (или учётная запись деактивирована).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add user accounts</source>
        <translation>добавлять учётные записи</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>list user accounts</source>
        <translation>просматривать список учётных записей</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no user with id %1 (see &apos;etalon-cli user list&apos;).</source>
        <translation>Пользователя с id %1 нет (см. &apos;etalon-cli user list&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deactivate user accounts</source>
        <translation>деактивировать учётные записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot deactivate your own account; another coordinator can.</source>
        <translation>Нельзя деактивировать собственную учётную запись; это может сделать другой координатор.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no account with the login &apos;%1&apos;.</source>
        <translation>Учётной записи с логином &apos;%1&apos; нет.</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Verification</name>
    <message>
        <location filename="../core/workflow/Verification.cpp" line="+52"/>
        <location line="+1171"/>
        <source>Cannot access the verification records of %1: %2</source>
        <translation>Не удаётся получить доступ к данным верификации рабочего пространства %1: %2</translation>
    </message>
    <message>
        <location line="-704"/>
        <source>The data unit of dataset study %1 has no images.</source>
        <translation>В единице данных исследования датасета %1 нет изображений.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Study %1 of dataset %2 has already been verified (%3).</source>
        <translation>Исследование %1 датасета %2 уже верифицировано (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Study %1 of dataset %2 cannot be verified before both readings are submitted.</source>
        <translation>Исследование %1 датасета %2 нельзя верифицировать, пока не отправлены оба описания.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>list disputes</source>
        <translation>просматривать список разногласий</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>assign an expert to a dispute</source>
        <translation>назначать эксперта на разногласие</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dispute %1 has already been decided; its expert cannot change.</source>
        <translation>Разногласие %1 уже разрешено; сменить эксперта нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot arbitrate dispute %2: only active expert accounts may arbitrate.</source>
        <translation>%1 не может проводить арбитраж разногласия %2: арбитраж проводят только активные учётные записи экспертов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot arbitrate dispute %2: they read the study themselves.</source>
        <translation>%1 не может проводить арбитраж разногласия %2: этот пользователь сам описывал исследование.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot arbitrate dispute %2: the expert must be more qualified (degree, then years of experience) than both readers, and is not more qualified than %3.</source>
        <translation>%1 не может проводить арбитраж разногласия %2: эксперт должен быть квалифицированнее обоих врачей (сначала по учёной степени, затем по стажу), а его квалификация не выше, чем у %3.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Study %1 of dataset %2 cannot be compared before both readings are submitted.</source>
        <translation>Исследование %1 датасета %2 нельзя сравнить, пока не отправлены оба описания.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>An own reading can start empty or from reading A or B, not from &apos;%1&apos;.</source>
        <translation>Собственное описание можно начать с нуля или на основе описания A или B, но не с &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dispute %1 has already been decided.</source>
        <translation>Разногласие %1 уже разрешено.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Excluding the study of dispute %1 needs a reason (why it cannot be resolved).</source>
        <translation>Для исключения исследования по разногласию %1 нужна причина (почему разногласие нельзя разрешить).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispute %1 has already been decided (%2); a decision is final.</source>
        <translation>Разногласие %1 уже разрешено (%2); решение окончательное.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1 was reopened and is not submitted; dispute %2 can be decided once it is submitted again.</source>
        <translation>Описание %1 было открыто повторно и не отправлено; разногласие %2 можно будет разрешить после его повторной отправки.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dispute %1: there is no own reading of %2 yet; start one (etalon-cli arbitrate start), complete and submit it, then decide &apos;own&apos;.</source>
        <translation>Разногласие %1: собственного описания пользователя %2 ещё нет; начните его (etalon-cli arbitrate start), заполните и отправьте, затем примите решение &apos;own&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute %1: submit your own reading %2 first (etalon-cli reading submit), then decide &apos;own&apos;.</source>
        <translation>Разногласие %1: сначала отправьте своё описание %2 (etalon-cli reading submit), затем примите решение &apos;own&apos;.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>see the status of a dataset</source>
        <translation>просматривать статус датасета</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The label schema stored with dataset %1 is damaged: %2</source>
        <translation>Схема разметки, сохранённая в датасете %1, повреждена: %2</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>see the excluded studies of a dataset</source>
        <translation>просматривать исключённые исследования датасета</translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::WriteTransaction</name>
    <message>
        <location filename="../core/workflow/WriteTransaction.cpp" line="+17"/>
        <source>Cannot start a write transaction on %1: %2</source>
        <translation>Не удаётся начать транзакцию записи в %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot commit to %1: %2</source>
        <translation>Не удаётся зафиксировать изменения в %1: %2</translation>
    </message>
</context>
<context>
    <name>etalon::viewer::AnnotationController</name>
    <message>
        <location filename="../viewer/AnnotationController.cpp" line="+95"/>
        <source>Navigate</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and edit</source>
        <translation>Выбор и правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon contour</source>
        <translation>Полигональный контур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freehand contour</source>
        <translation>Контур от руки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill inside contour</source>
        <translation>Заливка внутри контура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region growing</source>
        <translation>Наращивание области</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This reading is read-only: nothing can be removed from it.</source>
        <translation>Описание доступно только для чтения: из него ничего нельзя удалить.</translation>
    </message>
</context>
<context>
    <name>etalon::viewer::AnnotationInteraction</name>
    <message>
        <location filename="../viewer/AnnotationInteraction.cpp" line="+243"/>
        <source>This reading is read-only: nothing can be drawn on it.</source>
        <translation>Описание доступно только для чтения: на нём ничего нельзя рисовать.</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Erase</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush stroke</source>
        <translation>Мазок кистью</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Move finding</source>
        <translation>Перемещение находки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize box</source>
        <translation>Изменение размера прямоугольника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move vertex</source>
        <translation>Перемещение вершины</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A contour needs at least three vertices; it was not added.</source>
        <translation>У контура должно быть не менее трёх вершин; контур не добавлен.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add contour slice</source>
        <translation>Добавление среза контура</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Click inside a contour on this slice to fill it into the mask.</source>
        <translation>Щёлкните внутри контура на этом срезе, чтобы залить его в маску.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contour holds no voxel centre to fill.</source>
        <translation>Внутри контура нет ни одного центра вокселя для заливки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill contour</source>
        <translation>Заливка контура</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click on the image to place the seed of region growing.</source>
        <translation>Щёлкните по изображению, чтобы поставить затравочную точку для наращивания области.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Region growing found nothing at the seed: its value lies outside the range.</source>
        <translation>Наращивание области ничего не нашло: значение в затравочной точке лежит вне диапазона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region growing</source>
        <translation>Наращивание области</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove vertex</source>
        <translation>Удаление вершины</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Insert vertex</source>
        <translation>Вставка вершины</translation>
    </message>
</context>
<context>
    <name>etalon::viewer::SliceView</name>
    <message>
        <location filename="../viewer/SliceView.cpp" line="+903"/>
        <source>R %1 G %2 B %3</source>
        <translation>R %1 G %2 B %3</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Axial</source>
        <translation>Аксиальная</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coronal</source>
        <translation>Корональная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sagittal</source>
        <translation>Сагиттальная</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Im: %1/%2</source>
        <translation>Изобр.: %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W: %1 L: %2</source>
        <translation>Ш: %1 У: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom: %1%</source>
        <translation>Масштаб: %1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2, %3 mm</source>
        <translation>%1, %2, %3 мм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pixel %1, %2</source>
        <translation>пиксель %1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+27"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Не удаётся записать снимок экрана в %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Etalon reference-dataset workstation</source>
        <translation>Etalon — рабочая станция для создания эталонных наборов данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the workspace in DIR.</source>
        <translation>Открыть рабочее пространство в DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the series with this Series Instance UID.</source>
        <translation>Открыть серию с этим Series Instance UID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render one frame of the main window to FILE.png and exit.</source>
        <translation>Отрисовать один кадр главного окна в FILE.png и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewer layout: one or three.</source>
        <translation>Раскладка панелей просмотра: one или three.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size WIDTHxHEIGHT (e.g. 1280x800).</source>
        <translation>Размер окна WIDTHxHEIGHT (например, 1280x800).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in as LOGIN with the password in ETALON_PASSWORD (otherwise a sign-in dialog asks).</source>
        <translation>Войти как LOGIN с паролем из ETALON_PASSWORD (иначе пароль запрашивается в окне входа).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open the workspace %1.</source>
        <translation>Не удаётся открыть рабочее пространство %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Timed out waiting for the series to load.</source>
        <translation>Истекло время ожидания загрузки серии.</translation>
    </message>
</context>
</TS>
