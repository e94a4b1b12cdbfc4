#pragma once

#include "core/workflow/Datasets.h"
#include "core/workflow/Session.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// The plan of a new dataset (METHODOLOGY.md stage 1): code, name, purpose, clinical task,
/// data unit, label schema, class targets, disagreement thresholds, verification method
/// and data source. Core validates; the dialog shows its messages and stays open.
class DatasetDialog : public QDialog {
    Q_OBJECT

public:
    DatasetDialog(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent = nullptr);

    /// The dataset created on accept().
    const core::workflow::Dataset &dataset() const { return m_dataset; }
    core::workflow::DatasetSpec spec() const;

private:
    void schemaChanged();
    void create();

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    QList<core::LabelSchema> m_schemas;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_schema = nullptr;
    QPlainTextEdit *m_task = nullptr;
    QLineEdit *m_dataUnit = nullptr;
    QLineEdit *m_verification = nullptr;
    QLineEdit *m_source = nullptr;
    QFormLayout *m_targets = nullptr;
    QList<QSpinBox *> m_targetSpins;
    QSpinBox *m_tolerance = nullptr;
    QDoubleSpinBox *m_iou = nullptr;
    QDoubleSpinBox *m_dice = nullptr;
    QLabel *m_message = nullptr;
    core::workflow::Dataset m_dataset;
};

} // namespace etalon::app
