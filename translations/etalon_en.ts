<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>etalon::app::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/ImportDialog.cpp" line="+212"/>
        <source>%n file(s) could not be imported (listed below).</source>
        <translation>
            <numerusform>%n file could not be imported (listed below).</numerusform>
            <numerusform>%n files could not be imported (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="+299"/>
        <source>%n study(ies) in the workspace.</source>
        <translation>
            <numerusform>%n study in the workspace.</numerusform>
            <numerusform>%n studies in the workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::ReadingPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/ReadingPanel.cpp" line="+642"/>
        <source>%n slice(s)</source>
        <translation>
            <numerusform>%n slice</numerusform>
            <numerusform>%n slices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n voxel(s)</source>
        <translation>
            <numerusform>%n voxel</numerusform>
            <numerusform>%n voxels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::StudyBrowser</name>
    <message numerus="yes">
        <location filename="../app/gui/StudyBrowser.cpp" line="+120"/>
        <location line="+130"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-129"/>
        <location line="+11"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::UsersDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/UsersDialog.cpp" line="+107"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::DisagreementDetector</name>
    <message numerus="yes">
        <location filename="../core/workflow/DisagreementDetector.cpp" line="+125"/>
        <source>Reader A chose %1 and reader B %2: %n step(s) apart, tolerance %3.</source>
        <translation>
            <numerusform>Reader A chose %1 and reader B %2: %n step apart, tolerance %3.</numerusform>
            <numerusform>Reader A chose %1 and reader B %2: %n steps apart, tolerance %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
