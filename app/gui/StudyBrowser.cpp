#include "app/gui/StudyBrowser.h"

#include "app/gui/Thumbnail.h"
#include "core/dicom/VolumeLoader.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

namespace etalon::app {

namespace {
constexpr int thumbnailSize = 48;

enum Column { ColName, ColModality, ColDate, ColImages, ColDescription, ColumnCount };

QString formatDate(const QString &dicomDate)
{
    if (dicomDate.size() != 8)
        return dicomDate;
    return dicomDate.left(4) + QLatin1Char('-') + dicomDate.mid(4, 2) + QLatin1Char('-') + dicomDate.mid(6, 2);
}
} // namespace

StudyBrowser::StudyBrowser(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_thumbnailPool(new QThreadPool(this))
{
    m_thumbnailPool->setMaxThreadCount(1); // keep a core free for the viewer
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_tree->setModel(m_proxy);
    m_tree->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_tree->setUniformRowHeights(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setObjectName(QStringLiteral("studyTree"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("studyFilter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto activate = [this](const QModelIndex &index) {
        const QString uid = index.siblingAtColumn(ColName).data(SeriesUidRole).toString();
        if (!uid.isEmpty())
            emit seriesActivated(uid);
    };
    connect(m_tree, &QTreeView::activated, this, activate);
    retranslateUi();
}

StudyBrowser::~StudyBrowser()
{
    ++m_generation;
    m_thumbnailPool->clear();
    m_thumbnailPool->waitForDone();
}

void StudyBrowser::setWorkspace(core::store::Workspace *workspace)
{
    m_workspace = workspace;
    m_thumbnails.clear();
    refresh();
}

void StudyBrowser::refresh()
{
    ++m_generation;
    m_thumbnailPool->clear();
    m_model->removeRows(0, m_model->rowCount());
    if (!m_workspace) {
        retranslateUi();
        return;
    }
    const core::store::Catalog catalog(*m_workspace);
    const auto studies = catalog.studies();
    if (!studies) {
        m_summary->setText(tr("Cannot read the workspace catalogue: %1").arg(studies.error().message));
        return;
    }
    for (const core::store::StudySummary &study : *studies) {
        QString patient = study.patientName;
        patient.replace(QLatin1Char('^'), QLatin1Char(' '));
        patient = patient.trimmed();
        if (patient.isEmpty())
            patient = tr("(no name)");
        if (!study.patientId.isEmpty())
            patient += QStringLiteral(" [%1]").arg(study.patientId);
        auto *studyItem = new QStandardItem(patient);
        studyItem->setData(study.studyInstanceUid, StudyUidRole);
        studyItem->setToolTip(tr("Study Instance UID: %1").arg(study.studyInstanceUid));
        QList<QStandardItem *> studyRow{studyItem,
                                        new QStandardItem(study.modalities.join(QLatin1Char('/'))),
                                        new QStandardItem(formatDate(study.studyDate)),
                                        new QStandardItem(tr("%n series", nullptr, study.seriesCount) + QStringLiteral(", ")
                                                          + tr("%n image(s)", nullptr, study.instanceCount)),
                                        new QStandardItem(study.studyDescription)};
        const auto series = catalog.series(study.studyInstanceUid);
        if (series) {
            for (const core::store::SeriesSummary &s : *series) {
                QString name = tr("Series %1").arg(s.seriesNumber);
                auto *seriesItem = new QStandardItem(name);
                seriesItem->setData(s.seriesInstanceUid, SeriesUidRole);
                seriesItem->setData(study.studyInstanceUid, StudyUidRole);
                seriesItem->setToolTip(tr("Series Instance UID: %1\nDouble-click to open.").arg(s.seriesInstanceUid));
                const int frames = std::max(s.frameCount, s.instanceCount);
                QString images = tr("%n image(s)", nullptr, frames);
                if (s.columns > 0 && s.rows > 0)
                    images += QStringLiteral(", %1×%2").arg(s.columns).arg(s.rows);
                studyRow.first()->appendRow({seriesItem, new QStandardItem(s.modality), new QStandardItem(),
                                             new QStandardItem(images), new QStandardItem(s.description)});
                const auto file = catalog.representativeFile(s.seriesInstanceUid);
                if (file && !file->isEmpty())
                    requestThumbnail(s.seriesInstanceUid, *file);
            }
        }
        m_model->appendRow(studyRow);
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    retranslateUi();
}

int StudyBrowser::studyCount() const
{
    return m_model->rowCount();
}

int StudyBrowser::seriesCount() const
{
    int count = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        count += m_model->item(r)->rowCount();
    return count;
}

bool StudyBrowser::selectSeries(const QString &seriesUid)
{
    QStandardItem *item = findSeriesItem(seriesUid);
    if (!item)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(item->index());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QList<QPair<QString, QString>> StudyBrowser::selectedUnits() const
{
    QList<QPair<QString, QString>> units;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(ColName)) {
        const QString study = index.data(StudyUidRole).toString();
        if (!study.isEmpty())
            units.append({study, index.data(SeriesUidRole).toString()});
    }
    return units;
}

QStandardItem *StudyBrowser::findSeriesItem(const QString &seriesUid) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *study = m_model->item(r);
        for (int s = 0; s < study->rowCount(); ++s) {
            if (study->child(s)->data(SeriesUidRole).toString() == seriesUid)
                return study->child(s);
        }
    }
    return nullptr;
}

void StudyBrowser::requestThumbnail(const QString &seriesUid, const QString &file)
{
    if (m_thumbnails.contains(seriesUid)) {
        applyThumbnail(seriesUid, m_thumbnails.value(seriesUid));
        return;
    }
    const int generation = m_generation;
    QPointer<StudyBrowser> self(this);
    m_thumbnailPool->start([self, generation, seriesUid, file] {
        core::dicom::VolumeLoader::Options options;
        options.threads = 1;
        const auto volume = core::dicom::VolumeLoader::loadSeries(QStringList{file}, options);
        const QImage image = volume ? renderThumbnail(*volume, thumbnailSize) : QImage();
        QMetaObject::invokeMethod(
            qApp, [self, generation, seriesUid, image] {
                if (self && self->m_generation == generation)
                    self->applyThumbnail(seriesUid, image);
            },
            Qt::QueuedConnection);
    });
}

void StudyBrowser::applyThumbnail(const QString &seriesUid, const QImage &image)
{
    m_thumbnails.insert(seriesUid, image);
    if (QStandardItem *item = findSeriesItem(seriesUid)) {
        if (!image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(image)));
        else
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + tr("No preview: the image could not be decoded."));
    }
    emit thumbnailReady(seriesUid);
}

void StudyBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_workspace)
            refresh(); // row texts carry translated counts
        else
            retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StudyBrowser::retranslateUi()
{
    m_model->setHorizontalHeaderLabels({tr("Patient / series"), tr("Modality"), tr("Date"), tr("Images"), tr("Description")});
    m_filter->setPlaceholderText(tr("Filter by patient, modality, description…"));
    if (!m_workspace)
        m_summary->setText(tr("No workspace open."));
    else
        m_summary->setText(tr("%n study(ies)", nullptr, studyCount()) + QStringLiteral(", ")
                           + tr("%n series", nullptr, seriesCount()));
}

} // namespace etalon::app
