#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;
class QThreadPool;
class QTreeView;
class QLabel;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// Patients' studies and their series in the open workspace, with counts and thumbnails.
/// Activating a series (double-click or Enter) asks the main window to open it.
class StudyBrowser : public QWidget {
    Q_OBJECT

public:
    enum Role { SeriesUidRole = Qt::UserRole + 1, StudyUidRole };

    explicit StudyBrowser(QWidget *parent = nullptr);
    ~StudyBrowser() override;

    /// Shows the catalogue of the workspace (nullptr clears). The workspace must outlive
    /// the browser's use of it or be replaced first.
    void setWorkspace(core::store::Workspace *workspace);
    void refresh();

    int studyCount() const;
    int seriesCount() const;
    QTreeView *treeView() const { return m_tree; }
    /// Thumbnail of a series if it has been rendered (for tests).
    QImage thumbnail(const QString &seriesUid) const { return m_thumbnails.value(seriesUid); }
    /// Selects and scrolls to the series' row.
    bool selectSeries(const QString &seriesUid);
    /// The selected rows as (study UID, series UID) pairs; the series is empty for a study row.
    QList<QPair<QString, QString>> selectedUnits() const;

signals:
    void seriesActivated(const QString &seriesUid);
    void thumbnailReady(const QString &seriesUid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void requestThumbnail(const QString &seriesUid, const QString &file);
    void applyThumbnail(const QString &seriesUid, const QImage &image);
    QStandardItem *findSeriesItem(const QString &seriesUid) const;

    core::store::Workspace *m_workspace = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QThreadPool *m_thumbnailPool = nullptr;
    QHash<QString, QImage> m_thumbnails;
    int m_generation = 0;
};

} // namespace etalon::app
