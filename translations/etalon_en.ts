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
        <location filename="../app/gui/MainWindow.cpp" line="+217"/>
        <source>%n study(ies) in the workspace.</source>
        <translation>
            <numerusform>%n study in the workspace.</numerusform>
            <numerusform>%n studies in the workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::app::StudyBrowser</name>
    <message numerus="yes">
        <location filename="../app/gui/StudyBrowser.cpp" line="+119"/>
        <location line="+119"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-118"/>
        <location line="+11"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
</context>
</TS>
