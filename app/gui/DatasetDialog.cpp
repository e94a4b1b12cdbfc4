#include "app/gui/DatasetDialog.h"

#include "app/i18n/Translations.h"
#include "core/workflow/LabelSchemas.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace etalon::app {

namespace {
bool russian()
{
    return QLocale().language() == QLocale::Russian || resolveLanguage(QString()) == QLatin1String("ru");
}

QString purposeDisplayName(core::workflow::DatasetPurpose purpose)
{
    using P = core::workflow::DatasetPurpose;
    switch (purpose) {
    case P::Functional: return DatasetDialog::tr("Functional test (about 5 studies)");
    case P::Calibration: return DatasetDialog::tr("Calibration test (100–200 studies)");
    case P::FineTuning: return DatasetDialog::tr("Fine-tuning");
    case P::Training: return DatasetDialog::tr("Training");
    case P::Dynamic: return DatasetDialog::tr("Dynamic (studies of one patient over time)");
    case P::TechnicalDefects: return DatasetDialog::tr("Technical defects");
    }
    return {};
}
} // namespace

DatasetDialog::DatasetDialog(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_schemas(core::workflow::LabelSchemas::builtIn())
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_schema(new QComboBox(this))
    , m_task(new QPlainTextEdit(this))
    , m_dataUnit(new QLineEdit(this))
    , m_verification(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_targets(new QFormLayout)
    , m_tolerance(new QSpinBox(this))
    , m_iou(new QDoubleSpinBox(this))
    , m_dice(new QDoubleSpinBox(this))
    , m_message(new QLabel(this))
{
    using P = core::workflow::DatasetPurpose;
    setObjectName(QStringLiteral("datasetDialog"));
    setWindowTitle(tr("New dataset"));
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_schema->setObjectName(QStringLiteral("schema"));
    m_message->setObjectName(QStringLiteral("datasetMessage"));
    m_code->setPlaceholderText(QStringLiteral("DS_CT-I_CT_OGK_COVID"));
    m_code->setToolTip(tr("DS_<test>_<modality>_<organ>_<target>, e.g. DS_FT-I_CT_OGK_CANCER or DS_CT-II_MMG_CANCER."));
    for (P purpose : {P::Functional, P::Calibration, P::FineTuning, P::Training, P::Dynamic, P::TechnicalDefects})
        m_purpose->addItem(purposeDisplayName(purpose), int(purpose));
    m_purpose->setCurrentIndex(1);
    for (const core::LabelSchema &schema : m_schemas)
        m_schema->addItem(russian() && !schema.nameRu.isEmpty() ? schema.nameRu : schema.name, schema.id);
    m_task->setPlaceholderText(tr("What the AI must find, e.g. COVID-19 pneumonia on chest CT, severity CT0–CT4."));
    m_task->setMaximumHeight(70);
    m_dataUnit->setPlaceholderText(tr("e.g. one chest CT study"));
    m_tolerance->setRange(0, 10);
    m_iou->setRange(0.05, 1.0);
    m_iou->setSingleStep(0.05);
    m_dice->setRange(0.05, 1.0);
    m_dice->setSingleStep(0.05);
    const core::workflow::DisagreementThresholds defaults;
    m_tolerance->setValue(defaults.ordinalTolerance);
    m_iou->setValue(defaults.iou);
    m_dice->setValue(defaults.dice);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *plan = new QFormLayout;
    plan->addRow(tr("&Code:"), m_code);
    plan->addRow(tr("&Name:"), m_name);
    plan->addRow(tr("&Purpose:"), m_purpose);
    plan->addRow(tr("Clinical &task:"), m_task);
    plan->addRow(tr("Data &unit:"), m_dataUnit);
    plan->addRow(tr("Label &schema:"), m_schema);
    plan->addRow(tr("&Verification method:"), m_verification);
    plan->addRow(tr("Data &source:"), m_source);
    auto *targets = new QGroupBox(tr("Class targets (studies per class)"), this);
    targets->setLayout(m_targets);
    auto *thresholdsForm = new QFormLayout;
    thresholdsForm->addRow(tr("Ordinal tolerance (classes):"), m_tolerance);
    thresholdsForm->addRow(tr("Findings agree from IoU:"), m_iou);
    thresholdsForm->addRow(tr("Masks agree from Dice:"), m_dice);
    auto *thresholds = new QGroupBox(tr("When two readings disagree"), this);
    thresholds->setLayout(thresholdsForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create dataset"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(plan);
    layout->addWidget(targets);
    layout->addWidget(thresholds);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_schema, &QComboBox::currentIndexChanged, this, &DatasetDialog::schemaChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatasetDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    schemaChanged();
}

void DatasetDialog::schemaChanged()
{
    while (m_targets->rowCount() > 0)
        m_targets->removeRow(0);
    m_targetSpins.clear();
    const int index = m_schema->currentIndex();
    if (index < 0 || index >= m_schemas.size())
        return;
    for (const core::LabelClass &c : m_schemas.at(index).classes) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 100000);
        spin->setObjectName(QStringLiteral("target_") + c.code);
        m_targets->addRow((russian() && !c.nameRu.isEmpty() ? c.nameRu : c.name) + QLatin1Char(':'), spin);
        m_targetSpins << spin;
    }
}

core::workflow::DatasetSpec DatasetDialog::spec() const
{
    core::workflow::DatasetSpec spec;
    spec.code = m_code->text().trimmed();
    spec.name = m_name->text().trimmed();
    spec.purpose = core::workflow::DatasetPurpose(m_purpose->currentData().toInt());
    spec.clinicalTask = m_task->toPlainText().trimmed();
    spec.dataUnit = m_dataUnit->text().trimmed();
    spec.verificationMethod = m_verification->text().trimmed();
    spec.dataSource = m_source->text().trimmed();
    const int index = m_schema->currentIndex();
    if (index >= 0 && index < m_schemas.size()) {
        spec.schema = m_schemas.at(index);
        for (int i = 0; i < m_targetSpins.size() && i < spec.schema.classes.size(); ++i)
            if (m_targetSpins.at(i)->value() > 0)
                spec.classTargets.insert(spec.schema.classes.at(i).code, m_targetSpins.at(i)->value());
    }
    spec.thresholds.ordinalTolerance = m_tolerance->value();
    spec.thresholds.iou = m_iou->value();
    spec.thresholds.dice = m_dice->value();
    return spec;
}

void DatasetDialog::create()
{
    const auto created = core::workflow::Datasets::create(m_workspace, m_session, spec());
    if (!created) {
        m_message->setText(created.error().message);
        return;
    }
    m_dataset = *created;
    accept();
}

} // namespace etalon::app
