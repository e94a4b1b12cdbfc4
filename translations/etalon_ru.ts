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
    <name>etalon::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+127"/>
        <source>Etalon — %1</source>
        <translation>Etalon — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Etalon</source>
        <translation>Etalon</translation>
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
        <location line="+40"/>
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
    <message numerus="yes">
        <location line="+18"/>
        <source>%n study(ies) in the workspace.</source>
        <translation>
            <numerusform>В рабочем пространстве %n исследование.</numerusform>
            <numerusform>В рабочем пространстве %n исследования.</numerusform>
            <numerusform>В рабочем пространстве %n исследований.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create workspace</source>
        <translation>Не удаётся создать рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace could not be created in %1: %2</source>
        <translation>Не удалось создать рабочее пространство в %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Выберите пустую папку для нового рабочего пространства</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a workspace folder</source>
        <translation>Открыть папку рабочего пространства</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Etalon</source>
        <translation>О программе Etalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Etalon %1&lt;/h3&gt;&lt;p&gt;A workstation for building verified reference datasets of medical images: planning, selection, double independent reading with arbitration, and documented, versioned releases.&lt;/p&gt;&lt;p&gt;Built with Qt %2, VTK, ITK, DCMTK and GDCM.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Etalon %1&lt;/h3&gt;&lt;p&gt;Рабочая станция для создания верифицированных эталонных наборов медицинских изображений: планирование, отбор, двойное независимое описание с арбитражем, документированные версионируемые выпуски.&lt;/p&gt;&lt;p&gt;Собрано с использованием Qt %2, VTK, ITK, DCMTK и GDCM.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The series %1 has no image files in this workspace.</source>
        <translation>У серии %1 нет файлов изображений в этом рабочем пространстве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Cannot open series</source>
        <translation>Не удаётся открыть серию</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Loading series %1…</source>
        <translation>Загрузка серии %1…</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>etalon::app::StudyBrowser</name>
    <message>
        <location filename="../app/gui/StudyBrowser.cpp" line="+102"/>
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
        <location line="+119"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n серия</numerusform>
            <numerusform>%n серии</numerusform>
            <numerusform>%n серий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-118"/>
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
        <location line="+85"/>
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
        <location filename="../app/cli/CliWorkspace.cpp" line="+30"/>
        <source>Usage: etalon-cli workspace create DIR</source>
        <translation>Использование: etalon-cli workspace create DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a new Etalon workspace in DIR (created if missing): the database %1 (SQLite,
write-ahead log, foreign keys, schema version %2) and the managed storage folder %3/.
Refuses a folder that already holds a workspace.

Exit codes: 0 created, 1 could not create (e.g. a workspace already exists), 2 usage error.</source>
        <translation>Создаёт новое рабочее пространство Etalon в DIR (папка создаётся, если её нет): базу данных %1 (SQLite,
журнал упреждающей записи, внешние ключи, версия схемы %2) и управляемую папку хранилища %3/.
Папка, в которой уже есть рабочее пространство, не принимается.

Коды возврата: 0 — создано, 1 — не удалось создать (например, рабочее пространство уже существует), 2 — неверные аргументы.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+45"/>
        <source>Usage: etalon-cli workspace create DIR   (see etalon-cli workspace --help)</source>
        <translation>Использование: etalon-cli workspace create DIR   (см. etalon-cli workspace --help)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the workspace: %1</source>
        <translation>Не удаётся создать рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created workspace %1 (database %2, storage %3).</source>
        <translation>Создано рабочее пространство %1 (база данных %2, хранилище %3).</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+6"/>
        <location line="+90"/>
        <source>Cannot open the workspace: %1</source>
        <translation>Не удаётся открыть рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location filename="../app/cli/main.cpp" line="+21"/>
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
        <location line="+33"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>etalon::core::dicom</name>
    <message>
        <location filename="../core/dicom/HeaderReader.cpp" line="+278"/>
        <location filename="../core/dicom/VolumeLoader.cpp" line="+286"/>
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
        <location filename="../core/store/Workspace.cpp" line="+209"/>
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
    <name>etalon::viewer::SliceView</name>
    <message>
        <location filename="../viewer/SliceView.cpp" line="+790"/>
        <source>R %1 G %2 B %3</source>
        <translation>R %1 G %2 B %3</translation>
    </message>
    <message>
        <location line="+220"/>
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
        <location line="+5"/>
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
        <location line="+24"/>
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
        <location line="+24"/>
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
