#pragma once

#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Session.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// The release documentation of a dataset (what the README says beyond the plan): a form
/// with every core::workflow::ReleaseDocumentation field on five pages (general, disclaimer,
/// principles, licence and citation, authors). Long texts are multi-line; authors and
/// affiliations are one per line. Save stores it with ReleaseSettings::setDocumentation
/// (a change makes the next release at least a PATCH) and accepts; a refusal is shown and
/// the dialog stays open. Coordinators only (the core refuses others).
class DocumentationDialog : public QDialog {
    Q_OBJECT

public:
    DocumentationDialog(core::store::Workspace &workspace, const core::workflow::Session &session,
                        const QString &datasetCode, QWidget *parent = nullptr);

    /// False when the stored documentation could not be read (the dialog says why and
    /// cannot save).
    bool isLoaded() const { return m_loaded; }
    /// What the form holds now.
    core::workflow::ReleaseDocumentation documentation() const;
    /// Fills the form (does not store).
    void setDocumentation(const core::workflow::ReleaseDocumentation &documentation);
    /// Takes the image file as the logo (converted to PNG); false, with the reason shown, when
    /// it is not an image.
    bool setLogoFile(const QString &path);
    /// Whether the form differs from what is stored.
    bool isModified() const;
    /// The message of the last failed save, empty otherwise.
    QString lastError() const { return m_lastError; }

public slots:
    /// Stores the form (when changed) and accepts; false (and a message) when refused.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// A tab with a form; \a growFields: its multi-line fields share the height, else the form keeps to the top.
    QFormLayout *addPage(bool growFields = true);
    QLineEdit *addLine(QFormLayout *form, const QString &field);
    QPlainTextEdit *addText(QFormLayout *form, const QString &field, int lines);

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    QString m_code;
    core::workflow::ReleaseDocumentation m_stored;
    bool m_loaded = false;
    QString m_lastError;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_intro = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<QString, QLineEdit *> m_lines;
    QMap<QString, QPlainTextEdit *> m_texts;
    /// Field name -> its form label, for retranslation.
    QMap<QString, QLabel *> m_labels;
    QByteArray m_logo;              ///< PNG, empty: none
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_logoChoose = nullptr;
    QPushButton *m_logoRemove = nullptr;
    void showLogo();
};

} // namespace etalon::app
