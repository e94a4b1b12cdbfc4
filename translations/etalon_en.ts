<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>etalon::app::DashboardPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/DashboardPanel.cpp" line="+616"/>
        <source>%n studies in the dataset</source>
        <translation>
            <numerusform>%n study in the dataset</numerusform>
            <numerusform>%n studies in the dataset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>Cohen&apos;s kappa (%1) between the two primary reads: %2 (95% CI %3 to %4) over %n studies</source>
        <translation>
            <numerusform>Cohen&apos;s kappa (%1) between the two primary reads: %2 (95% CI %3 to %4) over %n study</numerusform>
            <numerusform>Cohen&apos;s kappa (%1) between the two primary reads: %2 (95% CI %3 to %4) over %n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cohen&apos;s kappa (%1): undefined over %n studies (needs pairs with more than one class)</source>
        <translation>
            <numerusform>Cohen&apos;s kappa (%1): undefined over %n study (needs pairs with more than one class)</numerusform>
            <numerusform>Cohen&apos;s kappa (%1): undefined over %n studies (needs pairs with more than one class)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>Over %n studies where a reader drew findings: </source>
        <translation>
            <numerusform>Over %n study where a reader drew findings: </numerusform>
            <numerusform>Over %n studies where a reader drew findings: </numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../app/gui/MainWindow.cpp" line="+342"/>
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
    <name>etalon::app::ReleaseDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/ReleaseDialog.cpp" line="+480"/>
        <source>%n data unit(s) have no final labels yet; finish their verification or withdraw them before releasing.</source>
        <translation>
            <numerusform>%n data unit has no final labels yet; finish its verification or withdraw it before releasing.</numerusform>
            <numerusform>%n data units have no final labels yet; finish their verification or withdraw them before releasing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n data unit(s)</source>
        <translation>
            <numerusform>%n data unit</numerusform>
            <numerusform>%n data units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n without final labels&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n without final labels&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n without final labels&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+293"/>
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n data unit(s) released with images and labels</source>
        <translation>
            <numerusform>%1 of %n data unit released with images and labels</numerusform>
            <numerusform>%1 of %n data units released with images and labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n release(s) of %1, newest first. Select one to see its changes, two to compare them.</source>
        <translation>
            <numerusform>%n release of %1. Select it to see its changes.</numerusform>
            <numerusform>%n releases of %1, newest first. Select one to see its changes, two to compare them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Released %1 by %2; %n data unit(s).</source>
        <translation>
            <numerusform>Released %1 by %2; %n data unit.</numerusform>
            <numerusform>Released %1 by %2; %n data units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n unit(s) added</source>
        <translation>
            <numerusform>%n unit added</numerusform>
            <numerusform>%n units added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) removed</source>
        <translation>
            <numerusform>%n unit removed</numerusform>
            <numerusform>%n units removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) relabelled</source>
        <translation>
            <numerusform>%n unit relabelled</numerusform>
            <numerusform>%n units relabelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n plan or documentation change(s)</source>
        <translation>
            <numerusform>%n plan or documentation change</numerusform>
            <numerusform>%n plan or documentation changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>All %n file(s) listed in MANIFEST.sha256 are present and unchanged, and there is no other file.</source>
        <translation>
            <numerusform>The %n file listed in MANIFEST.sha256 is present and unchanged, and there is no other file.</numerusform>
            <numerusform>All %n files listed in MANIFEST.sha256 are present and unchanged, and there is no other file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The bundle does not match its manifest (%n file(s) listed).</source>
        <translation>
            <numerusform>The bundle does not match its manifest (%n file listed).</numerusform>
            <numerusform>The bundle does not match its manifest (%n files listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n missing:</source>
        <translation>
            <numerusform>%n missing:</numerusform>
            <numerusform>%n missing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed:</source>
        <translation>
            <numerusform>%n changed:</numerusform>
            <numerusform>%n changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not listed:</source>
        <translation>
            <numerusform>%n not listed:</numerusform>
            <numerusform>%n not listed:</numerusform>
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
    <name>etalon::core::release::Deidentifier</name>
    <message numerus="yes">
        <location filename="../core/export/Deidentifier.cpp" line="+623"/>
        <source>%1 references %n instance(s) not in this release (their UIDs were remapped all the same): include the referenced images if readers need them.</source>
        <translation>
            <numerusform>%1 references %n instance not in this release (its UID was remapped all the same): include the referenced image if readers need it.</numerusform>
            <numerusform>%1 references %n instances not in this release (their UIDs were remapped all the same): include the referenced images if readers need them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::release::Manifest</name>
    <message numerus="yes">
        <location filename="../core/export/Manifest.cpp" line="+39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%n file(s) changed: %1</source>
        <translation>
            <numerusform>%n file changed: %1</numerusform>
            <numerusform>%n files changed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) missing: %1</source>
        <translation>
            <numerusform>%n file missing: %1</numerusform>
            <numerusform>%n files missing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) not in the manifest: %1</source>
        <translation>
            <numerusform>%n file not in the manifest: %1</numerusform>
            <numerusform>%n files not in the manifest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::release::ReleaseBuilder</name>
    <message numerus="yes">
        <location filename="../core/export/ReleaseBuilder.cpp" line="+343"/>
        <source>De-identifying %n file(s)</source>
        <translation>
            <numerusform>De-identifying %n file</numerusform>
            <numerusform>De-identifying %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) could not be de-identified, so %1 was not released:
%2
Withdraw the studies concerned, or release with burned-in annotation allowed once their pixels were checked.</source>
        <translation>
            <numerusform>%n file could not be de-identified, so %1 was not released:
%2
Withdraw the study concerned, or release with burned-in annotation allowed once its pixels were checked.</numerusform>
            <numerusform>%n files could not be de-identified, so %1 was not released:
%2
Withdraw the studies concerned, or release with burned-in annotation allowed once their pixels were checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::release::ReleaseCollector</name>
    <message numerus="yes">
        <location filename="../core/export/ReleaseContent.cpp" line="+273"/>
        <source>%n data unit(s) of %1 have no final labels yet (first: %2). Finish their reading and verification, or withdraw them from the dataset, before releasing it.</source>
        <translation>
            <numerusform>%n data unit of %1 has no final labels yet (first: %2). Finish its reading and verification, or withdraw it from the dataset, before releasing it.</numerusform>
            <numerusform>%n data units of %1 have no final labels yet (first: %2). Finish their reading and verification, or withdraw them from the dataset, before releasing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::DatasetProblems</name>
    <message numerus="yes">
        <location filename="../core/workflow/DatasetProblems.cpp" line="+29"/>
        <source>Reader %1 has no reading left in %2 while %n studies wait (not assigned, or assigned to others and not started): assign them more (Datasets ▸ Assign readers).</source>
        <translation>
            <numerusform>Reader %1 has no reading left in %2 while %n study waits (not assigned, or assigned to others and not started): assign them more (Datasets ▸ Assign readers).</numerusform>
            <numerusform>Reader %1 has no reading left in %2 while %n studies wait (not assigned, or assigned to others and not started): assign them more (Datasets ▸ Assign readers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The dispute on study %1 has waited %n days for arbitration (since %2): remind the expert or assign another.</source>
        <translation>
            <numerusform>The dispute on study %1 has waited %n day for arbitration (since %2): remind the expert or assign another.</numerusform>
            <numerusform>The dispute on study %1 has waited %n days for arbitration (since %2): remind the expert or assign another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Class %1 needs %2 more final labels to reach its target of %3, but only %n studies are not final yet: add studies to the dataset.</source>
        <translation>
            <numerusform>Class %1 needs %2 more final labels to reach its target of %3, but only %n study is not final yet: add studies to the dataset.</numerusform>
            <numerusform>Class %1 needs %2 more final labels to reach its target of %3, but only %n studies are not final yet: add studies to the dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The class targets together need %1 more final labels, but only %n studies are not final yet: add studies to the dataset.</source>
        <translation>
            <numerusform>The class targets together need %1 more final labels, but only %n study is not final yet: add studies to the dataset.</numerusform>
            <numerusform>The class targets together need %1 more final labels, but only %n studies are not final yet: add studies to the dataset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Datasets</name>
    <message numerus="yes">
        <location filename="../core/workflow/Datasets.cpp" line="+423"/>
        <source>The label schema of dataset %1 cannot change: it already has %n reading(s) made with the schema %2. Create a new dataset for the new schema.</source>
        <translation>
            <numerusform>The label schema of dataset %1 cannot change: it already has %n reading made with the schema %2. Create a new dataset for the new schema.</numerusform>
            <numerusform>The label schema of dataset %1 cannot change: it already has %n readings made with the schema %2. Create a new dataset for the new schema.</numerusform>
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
<context>
    <name>etalon::core::workflow::FinalLabels</name>
    <message numerus="yes">
        <location filename="../core/workflow/FinalLabels.cpp" line="+218"/>
        <source>The correction of study %1 of dataset %2 changes nothing (class %3, level %4, %n finding(s)).</source>
        <translation>
            <numerusform>The correction of study %1 of dataset %2 changes nothing (class %3, level %4, %n finding).</numerusform>
            <numerusform>The correction of study %1 of dataset %2 changes nothing (class %3, level %4, %n findings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etalon::core::workflow::Releases</name>
    <message numerus="yes">
        <location filename="../core/workflow/Releases.cpp" line="+535"/>
        <source>First release of %1: version %2 with %n data unit(s).</source>
        <translation>
            <numerusform>First release of %1: version %2 with %n data unit.</numerusform>
            <numerusform>First release of %1: version %2 with %n data units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n change(s) since version %2; the next version is %3 (%4).</source>
        <translation>
            <numerusform>%1: %n change since version %2; the next version is %3 (%4).</numerusform>
            <numerusform>%1: %n changes since version %2; the next version is %3 (%4).</numerusform>
        </translation>
    </message>
</context>
</TS>
