#include "app/gui/DatasetPanel.h"

#include "app/gui/DatasetDialog.h"
#include "app/gui/StudyBrowser.h"
#include "core/workflow/Datasets.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace etalon::app {

DatasetPanel::DatasetPanel(StudyBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
    , m_datasets(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_studies(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("datasetPanel"));
    m_datasets->setObjectName(QStringLiteral("datasetCombo"));
    m_new->setObjectName(QStringLiteral("newDataset"));
    m_add->setObjectName(QStringLiteral("addStudies"));
    m_studies->setObjectName(QStringLiteral("datasetStudies"));
    m_studies->verticalHeader()->hide();
    m_studies->horizontalHeader()->setStretchLastSection(true);
    m_studies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_studies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasets, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_add);
    layout->addWidget(m_studies, 1);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &DatasetPanel::newDataset);
    connect(m_add, &QPushButton::clicked, this, &DatasetPanel::addSelectedStudies);
    connect(m_datasets, &QComboBox::currentIndexChanged, this, &DatasetPanel::refreshStudies);
    connect(m_studies, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString series = m_studies->item(row, 1)->data(Qt::UserRole).toString();
        if (!series.isEmpty())
            emit seriesRequested(series);
    });
    retranslateUi();
    setWorkspace(nullptr, std::nullopt);
}

void DatasetPanel::setWorkspace(core::store::Workspace *workspace, const std::optional<core::workflow::Session> &session)
{
    m_workspace = workspace;
    m_session = session;
    refresh();
}

QString DatasetPanel::currentDatasetCode() const
{
    return m_datasets->currentData().toString();
}

int DatasetPanel::studyRowCount() const
{
    return m_studies->rowCount();
}

void DatasetPanel::refresh()
{
    const QString current = currentDatasetCode();
    const QSignalBlocker blocker(m_datasets);
    m_datasets->clear();
    const bool coordinator = m_workspace && m_session && m_session->isCoordinator();
    m_new->setEnabled(coordinator);
    m_add->setEnabled(coordinator);
    m_message->clear();
    if (!m_workspace || !m_session) {
        m_message->setText(m_workspace ? tr("This workspace has no accounts: datasets need a signed-in coordinator.")
                                       : QString());
        refreshStudies();
        return;
    }
    const auto datasets = core::workflow::Datasets::list(*m_workspace, *m_session);
    if (!datasets) {
        m_message->setText(datasets.error().message);
        refreshStudies();
        return;
    }
    for (const core::workflow::Dataset &d : *datasets)
        m_datasets->addItem(QStringLiteral("%1 — %2 (v%3, %4)").arg(d.spec.code, d.spec.name, d.version).arg(d.studyCount),
                            d.spec.code);
    const int index = m_datasets->findData(current);
    m_datasets->setCurrentIndex(index >= 0 ? index : 0);
    refreshStudies();
}

void DatasetPanel::refreshStudies()
{
    m_studies->setRowCount(0);
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty() || !m_session->isCoordinator())
        return;
    const auto studies = core::workflow::Datasets::studies(*m_workspace, *m_session, code);
    if (!studies) {
        m_message->setText(studies.error().message);
        return;
    }
    m_studies->setRowCount(int(studies->size()));
    for (int row = 0; row < studies->size(); ++row) {
        const core::workflow::DatasetStudy &s = studies->at(row);
        m_studies->setItem(row, 0, new QTableWidgetItem(s.studyInstanceUid));
        auto *unit = new QTableWidgetItem(s.seriesInstanceUid.isEmpty() ? tr("whole study") : s.seriesInstanceUid);
        unit->setData(Qt::UserRole, s.seriesInstanceUid);
        m_studies->setItem(row, 1, unit);
        m_studies->setItem(row, 2, new QTableWidgetItem(s.state));
    }
    m_studies->resizeColumnsToContents();
}

void DatasetPanel::newDataset()
{
    if (!m_workspace || !m_session)
        return;
    DatasetDialog dialog(*m_workspace, *m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_datasets->setCurrentIndex(m_datasets->findData(dialog.dataset().spec.code));
    m_message->setText(tr("Dataset %1 created. Select studies in the browser and add them.").arg(dialog.dataset().spec.code));
}

void DatasetPanel::addSelectedStudies()
{
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty())
        return;
    QList<core::workflow::StudyToAdd> units;
    for (const auto &[study, series] : m_browser->selectedUnits())
        units.append({study, series});
    if (units.isEmpty()) {
        m_message->setText(tr("Select studies (or one series of a study) in the study browser first."));
        return;
    }
    const auto report = core::workflow::Datasets::addStudies(*m_workspace, *m_session, code, units);
    if (!report) {
        m_message->setText(report.error().message);
        return;
    }
    QString text = tr("%1 added, %2 already in the dataset.").arg(report->added.size()).arg(report->alreadyPresent.size());
    for (const auto &[uid, reason] : report->problems)
        text += QLatin1Char('\n') + uid + QStringLiteral(": ") + reason;
    m_message->setText(text);
    refresh();
}

void DatasetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatasetPanel::retranslateUi()
{
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Plan a new dataset (coordinators)"));
    m_add->setText(tr("Add selected studies"));
    m_studies->setHorizontalHeaderLabels({tr("Study"), tr("Data unit"), tr("State")});
}

} // namespace etalon::app
