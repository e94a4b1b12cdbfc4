#include "app/gui/DocumentationDialog.h"

#include "core/store/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace etalon::app {

using core::workflow::ReleaseDocumentation;
using core::workflow::ReleaseSettings;

namespace {

/// The fields kept one entry per line (arrays in ReleaseDocumentation::toJson).
bool isListField(const QString &field)
{
    return field == QLatin1String("authors") || field == QLatin1String("affiliations");
}

} // namespace

DocumentationDialog::DocumentationDialog(core::store::Workspace &workspace, const core::workflow::Session &session,
                                         const QString &datasetCode, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_code(datasetCode)
    , m_tabs(new QTabWidget(this))
    , m_intro(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("documentationDialog"));
    m_intro->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("documentationTabs"));

    QFormLayout *general = addPage(false);
    addLine(general, QStringLiteral("organisation"));
    addText(general, QStringLiteral("summary"), 3);
    addLine(general, QStringLiteral("keywords"));
    addLine(general, QStringLiteral("language"));
    addLine(general, QStringLiteral("funding"));
    addLine(general, QStringLiteral("permanentLink"));
    addLine(general, QStringLiteral("icd10"));
    addLine(general, QStringLiteral("modalityProcedure"));
    {
        auto *row = new QHBoxLayout;
        m_logoPreview = new QLabel(this);
        m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
        m_logoPreview->setMinimumSize(160, 60);
        m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_logoChoose = new QPushButton(this);
        m_logoChoose->setObjectName(QStringLiteral("logoChoose"));
        m_logoRemove = new QPushButton(this);
        m_logoRemove->setObjectName(QStringLiteral("logoRemove"));
        row->addWidget(m_logoPreview, 1);
        row->addWidget(m_logoChoose);
        row->addWidget(m_logoRemove);
        auto *label = new QLabel(this);
        m_labels.insert(QStringLiteral("logo"), label);
        general->addRow(label, row);
        connect(m_logoChoose, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Organisation logo"), QString(),
                                                              tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
            if (!path.isEmpty())
                setLogoFile(path);
        });
        connect(m_logoRemove, &QPushButton::clicked, this, [this] {
            m_logo.clear();
            showLogo();
        });
    }

    QFormLayout *disclaimer = addPage();
    addText(disclaimer, QStringLiteral("intendedUse"), 6);
    addText(disclaimer, QStringLiteral("prohibitedUses"), 6);

    QFormLayout *principles = addPage();
    addText(principles, QStringLiteral("preparationPrinciples"), 5);
    addText(principles, QStringLiteral("labellingPrinciples"), 5);
    addText(principles, QStringLiteral("verificationPrinciples"), 5);

    QFormLayout *licence = addPage();
    addLine(licence, QStringLiteral("licence"));
    addText(licence, QStringLiteral("citation"), 3);
    addText(licence, QStringLiteral("copies"), 3);
    addText(licence, QStringLiteral("distributionRules"), 4);

    QFormLayout *authors = addPage();
    addText(authors, QStringLiteral("authors"), 7);
    addText(authors, QStringLiteral("affiliations"), 7);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const core::Result<ReleaseDocumentation> stored = ReleaseSettings::documentation(m_workspace, m_session, m_code);
    if (stored) {
        m_stored = *stored;
        m_loaded = true;
        setDocumentation(m_stored);
    } else {
        m_lastError = stored.error().message;
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    retranslateUi();
    resize(760, 620);
}

QFormLayout *DocumentationDialog::addPage(bool growFields)
{
    auto *page = new QWidget(m_tabs);
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form, growFields ? 1 : 0);
    if (!growFields)
        pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_tabs->addTab(page, QString());
    return form;
}

QLineEdit *DocumentationDialog::addLine(QFormLayout *form, const QString &field)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(field);
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(edit);
    form->addRow(label, edit);
    m_lines.insert(field, edit);
    m_labels.insert(field, label);
    return edit;
}

QPlainTextEdit *DocumentationDialog::addText(QFormLayout *form, const QString &field, int lines)
{
    auto *edit = new QPlainTextEdit(form->parentWidget());
    edit->setObjectName(field);
    edit->setTabChangesFocus(true);
    const int height = QFontMetrics(edit->font()).lineSpacing() * lines + 12;
    edit->setMinimumHeight(height);
    // Short texts stay short beside single-line fields; the longer ones share the page.
    if (lines <= 3)
        edit->setMaximumHeight(height * 3 / 2);
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(edit);
    form->addRow(label, edit);
    m_texts.insert(field, edit);
    m_labels.insert(field, label);
    return edit;
}

void DocumentationDialog::retranslateUi()
{
    setWindowTitle(tr("Release documentation — %1").arg(m_code));
    m_intro->setText(m_loaded ? tr("What the README of every release of %1 says beyond its plan. Empty fields read "
                                   "\"not specified\". Saving a change makes the next release at least a patch version.")
                                    .arg(m_code)
                              : tr("The documentation of %1 could not be read: %2").arg(m_code, m_lastError));
    m_logoChoose->setText(tr("C&hoose…"));
    m_logoRemove->setText(tr("Remo&ve"));
    showLogo();
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Disclaimer"));
    m_tabs->setTabText(2, tr("Principles"));
    m_tabs->setTabText(3, tr("Licence and citation"));
    m_tabs->setTabText(4, tr("Authors"));
    const QMap<QString, QString> labels{
        {QStringLiteral("organisation"), tr("&Organisation:")},
        {QStringLiteral("logo"), tr("Logo:")},
        {QStringLiteral("summary"), tr("S&ummary:")},
        {QStringLiteral("keywords"), tr("&Keywords:")},
        {QStringLiteral("language"), tr("&Language:")},
        {QStringLiteral("funding"), tr("&Funding:")},
        {QStringLiteral("permanentLink"), tr("&Permanent link:")},
        {QStringLiteral("icd10"), tr("&ICD-10 code(s):")},
        {QStringLiteral("modalityProcedure"), tr("&Modality and procedure:")},
        {QStringLiteral("intendedUse"), tr("&Intended use:")},
        {QStringLiteral("prohibitedUses"), tr("&Prohibited uses:")},
        {QStringLiteral("preparationPrinciples"), tr("&Preparation:")},
        {QStringLiteral("labellingPrinciples"), tr("&Labelling:")},
        {QStringLiteral("verificationPrinciples"), tr("&Verification:")},
        {QStringLiteral("licence"), tr("&Licence:")},
        {QStringLiteral("citation"), tr("&Citation:")},
        {QStringLiteral("copies"), tr("C&opies:")},
        {QStringLiteral("distributionRules"), tr("&Distribution rules:")},
        {QStringLiteral("authors"), tr("&Authors:")},
        {QStringLiteral("affiliations"), tr("A&ffiliations:")},
    };
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(labels.value(it.key()));
    const QMap<QString, QString> placeholders{
        {QStringLiteral("organisation"), tr("Who releases the dataset")},
        {QStringLiteral("summary"), tr("One or two sentences on what the dataset holds")},
        {QStringLiteral("keywords"), tr("Comma separated, e.g. chest CT, COVID-19, segmentation")},
        {QStringLiteral("permanentLink"), tr("DOI or URL")},
        {QStringLiteral("icd10"), tr("e.g. U07.1")},
        {QStringLiteral("modalityProcedure"), tr("e.g. CT, chest, without contrast (empty: from the series)")},
        {QStringLiteral("intendedUse"), tr("What the dataset is for (testing, calibration, training of AI software…)")},
        {QStringLiteral("prohibitedUses"), tr("What it must not be used for")},
        {QStringLiteral("preparationPrinciples"), tr("How studies were selected and prepared")},
        {QStringLiteral("labellingPrinciples"), tr("Beyond the label schema's own criteria")},
        {QStringLiteral("verificationPrinciples"), tr("Beyond the verification method of the plan")},
        {QStringLiteral("licence"), tr("e.g. CC BY-NC-ND 4.0")},
        {QStringLiteral("citation"), tr("The recommended citation")},
        {QStringLiteral("copies"), tr("Where copies are kept and how to obtain one")},
        {QStringLiteral("authors"), tr("One author per line, e.g. A. A. Ivanov (1)")},
        {QStringLiteral("affiliations"), tr("One affiliation per line, e.g. (1) Research and Practical Clinical Center")},
    };
    for (auto it = placeholders.cbegin(); it != placeholders.cend(); ++it) {
        if (QLineEdit *line = m_lines.value(it.key()))
            line->setPlaceholderText(it.value());
        else if (QPlainTextEdit *text = m_texts.value(it.key()))
            text->setPlaceholderText(it.value());
    }
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void DocumentationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ReleaseDocumentation DocumentationDialog::documentation() const
{
    QJsonObject json;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        json.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString text = it.value()->toPlainText();
        if (isListField(it.key())) {
            QJsonArray entries;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    entries.append(line.trimmed());
            }
            json.insert(it.key(), entries);
        } else {
            json.insert(it.key(), text.trimmed());
        }
    }
    ReleaseDocumentation documentation = ReleaseDocumentation::fromJson(json);
    documentation.logoPng = m_logo;
    return documentation;
}

bool DocumentationDialog::setLogoFile(const QString &path)
{
    const core::Result<QByteArray> png = ReleaseDocumentation::logoFromFile(path);
    if (!png) {
        QMessageBox::warning(this, tr("Organisation logo"), png.error().message);
        return false;
    }
    m_logo = *png;
    showLogo();
    return true;
}

void DocumentationDialog::showLogo()
{
    if (m_logo.isEmpty()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo: the README starts with the dataset's name."));
    } else {
        const QImage image = QImage::fromData(m_logo, "PNG");
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_logoRemove->setEnabled(!m_logo.isEmpty());
}

void DocumentationDialog::setDocumentation(const ReleaseDocumentation &documentation)
{
    m_logo = documentation.logoPng;
    if (m_logoPreview)
        showLogo();
    const QJsonObject json = documentation.toJson();
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(json.value(it.key()).toString());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (isListField(it.key())) {
            QStringList lines;
            for (const QJsonValue &v : json.value(it.key()).toArray())
                lines.append(v.toString());
            it.value()->setPlainText(lines.join(QLatin1Char('\n')));
        } else {
            it.value()->setPlainText(json.value(it.key()).toString());
        }
    }
}

bool DocumentationDialog::isModified() const
{
    return m_loaded && !(documentation() == m_stored);
}

bool DocumentationDialog::save()
{
    if (!m_loaded)
        return false;
    const ReleaseDocumentation edited = documentation();
    if (!(edited == m_stored)) {
        const core::Result<void> stored = ReleaseSettings::setDocumentation(m_workspace, m_session, m_code, edited);
        if (!stored) {
            m_lastError = stored.error().message;
            QMessageBox::warning(this, tr("Documentation not saved"),
                                 tr("The release documentation of %1 could not be saved: %2").arg(m_code, m_lastError));
            return false;
        }
        m_stored = edited;
    }
    m_lastError.clear();
    accept();
    return true;
}

} // namespace etalon::app
